import { normalizeSentence, splitSentences } from '../text/sentences.ts';
import type { TherapistTurnReading } from './therapist-turn-types.ts';
import type { RepeatFinding } from './types.ts';

export const NEAR_REPEAT_JACCARD = 0.8;
export const NEAR_REPEAT_MIN_WORDS = 4;

type Said = { turn: number; tokens: string[] };
type RepetitionTurn = { role: string; text: string; nudge?: boolean; reading?: TherapistTurnReading };

const QUOTED = /["“]([^"“”]{1,120})["”]/g;

type SentenceKey = { normalized: string; tokens: string[]; words: number };

// therapists say the same sentences session after session (templates, ELIZA's stock lines), so the
// normalised form and token set of each distinct sentence are worked out once (bounded: a full memo
// starts afresh)
const KEY_MEMO_LIMIT = 20_000;
const keyMemo = new Map<string, SentenceKey>();

export function clearSentenceKeys(): void {
  keyMemo.clear();
}

function sentenceKey(sentence: string): SentenceKey {
  let key = keyMemo.get(sentence);
  if (key === undefined) {
    if (keyMemo.size >= KEY_MEMO_LIMIT) keyMemo.clear();
    const normalized = normalizeSentence(sentence);
    const words = normalized.split(' ');
    key = { normalized, tokens: [...new Set(words)], words: normalized ? words.length : 0 };
    keyMemo.set(sentence, key);
  }
  return key;
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

/**
 * The sentences said so far, indexed so a near-repeat check looks only at sentences that could reach
 * the threshold: verbatim by a map, near by an inverted index over tokens (a sentence with Jaccard
 * ≥ t shares at least one of any |A| − ⌈t·|A|⌉ + 1 of A's tokens, so probing with the rarest ones finds it).
 */
class SaidIndex {
  private readonly verbatim = new Map<string, number>();
  private readonly sentences: Said[] = [];
  private readonly postings = new Map<string, number[]>();

  firstVerbatim(normalized: string): number | undefined {
    return this.verbatim.get(normalized);
  }

  firstNear(tokens: string[]): { turn: number; similarity: number } | undefined {
    const needed = Math.ceil(NEAR_REPEAT_JACCARD * tokens.length);
    const lists = tokens
      .map((token) => this.postings.get(token))
      .filter((list): list is number[] => list !== undefined)
      .sort((left, right) => left.length - right.length);
    // probing with the rarest tokens; a token never said before is the rarest of all (it matches nothing)
    const probeCount = tokens.length - needed + 1 - (tokens.length - lists.length);
    if (probeCount <= 0) return undefined;
    const candidates = new Set<number>();
    for (let index = 0; index < probeCount; index++) for (const id of lists[index]) candidates.add(id);
    let best: { id: number; similarity: number } | undefined;
    const mine = new Set(tokens);
    for (const id of candidates) {
      if (best && id > best.id) continue;
      const other = this.sentences[id].tokens;
      // size filter: Jaccard ≥ t needs t·|A| ≤ |B| ≤ |A|/t
      if (
        other.length < NEAR_REPEAT_MIN_WORDS ||
        other.length < needed ||
        other.length * NEAR_REPEAT_JACCARD > tokens.length
      )
        continue;
      let shared = 0;
      for (const token of other) if (mine.has(token)) shared++;
      const similarity = shared / (mine.size + other.length - shared);
      if (similarity >= NEAR_REPEAT_JACCARD) best = { id, similarity };
    }
    return best && { turn: this.sentences[best.id].turn, similarity: best.similarity };
  }

  add(turn: number, normalized: string, tokens: string[]): void {
    if (!this.verbatim.has(normalized)) this.verbatim.set(normalized, turn);
    const id = this.sentences.push({ turn, tokens }) - 1;
    for (const token of tokens) {
      const list = this.postings.get(token);
      if (list) list.push(id);
      else this.postings.set(token, [id]);
    }
  }
}

/**
 * Therapist sentences that repeat an earlier therapist sentence: verbatim after normalising (session
 * rule 3), or near (token Jaccard ≥ 0.8 on sentences of ≥ 4 words). Saying a cue the client quoted and
 * asked for ("please just say 'Look at the cursor'"), or the words a nudge promised, is doing what was
 * asked, not repeating.
 */
export function findRepeats(turns: readonly RepetitionTurn[]): RepeatFinding[] {
  const said = new SaidIndex();
  const findings: RepeatFinding[] = [];
  const cuesAskedOrPromised = new Set<string>();
  const nudgeTurns: number[] = [];
  turns.forEach((turn, index) => {
    if (turn.nudge) nudgeTurns.push(index);
    if (turn.role !== 'therapist') {
      addQuotedPhrases(turn.text, cuesAskedOrPromised);
      return;
    }
    const thisTurn: { normalized: string; tokens: string[] }[] = [];
    // a new promise ("I'll nudge you in 30 seconds", "The nudge will say: …") is a new commitment:
    // worded like an earlier one, it is still not saying the same thing again (verbatim still counts)
    const promises = turn.reading?.promises ?? [];
    const promiseSentences = new Set(promises.map((promise) => sentenceKey(promise.text).normalized));
    const promisedCues = promises.flatMap((promise) =>
      promise.cue ? [sentenceKey(promise.cue).normalized] : [],
    );
    for (const sentence of splitSentences(turn.text)) {
      const { normalized, tokens, words } = sentenceKey(sentence);
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
          const near = said.firstNear(tokens);
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
      thisTurn.push({ normalized, tokens });
    }
    for (const { normalized, tokens } of thisTurn) said.add(index, normalized, tokens);
    for (const promise of turn.reading?.promises ?? [])
      if (promise.cue) cuesAskedOrPromised.add(sentenceKey(promise.cue).normalized);
  });
  return findings;
}
