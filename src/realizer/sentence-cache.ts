/**
 * Facts about candidate sentences, worked out once per distinct string. The phrase banks give
 * the same few hundred sentences (and their opener/tail variants) turn after turn and session
 * after session, so normalising them again each time was most of the realizer's work.
 * Pure functions of the string: a cache hit gives exactly what computing again would.
 */
import { countWords, normalizeSentence, splitSentences } from '../text/sentences.ts';
import { dropMarker, insertTail, isQuestion, lowerFirst } from './text-tools.ts';

// bounded: a long-lived process (server, bench worker) starts a full cache afresh rather than grow;
// a few megabytes at most in all (a candidate keeps its opener variants, so fewer of those)
const LIMIT = 20_000;
const CANDIDATE_LIMIT = 5_000;

/** A memo of a pure string function, cleared when full. */
export function memoized<T>(compute: (text: string) => T, limit = LIMIT): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    if (known.size >= limit) known.clear();
    const value = compute(text);
    known.set(text, value);
    return value;
  };
}

export type SentenceFacts = {
  /** The normalised sentences inside it (a variant may hold two: "Okay. Look."). */
  pieces: readonly string[];
  question: boolean;
  words: number;
};

export const sentenceFacts: (sentence: string) => SentenceFacts = memoized((sentence) => ({
  pieces: splitSentences(sentence).map(normalizeSentence),
  question: isQuestion(sentence),
  words: countWords(sentence),
}));

/** A phrasing built from a candidate, kept with its facts so the next turn reuses both. */
export type BuiltVariant = { sentence: string; facts: SentenceFacts };

/** What the chooser needs of a candidate from a phrase bank, worked out once per candidate. */
export type CandidateInfo = {
  /** The candidate as said alone: its tail marker dropped. */
  plain: string;
  facts: SentenceFacts;
  /** Words in the candidate, for putting shorter phrasings first. */
  words: number;
  /** Ready to follow an opener ("Okay, open the file."). */
  afterOpener: string;
  /** "Okay, open the file." by opener, built when first asked for. */
  withOpener: Map<string, BuiltVariant>;
};

export const candidateInfo: (candidate: string) => CandidateInfo = memoized((candidate) => {
  const plain = dropMarker(candidate);
  return {
    plain,
    facts: sentenceFacts(plain),
    words: countWords(candidate),
    afterOpener: lowerFirst(plain),
    withOpener: new Map(),
  };
}, CANDIDATE_LIMIT);

/** `${opener} ${afterOpener}`, the same string (and facts) each time it is asked for. */
export function openerVariant(info: CandidateInfo, opener: string): BuiltVariant {
  let built = info.withOpener.get(opener);
  if (built === undefined) {
    const sentence = `${opener} ${info.afterOpener}`;
    built = { sentence, facts: sentenceFacts(sentence) };
    info.withOpener.set(opener, built);
  }
  return built;
}

const withTailCache = memoized((key: string) => {
  const split = key.indexOf('\u0000');
  return insertTail(key.slice(0, split), key.slice(split + 1));
}, CANDIDATE_LIMIT);

/** `insertTail`, remembered: null when the tail cannot go anywhere. */
export function withTail(candidate: string, tail: string): string | null {
  return withTailCache(`${candidate}\u0000${tail}`);
}

const lowered = memoized(lowerFirst, CANDIDATE_LIMIT);

/** `lowerFirst`, remembered. */
export function lowerFirstCached(text: string): string {
  return lowered(text);
}

/** `normalizeSentence`, remembered (steps are compared in their normal form every turn). */
export const normalized: (sentence: string) => string = memoized(normalizeSentence, CANDIDATE_LIMIT);
