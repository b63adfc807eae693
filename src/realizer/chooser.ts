/**
 * Picks one sentence for a unit of a move: seeded, never a sentence already said in the
 * session or earlier in this turn (session rule 3), at most one question per turn.
 */
import { sharesWordRun } from '../text/word-runs.ts';
import { createRandom, mixSeed, shuffled } from './prng.ts';
import {
  candidateInfo,
  lowerFirstCached,
  openerVariant,
  type SentenceFacts,
  sentenceFacts,
  withTail as tailed,
} from './sentence-cache.ts';

/** One sentence to say, with its alternatives. Candidates are whole sentences; `{~}` marks where a tail goes. */
export type Unit = {
  /** Names the random stream, e.g. "reflect" or "answer-concrete:step-2". */
  key: string;
  candidates: readonly string[];
  /** Sentence starters used to make a fresh variant, e.g. "Okay," (a space is added). */
  openers?: readonly string[];
  /** Phrases put before the final punctuation (or at `{~}`), e.g. " for now". */
  tails?: readonly string[];
  /** Tried only when no candidate will do (a statement form for a turn that already asked its question). */
  fallbacks?: readonly string[];
  /** Keep the candidates in the given order (most direct first) instead of shuffling. */
  ordered?: boolean;
  /**
   * Normalised sentences that may repeat: the inner sentences of a verbatim cue ("Stop. Look.")
   * cannot change, so saying the cue word for word wins over variety for them.
   */
  mayRepeat?: ReadonlySet<string>;
};

/** What one turn remembers while it is being phrased. */
export type TurnMemory = {
  seed: number;
  turnIndex: number;
  said: ReadonlySet<string>;
  /** Normalised sentences chosen earlier in this turn. */
  used: Set<string>;
  openersUsed: Set<string>;
  tailsUsed: Set<string>;
  questionAsked: boolean;
  /** Shorter phrasings first (high fatigue or a tight budget). */
  preferShort: boolean;
  /** Counts units per key so two units with one key get different streams. */
  keyCounts: Map<string, number>;
  /** The first words of each sentence this turn: two sentences do not start alike ("It sounds like… It sounds like…"). */
  starts: Set<string>;
  /** The sentences chosen this turn, as said: a later one does not repeat five of their words. */
  sentences: string[];
};

// five words again in one reply read as a template stitched onto itself (the language check's measure)
const STITCH_RUN = 5;

export function createTurnMemory(
  seed: number,
  turnIndex: number,
  said: ReadonlySet<string>,
  preferShort: boolean,
): TurnMemory {
  return {
    seed,
    turnIndex,
    said,
    used: new Set(),
    openersUsed: new Set(),
    tailsUsed: new Set(),
    questionAsked: false,
    preferShort,
    keyCounts: new Map(),
    starts: new Set(),
    sentences: [],
  };
}

// bounds the search for pathological input (a verbatim cue whose own sentences were said before)
const MAX_TRIES = 1500;

/** A phrasing to try; `facts` is filled in when first needed (most variants are never looked at). */
type Variant = { sentence: string; facts?: SentenceFacts; opener?: string; tail?: string };

function factsOf(variant: Variant): SentenceFacts {
  variant.facts ??= sentenceFacts(variant.sentence);
  return variant.facts;
}

/** Shortest first, ties in their given order: a stable insertion sort (banks hold a handful). */
function shortestFirst(candidates: readonly string[]): string[] {
  const sorted = candidates.slice();
  const counts = sorted.map((candidate) => candidateInfo(candidate).words);
  for (let index = 1; index < sorted.length; index++) {
    const candidate = sorted[index];
    const count = counts[index];
    let at = index - 1;
    // only strictly longer ones move past it, so equal lengths keep their order
    for (; at >= 0 && counts[at] > count; at--) {
      sorted[at + 1] = sorted[at];
      counts[at + 1] = counts[at];
    }
    sorted[at + 1] = candidate;
    counts[at + 1] = count;
  }
  return sorted;
}

