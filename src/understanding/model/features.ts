/**
 * Features for the learned readers: words, word pairs, character n-grams inside words, and a few
 * facts from the linguistic analysis (who the subject is, tense, hypothetical, reported, negated,
 * question). Computed on the normalised text, lower-cased. Deterministic: the same text always
 * gives the same features in the same order.
 */
import type { LinguisticAnalysis } from '../linguistic-analysis.ts';

const WORD = /[\p{L}\p{N}']+|[\p{Extended_Pictographic}]|[?!]/gu;
const MAX_FEATURE_CHARS = 2_000;

export function words(text: string): string[] {
  return (text.slice(0, MAX_FEATURE_CHARS).toLowerCase().match(WORD) ?? []).map(
    (word) => word.replace(/^'+|'+$/g, '') || "'",
  );
}

// a word's own features (the word, its character n-grams) are the same in every text: built once.
// Reusing the strings also spares the hashing when they are added to the set and looked up.
const WORD_FEATURES_LIMIT = 20_000;
const wordFeaturesCache = new Map<string, readonly string[]>();

/** A word's own features: `w:word`, then its character 3–5-grams (feature-rows.ts reads them too). */
export function wordFeatures(word: string): readonly string[] {
  const cached = wordFeaturesCache.get(word);
  if (cached) return cached;
  const own = [`w:${word}`];
  if (word.length <= 30) {
    const padded = ` ${word} `;
    for (let size = 3; size <= 5; size++)
      for (let start = 0; start + size <= padded.length; start++)
        own.push(`c:${padded.slice(start, start + size)}`);
  }
  if (wordFeaturesCache.size >= WORD_FEATURES_LIMIT) wordFeaturesCache.clear();
  wordFeaturesCache.set(word, own);
  return own;
}

/** The feature names of one text (deduplicated, in first-seen order). */
export function featuresOf(text: string, analysis?: LinguisticAnalysis): string[] {
  const found = new Set<string>();
  const tokens = words(text);
  found.add('bias');
  if (tokens.length <= 3) found.add('len:short');
  else if (tokens.length >= 25) found.add('len:long');
  let previous = '<s>';
  for (const word of tokens) {
    const own = wordFeatures(word);
    found.add(own[0]);
    found.add(`b:${previous}_${word}`);
    previous = word;
    for (let index = 1; index < own.length; index++) found.add(own[index]);
  }
  found.add(`b:${previous}_</s>`);
  if (analysis) for (const feature of analysisFeatures(analysis)) found.add(feature);
  return [...found];
}

function analysisFeatures(analysis: LinguisticAnalysis): string[] {
  const features: string[] = [];
  for (const clause of analysis.clauses) {
    features.push(`a:subject-${clause.subject}`);
    features.push(`a:${clause.subject}-${clause.tense}`);
    if (clause.habitualPast) features.push('a:used-to');
    if (clause.hypothetical) features.push(`a:hypothetical-${clause.subject}`);
    if (clause.reportedBy) features.push(`a:reported-${clause.subject}`);
    if (clause.negated) features.push(`a:negated-${clause.subject}`);
    if (clause.question) features.push('a:question');
    if (clause.perfect) features.push('a:perfect');
  }
  // negated content words: "not_kill" reads differently from "kill"
  for (const token of analysis.tokens)
    if (token.negated && (token.pos === 'VERB' || token.pos === 'NOUN' || token.pos === 'ADJ'))
      features.push(`n:${token.lemma}`);
  return features;
}
