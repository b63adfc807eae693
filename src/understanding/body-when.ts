/**
 * Felt now, not told of the past: "had chest pain last month, turned out to be a pulled muscle", "hurt my
 * back lifting a pallet last week, physio says it's healing", "a racing heart … the ECG last month was
 * fine" are no sensation of now (v15, v17, v18: three writers; one writer of eighteen keeps an injury
 * dated last month, an abuse disclosure). A sentence dated back is let go unless it says now too.
 */
import type { ExplainedObservation } from './reader.ts';

const DATED_BACK =
  /\b(?:last\s+(?:week|month|year|summer|winter|spring|autumn|time)|(?:weeks|months|years)\s+ago|used\s+to|back\s+then|as\s+a\s+(?:kid|child|teen)|when\s+i\s+was\s+(?:a\s+kid|little|young|younger|at\s+school))\b/;
const NOW_TOO = /\b(?:now|still|again|today|tonight|right\s+now|this\s+(?:morning|week))\b/;

/** `lowered`: the turn as written, lower-cased (the sensations' spans are in it). */
export function withoutBodyPast(explained: ExplainedObservation[], lowered: string): ExplainedObservation[] {
  if (!DATED_BACK.test(lowered)) return explained;
  return explained.filter((item) => {
    if (item.observation.kind !== 'sensation') return true;
    const [start, end] = item.observation.span;
    const sentenceStart = Math.max(
      0,
      ...['.', '!', '?', '\n'].map((mark) => lowered.lastIndexOf(mark, start)),
    );
    const ends = ['.', '!', '?', '\n'].map((mark) => lowered.indexOf(mark, end)).filter((at) => at >= 0);
    const sentence = lowered.slice(sentenceStart, ends.length > 0 ? Math.min(...ends) : lowered.length);
    if (!DATED_BACK.test(sentence)) return true;
    // "now" said of the part itself, in its own clause ("… last year, and now my chest is tight again")
    const clauseStart = Math.max(
      sentenceStart,
      ...[',', ';', ' but ', ' and '].map((mark) => lowered.lastIndexOf(mark, start)),
    );
    const clauseEnds = [',', ';', ' but ', ' and ']
      .map((mark) => lowered.indexOf(mark, end))
      .filter((at) => at >= 0);
    const clauseEnd = Math.min(sentenceStart + sentence.length, ...clauseEnds);
    return NOW_TOO.test(lowered.slice(clauseStart, clauseEnd));
  });
}
