import { createRandom } from '../../simulator/prng.ts';
import type { SaidMessage, TherapistContext, TherapistFactory, TherapistUnderTest } from '../therapist.ts';

/** A therapist made of one function from the client's words to a reply; no nudges, no memory beyond it. */
function scripted(
  label: string,
  open: string,
  reply: (clientText: string, turn: number, pick: <T>(items: readonly T[]) => T) => string,
): TherapistFactory {
  return {
    label,
    create(context: TherapistContext): TherapistUnderTest {
      const random = createRandom(context.seed);
      let closed = false;
      let turn = 0;
      const say = (text: string): SaidMessage[] => [{ text, at: context.clock.now(), nudge: false }];
      return {
        label,
        get closed() {
          return closed;
        },
        open: async () => say(open),
        reply: async (clientText) => say(reply(clientText, ++turn, random.pick)),
        takeNudges: () => [],
        close: async () => {
          if (closed) return [];
          closed = true;
          return say('Take care.');
        },
      };
    },
  };
}

const GENERIC_ADVICE = [
  'You should make a to-do list and start with the first item.',
  'Try to stay positive and just get started.',
  'You need to break the task into smaller pieces and do one now.',
  'Make a plan for tomorrow and stick to it.',
  'Go for a walk and then get on with it.',
  'Set a timer for 25 minutes and work until it rings.',
  'Write down your goals and review them every morning.',
  'Remember to drink water and get enough sleep.',
];

/**
 * The deliberately bad therapist: generic advice every turn, whatever the client said — the
 * coach that answers and never listens. The bench must rank it below one that reflects.
 */
export const genericAdviceTherapist: TherapistFactory = scripted(
  'generic-advice',
  'Hello. What do you need help with today?',
  (_clientText, turn) => GENERIC_ADVICE[(turn - 1) % GENERIC_ADVICE.length],
);

const PERSON_SHIFT: Record<string, string> = {
  i: 'you',
  "i'm": "you're",
  im: "you're",
  "i've": "you've",
  ive: "you've",
  "i'll": "you'll",
  "i'd": "you'd",
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  am: 'are',
  was: 'were',
};

/** The client's longest clause, in the second person ("I keep putting it off" → "you keep putting it off"). */
export function mirrorClause(clientText: string): string | undefined {
  const clauses = clientText
    .split(/[.!?;\n]+|,\s*(?:(?:and|but|so)\b)?\s*/i)
    .map((clause) => clause.trim())
    .filter((clause) => !clause.endsWith('?') && clause.split(/\s+/).length >= 3);
  const longest = clauses.sort((left, right) => right.length - left.length)[0];
  if (!longest) return undefined;
  return longest
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .map((word) => PERSON_SHIFT[word.toLowerCase()] ?? word)
    .join(' ')
    .replace(/^(um|uh|so|and|but|honestly|like|yeah|ok|okay),?\s+/i, '');
}

/**
 * A small therapist that only listens: it reflects the client's own longest clause back, names
 * the feeling under it now and then, and asks an open question when there is nothing to reflect.
 * The benchmark's reference for what accurate reflection earns.
 */
export const reflectiveTherapist: TherapistFactory = scripted(
  'reflective',
  "Hi, I'm here to listen. What's on your mind?",
  (clientText, _turn, pick) => {
    const clause = mirrorClause(clientText);
    if (!clause)
      return pick([
        'What is that like for you?',
        'How does that sit with you right now?',
        'What feels most important about it?',
      ]);
    const stem = pick(['It sounds like', 'So', 'It sounds like', 'So it feels like']);
    const deeper = pick([
      '',
      ' and that has been weighing on you.',
      ', and part of you wants it to be different.',
      '',
    ]);
    return `${stem} ${clause}${deeper || '.'}`;
  },
);
