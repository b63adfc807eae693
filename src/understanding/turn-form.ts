/**
 * The form of the turn as written, where the policy used to read it off the text (moved from
 * policy/minimal-answer.ts, their-turn-moves.ts and take-up-worry.ts): a bare yes, no or shrug
 * opening a short line ("ye", "idk", "i guess"); a line left hanging on "but" ("…and i know that
 * but"); a question mark anywhere ("no? is that a thing u can do").
 */
import type { StanceObservation, TurnFormObservation } from '../spec/observation.ts';

// a minimal answer: a yes, a no, a shrug, and little else (the policy weighs the length)
const MINIMAL =
  /^(?:ye+s?|yeah|yep|yup|ya|no+|nope|nah|ok(?:ay)?|k|maybe|idk|dunno|i guess|sure|kind of|kinda|sort of|not really|obvs|obviously|i mean|true|right|exactly)\b/i;
// the whole turn is a bare answer, and which way it goes (a yes/no question before it is turned round)
const BARE_ANSWERS: [RegExp, 'yes' | 'no' | 'partly' | 'unsure'][] = [
  [/^(?:ye+s?|yeah|yea|yep|yup|ya|aye|sure|true|right|exactly|definitely|obvs|obviously)$/i, 'yes'],
  [/^(?:no+|nope|nah|naw|not really|not at all|no not really|nah not really)$/i, 'no'],
  [
    /^(?:kinda|kind of|sort of|sorta|a bit|a little|i guess|maybe|partly|a little bit|yeah kinda|yeah i guess)$/i,
    'partly',
  ],
  [/^(?:idk|dunno|i dunno|i don'?t know|not sure|no idea)$/i, 'unsure'],
];
// a turn that stops on "but" ("…and i know that but", "but idk", "but…")
const TRAILING_BUT = /\bbut(?:\s+(?:idk|i dunno|yeah|still))?[\s.…]*$/i;

// a hello and nothing more ("hey", "hiya", "good evening"): not a thing said to ask after
const GREETING_ONLY =
  /^\s*(?:hey+|hi+|hiya|hello+|heya|yo|hey there|hi there|hello there|good (?:morning|afternoon|evening)|morning|evening)\s*[!.,:)]*\s*$/i;

/** The turn's form as one observation, or none when it has none of these marks. */
export function turnFormOf(text: string): TurnFormObservation[] {
  const minimal = MINIMAL.test(text.trim());
  const trailingBut = TRAILING_BUT.test(text);
  const greeting = GREETING_ONLY.test(text);
  const bare = text
    .trim()
    .replace(/[\s.!?,…]+$/u, '')
    .replace(/\s+/g, ' ');
  const answer = minimal ? BARE_ANSWERS.find(([pattern]) => pattern.test(bare))?.[1] : undefined;
  if (!minimal && !trailingBut && !greeting) return [];
  return [
    {
      kind: 'turn-form',
      ...(minimal ? { minimal: true as const } : {}),
      ...(answer ? { answer } : {}),
      ...(trailingBut ? { trailingBut: true as const } : {}),
      ...(greeting ? { greeting: true as const } : {}),
      span: [0, text.length],
    },
  ];
}

/** A decline marked `questioned` when the turn it is in has a question mark (else unchanged). */
export function withQuestionedDecline(stance: StanceObservation, text: string): StanceObservation {
  return stance.kind === 'decline' && text.includes('?') ? { ...stance, questioned: true } : stance;
}
