/**
 * "what if I've been doing it wrong for 3 years", "what if they missed something": a fear said as
 * a question. The feelings reader leaves "what if" alone (it also starts a proposal: "what if I
 * just opened it?"), so this reader takes only a "what if" whose subject is someone and whose verb
 * is not one of trying something out. Issue 17: the coach links its reply to the fear said earlier.
 */
import type { WorryObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';

const WHAT_IF =
  /\bwhat if\s+(?=(?:i|i'm|im|i've|ive|i'll|ill|they|they're|theyre|they'll|theyll|she|he|it|it's|its|nobody|no one|everyone|everybody|people|someone|my \w+|the \w+|her|his|their)\b)/g;
// "what if I just opened it", "what if I tried…": a step offered, not a fear
const TRYING_OUT =
  /^(?:i|we)\s+(?:just\s+|only\s+)?(?:tried|try|started|start|made|make|set|wrote|write|opened|open|took|take|went|go|did|do|asked|ask|called|call|sent|send|read|looked|look|put)\b(?!\s+(?:it|this|that|something)?\s*wrong)/;
// the fear ends where another clause starts
const CLAUSE_END = /\s*(?:,|;|\s-\s|\band then\b|\btapos\b|\bbut\b|\blol\b|\bhaha\b|\btbh\b).*$/;

// "if i fail i'll be the next joke", "if i drop out ive wasted a year": a feared outcome said as a
// condition and what would follow it (a modal or perfect in the second half)
const IF_THEN =
  /\bif (?:i|we) (?:fail|don'?t|do not|can'?t|drop|lose|mess|mess up|get less|get it wrong|say|tell|ask|quit|miss)\b[^,.;!?]{0,40}?,?\s+(?:(?:i'll|ill|i'd|i've|ive|they'll|theyll|they'd|she'll|he'll|it'll)\s+|(?:i|they|she|he|my \w+|it|everyone|people|papa|mama|mum|dad)\s+(?:will|would|might|is going to|are going to|gonna|won't|can't|could)\s+)[^,.;!?]{2,60}/g;

export function readWhatIfWorries(prepared: Prepared): WorryObservation[] {
  const { folded, original } = prepared;
  const worries: WorryObservation[] = [];
  for (const match of folded.matchAll(WHAT_IF)) {
    const start = match.index ?? 0;
    const aboutStart = start + match[0].length;
    if (prepared.quotes.some((quote) => start >= quote.start && start < quote.end)) continue;
    const sentence = prepared.sentences.find(
      (candidate) => start >= candidate.start && start < candidate.end,
    );
    const limit = sentence?.end ?? folded.length;
    const rest = folded.slice(aboutStart, limit);
    if (TRYING_OUT.test(rest)) continue;
    const about = original
      .slice(aboutStart, limit)
      .replace(CLAUSE_END, '')
      .replace(/[\s.!?…]+$/u, '')
      .trim();
    const words = about.split(/\s+/).filter(Boolean);
    // one word ("what if they") is no fear said; a long run is not one clause
    if (words.length < 2 || words.length > 14) continue;
    worries.push({ kind: 'worry', about, span: [start, aboutStart + about.length] });
  }
  for (const match of folded.matchAll(IF_THEN)) {
    const start = match.index ?? 0;
    if (worries.some((worry) => start >= worry.span[0] && start < worry.span[1])) continue;
    const about = original
      .slice(start, start + match[0].length)
      .replace(CLAUSE_END, '')
      .replace(/[\s.!?…]+$/u, '')
      .trim();
    // the outcome must be said: a modal or a perfect after the condition
    if (
      !/\b(?:will|'ll|ill|would|'d|might|going to|gonna|have|'ve|ive|won't|can't)\b/i.test(
        about.replace(/^if \S+ \S+/i, ''),
      )
    )
      continue;
    const words = about.split(/\s+/).filter(Boolean);
    if (words.length < 4 || words.length > 16) continue;
    worries.push({ kind: 'worry', about, span: [start, start + about.length] });
  }
  return worries;
}
