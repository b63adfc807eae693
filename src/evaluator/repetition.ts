import { normalizeSentence } from '../text/sentences.ts';
import { sentencesOf } from './sentences-memo.ts';
import type { TherapistTurnReading } from './therapist-turn-types.ts';
import type { RepeatFinding } from './types.ts';

export const NEAR_REPEAT_JACCARD = 0.8;
export const NEAR_REPEAT_MIN_WORDS = 4;

type Said = { turn: number; ids: Int32Array };
type RepetitionTurn = { role: string; text: string; nudge?: boolean; reading?: TherapistTurnReading };

const QUOTED = /["“]([^"“”]{1,120})["”]/g;

/** A sentence as repetition compares it: normalised, and its distinct words as sorted ids. */
type SentenceKey = { normalized: string; ids: Int32Array; words: number };

// therapists say the same sentences session after session (templates, ELIZA's stock lines), so the
// normalised form and word ids of each distinct sentence are worked out once (bounded: a full memo
// starts afresh, the word ids with it, so ids from before are never compared with ids after)
const KEY_MEMO_LIMIT = 20_000;
const keyMemo = new Map<string, SentenceKey>();
const wordIds = new Map<string, number>();

export function clearSentenceKeys(): void {
  keyMemo.clear();
  wordIds.clear();
}

function sentenceKey(sentence: string): SentenceKey {
  let key = keyMemo.get(sentence);
  if (key === undefined) {
    if (keyMemo.size >= KEY_MEMO_LIMIT) clearSentenceKeys();
    const normalized = normalizeSentence(sentence);
    const words = normalized.split(' ');
    // ids in order of first appearance (as a set of the words would give them), then sorted and
    // made distinct in place: no set built per sentence
    const all = new Int32Array(words.length);
    for (let index = 0; index < words.length; index++) {
      let id = wordIds.get(words[index]);
      if (id === undefined) {
        id = wordIds.size;
        wordIds.set(words[index], id);
      }
      all[index] = id;
    }
    all.sort();
    let count = 0;
    for (let index = 0; index < all.length; index++)
      if (index === 0 || all[index] !== all[index - 1]) all[count++] = all[index];
    const ids = count === all.length ? all : all.slice(0, count);
    key = { normalized, ids, words: normalized ? words.length : 0 };
    keyMemo.set(sentence, key);
  }
  return key;
}

/** How many ids two sorted id lists share. */
function sharedCount(left: Int32Array, right: Int32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i] === right[j]) {
      shared++;
      i++;
      j++;
    } else if (left[i] < right[j]) i++;
    else j++;
  }
  return shared;
}

function withoutLicensedQuotes(sentence: string, normalized: string, licensed: ReadonlySet<string>): string {
  if (licensed.has(normalized)) return '';
  if (!sentence.includes('"') && !sentence.includes('“')) return normalized;
  let changed = false;
  const rest = sentence.replace(QUOTED, (whole, inner: string) => {
    if (!licensed.has(normalizeSentence(inner))) return whole;
    changed = true;
    return ' ';
  });
  if (!changed) return normalized;
  const frame = normalizeSentence(rest);
  // only a short frame around the cue ("Listen:", "Here's your cue:") is set apart; a longer sentence
  // that quotes the cue ("When your fingers move, I'll remind you: …") is compared whole
  return frame.split(' ').length < NEAR_REPEAT_MIN_WORDS ? frame : normalized;
}

function addQuotedPhrases(text: string, into: Set<string>): void {
  for (const match of text.matchAll(QUOTED)) into.add(normalizeSentence(match[1]));
}

/** Past this many sentences, a near-repeat check probes an inverted index instead of reading them all. */
const INDEX_FROM = 256;

/**
 * The sentences said so far: verbatim ones found by a map; near ones by reading every earlier
 * sentence that passes the size filter, or, in a long transcript, only those an inverted index over
 * word ids offers (a sentence with Jaccard ≥ t shares at least one of any |A| − ⌈t·|A|⌉ + 1 of A's
 * words, so probing with the rarest ones finds it). Both give the earliest sentence that is near.
 */
class SaidIndex {
  private readonly verbatim = new Map<string, number>();
  private readonly sentences: Said[] = [];
  private postings: Map<number, number[]> | undefined;

  constructor(private readonly indexFrom: number) {}

  firstVerbatim(normalized: string): number | undefined {
    return this.verbatim.get(normalized);
  }

  /** The similarity of earlier sentence `id` to `ids` when it is near, else undefined. */
  private near(ids: Int32Array, needed: number, id: number): number | undefined {
    const other = this.sentences[id].ids;
    // size filter: Jaccard ≥ t needs t·|A| ≤ |B| ≤ |A|/t
    if (
      other.length < NEAR_REPEAT_MIN_WORDS ||
      other.length < needed ||
      other.length * NEAR_REPEAT_JACCARD > ids.length
    )
      return undefined;
    const shared = sharedCount(ids, other);
    const similarity = shared / (ids.length + other.length - shared);
    return similarity >= NEAR_REPEAT_JACCARD ? similarity : undefined;
  }

