/**
 * A clause's tense from its verbs: "used to" is habitual past, "have done" perfect, "will" / "gonna"
 * future. Part of the linguistic analysis (linguistic-clauses.ts).
 */
import type { AnalysedToken, Tense } from './linguistic-analysis.ts';

const PAST_FORMS = new Set(['was', 'were', 'did', 'had', 'didnt', 'wasnt', 'werent', 'hadnt']);
const FUTURE_AUXILIARIES = new Set(['will', 'shall', "'ll", 'll', 'gonna', 'wo']);
/** Modal verbs: the clause is imagined or wished, said in the present. */
export const MODALS = new Set(['would', 'could', 'might', "'d", 'should']);

const lower = (token: AnalysedToken) => token.text.toLowerCase();
const isVerbal = (token: AnalysedToken) => token.pos === 'VERB' || token.pos === 'AUX';

export function findTense(
  tokens: AnalysedToken[],
  from: number,
  to: number,
): { tense: Tense; perfect: boolean; habitualPast: boolean } {
  // markers that decide the tense wherever they sit: "used to", "will", "gonna", "going to" + verb
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    const word = lower(token);
    const next = tokens[index + 1];
    if (word === 'used' && next && lower(next) === 'to')
      return { tense: 'past', perfect: false, habitualPast: true };
    if (FUTURE_AUXILIARIES.has(word) || (token.pos === 'AUX' && token.lemma === 'will'))
      return { tense: 'future', perfect: false, habitualPast: false };
    if (word === 'going' && next && lower(next) === 'to' && tokens[index + 2]?.pos === 'VERB')
      return { tense: 'future', perfect: false, habitualPast: false };
  }
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    const word = lower(token);
    if (!isVerbal(token)) continue;
    if (token.lemma === 'have' && /^(have|has|'ve|ve|had|'d)$/.test(word)) {
      const participle = nextVerbal(tokens, index + 1, to);
      if (participle >= 0) {
        const progressive = lower(tokens[participle]) === 'been' && nextIsIng(tokens, participle + 1, to);
        return {
          tense: progressive || word !== 'had' ? (progressive ? 'present' : 'past') : 'past',
          perfect: true,
          habitualPast: false,
        };
      }
    }
    if (PAST_FORMS.has(word)) return { tense: 'past', perfect: false, habitualPast: false };
    if (MODALS.has(word) || MODALS.has(token.lemma))
      return { tense: 'present', perfect: false, habitualPast: false };
    if (token.pos === 'VERB' && isPastForm(word, token.lemma))
      return { tense: 'past', perfect: false, habitualPast: false };
    if (token.pos === 'VERB' || token.pos === 'AUX')
      return { tense: 'present', perfect: false, habitualPast: false };
  }
  return { tense: 'present', perfect: false, habitualPast: false };
}

function nextVerbal(tokens: AnalysedToken[], from: number, to: number): number {
  for (let index = from; index < Math.min(to, from + 3); index++) {
    if (isVerbal(tokens[index])) return index;
    if (tokens[index].pos !== 'ADV' && tokens[index].pos !== 'PART') return -1;
  }
  return -1;
}

function nextIsIng(tokens: AnalysedToken[], from: number, to: number): boolean {
  const index = nextVerbal(tokens, from, to);
  return index >= 0 && lower(tokens[index]).endsWith('ing');
}

function isPastForm(word: string, lemma: string): boolean {
  if (word === lemma || word.endsWith('ing')) return false;
  if (word === `${lemma}s` || word === `${lemma}es` || word === `${lemma.replace(/y$/, '')}ies`) return false;
  return true;
}
