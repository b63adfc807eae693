/**
 * The plain answer to a plain question. Real clients in MIBot's dev half answer the counsellor's
 * question almost every turn (97%), and the questions that have one obvious kind of answer get it:
 * "how are you feeling?" → "im good, how are you", "is there anything else…?" → "no", "would it be
 * okay if we…?" → "sure", "would you like to continue?" → "No". Our clients told the next line of
 * their story instead, which a blind rater read as a character reciting beats (round 12).
 *
 * Only these closed kinds are answered here, from the therapist's words alone (never a therapist's
 * templates); open questions go on to the card's beats, which are chosen by the question's words.
 */
import type { Random } from './prng.ts';

export type AskedKind = 'how-are-you' | 'anything-else' | 'permission' | 'continue';

/** The last question in a therapist turn (the part up to its last "?"), lower-cased. */
export function lastQuestion(heard: string): string | undefined {
  // (a walk back from the last "?" to the stop before it: the same clause as the last match of
  // /[^.!?]*\?/g, without the regex trying every start in the turn, several times a turn)
  const end = heard.lastIndexOf('?');
  if (end < 0) return undefined;
  let start = end - 1;
  while (start >= 0 && heard[start] !== '.' && heard[start] !== '!' && heard[start] !== '?') start -= 1;
  return heard
    .slice(start + 1, end + 1)
    .trim()
    .toLowerCase();
}

const HOW_ARE_YOU =
  /\bhow are you(?: (?:feeling|doing))?(?: today| right now| as we (?:start|begin)\b.*| about (?:our|this|the|being)\b.*)?\?$/;
const ANYTHING_ELSE = /^(?:is there |anything )\w*\s*(?:else|more)\b/;
const CONTINUE = /\b(?:would you like|do you want) to (?:continue|keep going|carry on)\b/;
// (asking leave to go on, as MIBot's counsellor does; "shall we look for one small thing" is an offer
// of a step, which the client's reactions to offers answer)
const PERMISSION =
  /^(?:would it be (?:ok|okay|alright|all right)|is it (?:ok|okay|alright) (?:if|with)|do you mind if)\b/;

/** Which closed kind the therapist's last question is, if any. */
export function askedKind(heard: string): AskedKind | undefined {
  const question = lastQuestion(heard);
  if (!question) return undefined;
  if (CONTINUE.test(question)) return 'continue';
  if (ANYTHING_ELSE.test(question)) return 'anything-else';
  if (PERMISSION.test(question)) return 'permission';
  if (HOW_ARE_YOU.test(question)) return 'how-are-you';
  return undefined;
}

/** How they are, by how they came in: a heavy start is not "good thanks". */
// (two words at most, here and below: a longer stock answer said by two people is one voice for two)
const FEELINGS = {
  low: ['not great', 'bit nervous', 'bit stressed', 'not good', 'tired', 'meh', 'ok'],
  middling: ['ok', 'alright', 'fine', "I'm ok", 'not bad', 'ok thanks', 'fine thanks', 'good'],
  high: ['good', "I'm good", 'good thanks', 'pretty good', 'fine thanks', 'doing well'],
} as const;
const ASKED_BACK = ['and you?', 'you?', 'and yourself?'];
const NOTHING_ELSE = ['no', 'nope', 'nothing else', 'no thanks', "that's all"];
const DONE = ['no', 'no thanks', 'nope', "I'm good"];

/** This person's own ways of saying yes and no (personal-habits.ts), so two people differ. */
export type OwnAnswers = { yes: readonly string[]; no: readonly string[] };

/**
 * Their answer to a closed question of a known kind, or undefined when this person would say
 * something of their own instead (a question of theirs, a worry, the story) — some do, and the
 * ones who do differ by card and session. The session's own dice are drawn only when a question of
 * one of these kinds was asked, so against a therapist that asks none nothing moves.
 */
export function answerAsked(
  kind: AskedKind,
  state: { distress: number; trust: number; readiness: number },
  own: OwnAnswers,
  random: Random,
): string | undefined {
  if (kind === 'how-are-you') {
    if (!random.chance(0.7)) return undefined;
    const mood = state.distress >= 6 ? 'low' : state.distress >= 3 ? 'middling' : 'high';
    const feeling = random.pick(FEELINGS[mood]);
    return random.chance(0.2) ? `${feeling}, ${random.pick(ASKED_BACK)}` : feeling;
  }
  const no = own.no.length > 0 ? own.no : ['no'];
  if (kind === 'anything-else')
    return random.chance(0.65) ? random.pick(random.chance(0.5) ? NOTHING_ELSE : no) : undefined;
  if (kind === 'continue') return random.chance(0.85) ? random.pick(DONE) : undefined;
  if (!random.chance(0.6)) return undefined;
  const reluctant = state.trust < 3 || state.readiness < 3;
  return random.pick(reluctant ? no : own.yes.length > 0 ? own.yes : ['ok']);
}
