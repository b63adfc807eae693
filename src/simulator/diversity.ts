/** Lexical diversity of a speaker's utterances (PSI-bench's cheap, LLM-free measures). */

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** Distinct bigrams over all bigrams, bigrams taken within each utterance; 0 when there are none. */
export function distinct2(utterances: readonly string[]): number {
  return distinct2OfTokens(utterances.map(tokens));
}

function distinct2OfTokens(tokenized: readonly string[][]): number {
  const seen = new Set<string>();
  let total = 0;
  for (const words of tokenized) {
    for (let index = 1; index < words.length; index++) {
      seen.add(`${words[index - 1]} ${words[index]}`);
      total += 1;
    }
  }
  return total === 0 ? 0 : seen.size / total;
}

/**
 * Measure of Textual Lexical Diversity (McCarthy & Jarvis 2010): the mean length of word runs
 * that keep the type-token ratio above 0.72, averaged forwards and backwards.
 */
export function mtld(text: string | readonly string[], threshold = 0.72): number {
  return mtldOfTokens(typeof text === 'string' ? tokens(text) : text.flatMap(tokens), threshold);
}

/** distinct-2 and MTLD of the same utterances, tokenising them once. */
export function lexicalDiversity(utterances: readonly string[]): { distinct2: number; mtld: number } {
  const tokenized = utterances.map(tokens);
  return { distinct2: distinct2OfTokens(tokenized), mtld: mtldOfTokens(tokenized.flat()) };
}

function mtldOfTokens(words: readonly string[], threshold = 0.72): number {
  if (words.length === 0) return 0;
  const pass = (sequence: readonly string[]) => {
    let factors = 0;
    let types = new Set<string>();
    let count = 0;
    for (const word of sequence) {
      types.add(word);
      count += 1;
      if (types.size / count <= threshold) {
        factors += 1;
        types = new Set();
        count = 0;
      }
    }
    if (count > 0) factors += (1 - types.size / count) / (1 - threshold);
    return factors === 0 ? sequence.length : sequence.length / factors;
  };
  return (pass(words) + pass([...words].reverse())) / 2;
}
