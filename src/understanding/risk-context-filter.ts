/**
 * The sentence-level context the risk cue reader weighs, applied to the older risk rules too:
 * fiction and abstract questions are not the person's risk, history is `past`, and a joke taken
 * back ("jk") leaves nothing more than a 'possible' that it then drops.
 */
import type { RiskObservation } from '../spec/observation.ts';
import { BACK_LATER, FICTION, HISTORY, HYPOTHETICAL_ONLY, PRESENT_AGAIN, TAKEN_BACK } from './risk-cues.ts';
import { saidOtherwise } from './risk-said-otherwise.ts';

const SENTENCE_END = /[.!?\n;]/;

function sentenceAround(folded: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(folded[from - 1])) from--;
  let to = end;
  while (to < folded.length && !SENTENCE_END.test(folded[to])) to++;
  return folded.slice(from, to);
}

/**
 * `isSomeoneElses(at)` (optional) tells from the linguistic analysis whether the clause at a
 * folded offset is about another person ("my brother's been cutting again"): the older rules
 * read whose risk it is from words before the match, the analysis from the clause's subject.
 */
export function weighRiskContext(
  folded: string,
  risks: readonly RiskObservation[],
  isSomeoneElses?: (at: number) => boolean,
  earlier = '',
): RiskObservation[] {
  const takenBack = TAKEN_BACK.test(folded);
  const kept: RiskObservation[] = [];
  for (const risk of risks) {
    const sentence = sentenceAround(folded, risk.span[0], risk.span[1]);
    if (FICTION.test(sentence) || HYPOTHETICAL_ONLY.test(sentence)) continue;
    if (saidOtherwise(folded, sentence, risk.span[0], risk.span[1], earlier)) continue;
    if (takenBack && risk.level === 'possible') continue;
    const weighed: RiskObservation = { ...risk };
    if (takenBack) weighed.level = 'possible';
    if (weighed.about !== 'other' && weighed.type !== 'abuse' && isSomeoneElses?.(risk.span[0])) {
      weighed.about = 'other';
      weighed.level = 'possible';
    }
    if (
      !risk.past &&
      HISTORY.test(sentence) &&
      !PRESENT_AGAIN.test(sentence) &&
      !backLater(folded, risk.span[1])
    ) {
      weighed.past = true;
      weighed.level = 'possible';
    }
    kept.push(weighed);
  }
  return kept;
}

/** Whether a later sentence of the turn brings the history back ("… lately it's every night again"). */
function backLater(folded: string, from: number): boolean {
  let end = from;
  while (end < folded.length && !SENTENCE_END.test(folded[end])) end++;
  return BACK_LATER.test(folded.slice(end));
}
