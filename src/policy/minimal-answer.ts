/**
 * "ye", "no", "ok", "yeah i guess": an answer too short to say back. Raters scored the stock probe
 * we gave such a turn ("What has been going on with that lately?") 1–2; the human replies that
 * scored 5 went back to what the person had said just before ("the house is so quiet"). So a
 * minimal answer gets the clause they said last, said back, and a question about it.
 */
import type { SessionState } from '../session/state.ts';
import type { Move } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';
import { toSecondPerson } from '../text/person.ts';
import { isReflectable } from '../text/reflectable.ts';
import { normalizeSentence } from '../text/sentences.ts';
import { isCleanEnglish } from './clean-english.ts';

const MINIMAL_WORDS = 4;
// a clause that starts like this was cut from a longer line, and said back alone reads as garble
const CUT_START = /^(?:or|and|but|so|no|ye|yeah|maybe|because|then|def|like)\b/i;
// the clause names who: said back with "you", it is theirs for sure
const SUBJECT_START =
  /^(?:i|i'm|i've|i'd|i'll|my|the|it|it's|she|he|they|they're|we|our|her|his|their|there|that|this|everyone|nobody|no one|people)\b/i;
// a harsh word about themselves, said back, would read as our verdict
const HARSH = /\b(?:failure|stupid|useless|pathetic|idiot|loser|mess|rubbish|worthless|crap|lazy)\b/i;
// a clause this heavy names a struggle (as in listen.ts)
const STRUGGLE_WEIGHT = 2;

/** The clause said just before, said back, when this turn is a minimal answer and says nothing back itself. */
export function earlierClauseBack(
  state: SessionState,
  observations: readonly Observation[],
): Move | undefined {
  if (state.statements.length > 0 || state.lastClientWords > MINIMAL_WORDS || state.lastClientWords === 0)
    return undefined;
  // (a bare yes, no or shrug opening the line: understanding reads it, turn-form.ts)
  if (!observations.some((item) => item.kind === 'turn-form' && item.minimal)) return undefined;
  const before = state.heard.at(-1);
  if (!before || !isReflectable(before.text)) return undefined;
  const words = before.text.split(/\s+/).length;
  if (CUT_START.test(before.text) || HARSH.test(before.text) || words < 4 || words > 14) return undefined;
  // "took my bag once": whose doing it was is not in the clause, and "you" would be a guess
  if (!SUBJECT_START.test(before.text)) return undefined;
  // "i cried in the chair n the dentist": chat words and learner grammar said back read as mockery
  if (!isCleanEnglish(before.text)) return undefined;
  // "yeah. pathetic right": a harsh word about themselves now is heard first, not passed over
  if (state.selfJudgement) return undefined;
  // said back already in an earlier turn: the no-repeat rule would drop it to nothing
  const back = normalizeSentence(toSecondPerson(before.text));
  if (back === '' || [...state.said].some((sentence) => sentence.includes(back))) return undefined;
  return {
    type: 'reflect-clause',
    clause: { text: before.text, span: [0, 0] },
    depth: before.weight >= STRUGGLE_WEIGHT ? 'meaning' : 'simple',
  };
}
