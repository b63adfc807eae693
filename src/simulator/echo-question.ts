/**
 * Taking up the counsellor's own words. In MIBot's dev half 44% of real client turns reuse a content
 * word of the counsellor turn before them, ours 16%: real people answer inside the question's frame
 * ("not very confident", "pretty important"), where ours answered from the card alone. A blind rater
 * named the gap (round 14). Only a degree asked is answered in the asked word here; the question's
 * other words stuck before an answer read as a heading (round 15, below).
 *
 * Only the therapist's words are read (never a therapist's templates), and the echo leads in to the
 * client's own answer, never replaces it.
 */
import { lastQuestion } from './answer-asked.ts';
import { lowerFirst } from './chat-voice.ts';
import { createRandom, deriveSeed, type Random } from './prng.ts';
import type { TurnWordsContext } from './turn-words-context.ts';

/** How often an answer to a question is led in by the question's own words (tuned on the dev half). */
const ECHO_CHANCE = 0.55;

/**
 * A question about safety or harm is never echoed: "about killing myself" said back, whatever comes
 * after it, reads as a disclosure the card never made, and the bench would score the coach on it.
 */
export const RISK_WORDS =
  /\b(?:kill|suicid|harm|hurt|die|dying|dead|death|end\w* (?:it|your life|things)|safe|safety|crisis|emergency|abus|weapon|overdos|pills?|cutting yourself|live|living)/;

/** Adjectives asked as a degree ("how confident are you…"), answered in the same word. */
const DEGREE_QUESTION =
  /\bhow (important|confident|ready|likely|hard|easy|difficult|motivated|sure|serious|committed|willing|worried|bad|often)\b/;

/** "not very confident", "pretty important": the asked degree, in the asked word, from how ready they are. */
export function degreeAnswer(question: string, readiness: number, random: Random): string | undefined {
  const asked = DEGREE_QUESTION.exec(question.toLowerCase());
  if (!asked) return undefined;
  const word = asked[1];
  if (word === 'often') return undefined;
  const high = readiness >= 6;
  const low = readiness < 4;
  const degree = random.pick(
    high
      ? ['pretty', 'quite', 'fairly', 'very']
      : low
        ? ['not very', 'not that', 'not really']
        : ['kind of', 'somewhat', 'a bit'],
  );
  return `${degree} ${word}`;
}

/** A lead-in answering the counsellor's question in its own words, or undefined. */
export function echoQuestion(
  question: string | undefined,
  readiness: number,
  random: Random,
): { text: string; whole: boolean } | undefined {
  if (!question || RISK_WORDS.test(question.toLowerCase())) return undefined;
  const degree = degreeAnswer(question, readiness, random);
  // (no more: a tail of the question stuck before the answer — "About changing my smoking, 20 a day roll
  // ups", "If I smoked less, I always go back" — read to the dev-1521 rater as an option's label used as a
  // heading; real clients reuse the words inside an answer to what was asked)
  return degree ? { text: degree, whole: true } : undefined;
}

/**
 * Leads the first piece of an answer with the question's own words, now and then. Not on a
 * disclosure, a risk answer, an ending or a request: those are said as they are.
 */
export function leadWithEcho(context: TurnWordsContext, pieces: string[], hasRequest: boolean): void {
  const { situation, said, persona } = context;
  if (situation.disclosure || situation.risk || situation.ending || hasRequest) return;
  if (situation.turn <= 1 || pieces.length === 0) return;
  const first = pieces[0];
  // (a lead-in before "no" or "dunno" read as a seam: only before an answer with something in it)
  if (first.length === 0 || first.charCodeAt(0) < 32 || first.split(/\s+/).length < 4) return;
  const question = lastQuestion(situation.heard ?? '');
  if (!question) return;
  // (dice of its own, so a turn that is not echoed is word for word what it was without echoes)
  const dice = createRandom(deriveSeed(situation.turn, 'echo-question', persona.id, question));
  if (!dice.chance(ECHO_CHANCE)) return;
  const echo = echoQuestion(question, situation.state.readiness, dice);
  // (never the same lead-in twice in a session: a repeated line was a rater's tell)
  if (!echo || !said.fresh([echo.text], dice)) return;
  pieces[0] = echo.whole ? `${echo.text}, ${lowerFirst(first)}` : `${echo.text} ${lowerFirst(first)}`;
}
