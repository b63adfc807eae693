/**
 * Questions about what a person brought (issue 17): how they are getting by with it (money, a
 * breakup), and the one next thing in their situation or task ("What would you want the email to
 * say?"). The realizer's words for `getting-by` and `next-thing` open questions.
 */
import type { MoveOf } from '../spec/move.ts';
import type { LifeTopic } from '../spec/observation.ts';

export const GETTING_BY: Record<LifeTopic, string[]> = {
  'job-loss': ['How are you holding up since losing the job?', 'How have the days been since the job ended?'],
  'job-search': ['How has the search been going for you?', 'What part of the job search feels heaviest?'],
  exams: ['How are you feeling about the exams right now?', 'What worries you most about the exams?'],
  breakup: ['How have you been since the breakup?', 'What has been hardest since it ended?'],
  money: ['What part of the money side worries you most?', 'How are you managing with the money right now?'],
  'family-conflict': ["What's it like at home right now?", 'How are you coping with things at home?'],
  loneliness: ['When does it feel loneliest?', 'What are your days like right now?'],
  grief: ['How have you been coping since the loss?', 'What has it been like for you since then?'],
  health: ['How are you coping with it all?', 'What worries you most about it?'],
  'work-stress': ["What's weighing on you most at work?", 'What part of work feels heaviest right now?'],
  'new-baby': ['How are you holding up on so little sleep?', 'How have the nights been going?'],
  caring: ['How are you holding up with all the caring?', 'Who else helps with the care right now?'],
  housing: ['How long has this been going on at home?', "What's been happening with it so far?"],
};

// the situation they face asked about as one specific next thing, tentatively (the human
// supporter's "what would you want the first line to say?"); never a detail they did not give
const NEXT_BY_TOPIC: Record<LifeTopic, string[]> = {
  'job-loss': [
    'What feels most urgent right now, the money side or what comes next for work?',
    "What's the one thing that has to be sorted first, do you think?",
  ],
  'job-search': [
    'Which part of the search drains you most, the applying or the waiting?',
    'What does the next application in front of you ask for?',
  ],
  // (never "which exam": asked of someone who named one, or whose talk had moved on, a fresh v31 rater
  // scored it 1; nor "which topic", a subject split they never gave)
  exams: [
    'If you had to pick the one part of it that worries you most, what would it be?',
    'What about it worries you most right now?',
  ],
  breakup: ["What's been the hardest moment since it ended?", 'When does it hit you most, do you notice?'],
  money: [
    "What's the one money thing that has to be dealt with first?",
    'Which part of the money side keeps you up most?',
  ],
  // (read from "my mum keeps…", "my parents…": asked of the people they named, never of a "home" they
  // did not bring up; "different at home?" met a cousin's failed exams and a teacher mother, seen v26, v29)
  'family-conflict': [
    'If they could really hear one thing from you, what would you want it to be?',
    'What would you most want them to understand about how this is for you?',
  ],
  loneliness: ['What part of the day feels emptiest?', 'Is there one person you miss talking to most?'],
  grief: ['What has the hardest moment been so far?', 'What has it been like for you since it happened?'],
  health: [
    "What's the one question you would most want answered about it?",
    'What worries you most about what comes next with it?',
  ],
  'work-stress': [
    'If one thing came off your plate at work, which would make the most difference?',
    "What's the one part of work you'd most like to get on top of?",
  ],
  'new-baby': [
    'Is there anyone who could take the baby for a few hours so you can sleep?',
    'What would help most right now, sleep or a bit of time to yourself?',
  ],
  caring: [
    "What's the one thing that would make this week a bit lighter?",
    'Is there anyone who could take one thing off you this week?',
  ],
  housing: [
    "What's the one thing about it that has to be dealt with first?",
    'Have you been able to report it in writing yet?',
  ],
};

export function nextThingQuestions(move: MoveOf<'open-question'>, task: string): string[] | undefined {
  if (task && move.domain === 'email')
    return [
      `What would you want ${task} to say, in one plain sentence?`,
      `What's the one thing ${task} most needs to say?`,
    ];
  if (task && move.domain === 'call')
    return [
      'What would be the first thing you would want to say when they answer?',
      "What's the one thing you most need to get across on the call?",
    ];
  return move.topic ? [...NEXT_BY_TOPIC[move.topic]] : undefined;
}