function* variants(unit: Unit, random: () => number, preferShort: boolean): Generator<Variant> {
  let candidates = unit.ordered ? unit.candidates : shuffled(unit.candidates, random);
  // ordered banks (crisis) keep the most direct wording first, even for a tired reader
  if (preferShort && !unit.ordered) candidates = shortestFirst(candidates);
  for (const candidate of candidates) {
    const info = candidateInfo(candidate);
    yield { sentence: info.plain, facts: info.facts };
  }
  for (const candidate of unit.fallbacks ?? []) {
    const info = candidateInfo(candidate);
    yield { sentence: info.plain, facts: info.facts };
  }
  // most units end above; the stream is drawn in the same order either way, so shuffling the
  // openers and tails only now gives the same variants as shuffling them up front
  const openers = shuffled(unit.openers ?? [], random);
  const tails = shuffled(unit.tails ?? [], random);
  // fresh variants of the fallbacks too, after those of the candidates
  if (unit.fallbacks?.length) candidates = [...candidates, ...unit.fallbacks];
  for (const opener of openers) {
    for (const candidate of candidates) {
      const built = openerVariant(candidateInfo(candidate), opener);
      yield { sentence: built.sentence, facts: built.facts, opener };
    }
  }
  for (const tail of tails) {
    for (const candidate of candidates) {
      const withTail = tailed(candidate, tail);
      if (withTail) yield { sentence: withTail, tail };
    }
  }
  for (const opener of openers) {
    for (const tail of tails) {
      for (const candidate of candidates) {
        const withTail = tailed(candidate, tail);
        if (withTail) yield { sentence: `${opener} ${lowerFirstCached(withTail)}`, opener, tail };
      }
    }
  }
}

/** Last resort, only after hundreds of turns of the same plan: a counted variant is still new. */
function* rounds(unit: Unit): Generator<Variant> {
  for (let round = 2; ; round++) {
    for (const candidate of unit.candidates)
      yield { sentence: `Round ${round}: ${candidateInfo(candidate).afterOpener}` };
  }
}

function isFresh(facts: SentenceFacts, memory: TurnMemory, mayRepeat?: ReadonlySet<string>): boolean {
  for (const normalized of facts.pieces) {
    if (mayRepeat?.has(normalized)) continue;
    if (memory.said.has(normalized) || memory.used.has(normalized)) return false;
  }
  return true;
}

function remember(variant: Variant, memory: TurnMemory): string {
  const facts = factsOf(variant);
  for (const normalized of facts.pieces) memory.used.add(normalized);
  if (variant.opener) memory.openersUsed.add(variant.opener);
  if (variant.tail) memory.tailsUsed.add(variant.tail);
  if (facts.question) memory.questionAsked = true;
  memory.starts.add(startOf(variant.sentence));
  memory.sentences.push(variant.sentence);
  return variant.sentence;
}

// every variant tried is asked how it starts, and the banks' sentences come round session after
// session: each is cut once (bounded, so a long-lived server starts afresh rather than grow)
const STARTS_LIMIT = 5_000;
const starts = new Map<string, string>();

/** The first three words, lowercased: how a sentence starts. */
function startOf(sentence: string): string {
  let start = starts.get(sentence);
  if (start === undefined) {
    if (starts.size >= STARTS_LIMIT) starts.clear();
    start = sentence.toLowerCase().split(/\s+/, 3).join(' ');
    starts.set(sentence, start);
  }
  return start;
}

/** At most one question a turn. (A plain function, not a closure: one fewer allocation a call.) */
function allowed(variant: Variant, memory: TurnMemory): boolean {
  return !(memory.questionAsked && factsOf(variant).question);
}

/** Chooses the unit's sentence and records it in the turn memory. */
export function chooseSentence(unit: Unit, memory: TurnMemory): string {
  const occurrence = memory.keyCounts.get(unit.key) ?? 0;
  memory.keyCounts.set(unit.key, occurrence + 1);
  const seed = mixSeed(memory.seed, memory.turnIndex, unit.key, occurrence);
  // first pass: no opener or tail that another sentence of this turn already used ("Okay, … Okay, …")
  for (const variant of variants(unit, createRandom(seed), memory.preferShort)) {
    if (variant.opener && memory.openersUsed.has(variant.opener)) continue;
    if (variant.tail && memory.tailsUsed.has(variant.tail)) continue;
    if (memory.starts.has(startOf(variant.sentence))) continue;
    if (!allowed(variant, memory)) continue;
    if (memory.sentences.some((said) => sharesWordRun(said, variant.sentence, STITCH_RUN))) continue;
    if (isFresh(factsOf(variant), memory, unit.mayRepeat)) return remember(variant, memory);
  }
  let tries = 0;
  let fallback: Variant | undefined;
  // second pass: any opener or tail, then counted rounds; bounded for pathological input
  for (const generator of [variants(unit, createRandom(seed), memory.preferShort), rounds(unit)]) {
    for (const variant of generator) {
      if (++tries > MAX_TRIES) break;
      if (!allowed(variant, memory)) continue;
      fallback ??= variant;
      if (isFresh(factsOf(variant), memory, unit.mayRepeat)) return remember(variant, memory);
    }
  }
  // only reachable when the content itself (a verbatim cue) repeats: saying it wins over variety
  return remember(fallback ?? { sentence: candidateInfo(unit.candidates[0] ?? '').plain }, memory);
}
