import { findQuotes, type Segment, splitClauses, splitSentenceSegments } from './clauses.ts';
import { foldText } from './fold.ts';

/** The folded text, sentences, clauses and quotes the rule readers share, computed once per utterance. */
export type Prepared = {
  original: string;
  folded: string;
  sentences: Segment[];
  clauses: Segment[];
  quotes: Segment[];
};

export function prepare(original: string): Prepared {
  const folded = foldText(original);
  const quotes = findQuotes(folded);
  const sentences = splitSentenceSegments(folded, quotes);
  const clauses: Segment[] = [];
  for (const sentence of sentences)
    for (const clause of splitClauses(sentence, folded, quotes)) clauses.push(clause);
  return { original, folded, sentences, clauses, quotes };
}
