/**
 * The questions of a turn moving toward a step (issue 17): what sticks, what they have tried, a first
 * idea of their own, another time, a way within the reason they gave for no. None names a slot, so
 * each is a plain list; an empty list means the move has nothing to ask.
 */
import type { MoveOf, ObjectionReason } from '../spec/move.ts';

// after a push-back with a reason: a question inside it, never "would you try it anyway?"
const WITHIN_REASON: Record<ObjectionReason, string[]> = {
  time: [
    'Is there any bit of the week that is actually yours, even ten minutes?',
    'What would still fit, if it only took two minutes?',
  ],
  energy: [
    'What would make tonight a little easier on you?',
    'What would be kind to yourself tonight, with this little left in the tank?',
  ],
  'know-self': ["So what would you say you're good at?", 'What are you best at, in your own words?'],
};

/** The candidates for a planning question, or undefined when `about` is not one of these. */
export function planQuestions(move: MoveOf<'open-question'>): string[] | undefined {
  switch (move.about) {
    case 'sticking-point':
      return [
        'So what feels like the real sticking point, for you?',
        "What's the part that actually gets in the way, do you think?",
        'What do you think is really in the way here?',
      ];
    case 'try-or-leave':
      return [
        'Does any of it sound worth a try, or shall we set it aside?',
        'Would you give it a go anyway, or leave it for now?',
      ];
    case 'within-reason':
      return move.reason ? WITHIN_REASON[move.reason] : [];
    case 'another-time':
      return [
        'Is there a moment in the next couple of days that might work better?',
        'When might be a calmer time for it, do you think?',
        'Would another day suit better, when things are quieter?',
      ];
    case 'tried':
      return [
        'What have you tried so far?',
        'What has helped, even a little, before?',
        'What has made it a bit easier in the past?',
        'How have you got through times like this before?',
        "What's worked for you before, even a bit?",
      ];
    case 'first-idea':
      return [
        "What's one small thing you could imagine doing first?",
        'What would a first step look like to you?',
        'If you did one tiny thing about it, what might it be?',
        'What feels like the easiest place to start?',
        'What could you do in the next five minutes, if anything?',
      ];
    case 'task':
      return [
        "What's one thing you'd like to get moving on?",
        "Is there one thing you've been putting off that you'd like to look at?",
        'What would you most like to get unstuck on?',
        "What's the one thing on your mind that you keep not doing?",
        'What would you like to focus on today?',
      ];
    default:
      return undefined;
  }
}