  // methods rather than closures made per call: under tsx (keepNames) each named closure costs a defineProperty
  firstNear(ids: Int32Array): { turn: number; similarity: number } | undefined {
    const needed = Math.ceil(NEAR_REPEAT_JACCARD * ids.length);
    if (!this.postings) {
      for (let id = 0; id < this.sentences.length; id++) {
        const similarity = this.near(ids, needed, id);
        if (similarity !== undefined) return { turn: this.sentences[id].turn, similarity };
      }
      return undefined;
    }
    const lists: number[][] = [];
    for (const word of ids) {
      const list = this.postings.get(word);
      if (list) lists.push(list);
    }
    lists.sort((left, right) => left.length - right.length);
    // probing with the rarest words; a word never said before is the rarest of all (it matches nothing)
    const probeCount = ids.length - needed + 1 - (ids.length - lists.length);
    if (probeCount <= 0) return undefined;
    const candidates = new Set<number>();
    for (let index = 0; index < probeCount; index++) for (const id of lists[index]) candidates.add(id);
    for (const id of [...candidates].sort((left, right) => left - right)) {
      const similarity = this.near(ids, needed, id);
      if (similarity !== undefined) return { turn: this.sentences[id].turn, similarity };
    }
    return undefined;
  }

  add(turn: number, normalized: string, ids: Int32Array): void {
    if (!this.verbatim.has(normalized)) this.verbatim.set(normalized, turn);
    const id = this.sentences.push({ turn, ids }) - 1;
    if (this.postings) this.post(id);
    else if (this.sentences.length > this.indexFrom) {
      this.postings = new Map();
      for (let earlier = 0; earlier < this.sentences.length; earlier++) this.post(earlier);
    }
  }

  private post(id: number): void {
    for (const word of this.sentences[id].ids) {
      const list = this.postings?.get(word);
      if (list) list.push(id);
      else this.postings?.set(word, [id]);
    }
  }
}

/**
 * Therapist sentences that repeat an earlier therapist sentence: verbatim after normalising (session
 * rule 3), or near (token Jaccard ≥ 0.8 on sentences of ≥ 4 words). Saying a cue the client quoted and
 * asked for ("please just say 'Look at the cursor'"), or the words a nudge promised, is doing what was
 * asked, not repeating.
 */
export function findRepeats(
  turns: readonly RepetitionTurn[],
  options: { indexFrom?: number } = {},
): RepeatFinding[] {
  const said = new SaidIndex(options.indexFrom ?? INDEX_FROM);
  const findings: RepeatFinding[] = [];
  const cuesAskedOrPromised = new Set<string>();
  const nudgeTurns: number[] = [];
  turns.forEach((turn, index) => {
    if (turn.nudge) nudgeTurns.push(index);
    if (turn.role !== 'therapist') {
      addQuotedPhrases(turn.text, cuesAskedOrPromised);
      return;
    }
    const thisTurn: { normalized: string; ids: Int32Array }[] = [];
    // a new promise ("I'll nudge you in 30 seconds", "The nudge will say: …") is a new commitment:
    // worded like an earlier one, it is still not saying the same thing again (verbatim still counts)
    const promises = turn.reading?.promises ?? [];
    const promiseSentences = new Set(promises.map((promise) => sentenceKey(promise.text).normalized));
    const promisedCues = promises.flatMap((promise) =>
      promise.cue ? [sentenceKey(promise.cue).normalized] : [],
    );
    for (const sentence of sentencesOf(turn.text)) {
      const { normalized, ids, words } = sentenceKey(sentence);
      if (!normalized) continue;
      const newPromise =
        promiseSentences.has(normalized) ||
        promisedCues.some((cue) => cue.length > 0 && normalized.includes(cue));
      // 'Your cue: "Look at the cursor."' — a short frame around a cue that was asked for or promised —
      // repeats only when the whole sentence does; the cue may come as often as it was asked for
      const compared = withoutLicensedQuotes(sentence, normalized, cuesAskedOrPromised);
      if (compared !== normalized && compared !== '') {
        const verbatim = said.firstVerbatim(normalized);
        if (verbatim !== undefined)
          findings.push({ turn: index, sentence, earlierTurn: verbatim, kind: 'verbatim', similarity: 1 });
      } else if (compared !== '') {
        const verbatim = said.firstVerbatim(normalized);
        if (verbatim !== undefined) {
          findings.push({ turn: index, sentence, earlierTurn: verbatim, kind: 'verbatim', similarity: 1 });
        } else if (words >= NEAR_REPEAT_MIN_WORDS) {
          const near = said.firstNear(ids);
          // …once the earlier one was kept (a nudge came since); re-promising an unkept one is a repeat
          const renewed =
            near !== undefined && newPromise && nudgeTurns.some((turnIndex) => turnIndex > near.turn);
          if (near && !renewed)
            findings.push({
              turn: index,
              sentence,
              earlierTurn: near.turn,
              kind: 'near',
              similarity: near.similarity,
            });
        }
      }
      thisTurn.push({ normalized, ids });
    }
    for (const { normalized, ids } of thisTurn) said.add(index, normalized, ids);
    for (const promise of turn.reading?.promises ?? [])
      if (promise.cue) cuesAskedOrPromised.add(sentenceKey(promise.cue).normalized);
  });
  return findings;
}
