/**
 * The normalised sentences said so far, as an immutable set that successive states share.
 *
 * Copying a Set on every therapist turn makes a session O(n²) in what was said. Instead every
 * view reads a prefix of one append-only log: a view is the log plus how many entries it sees.
 * Adding to the newest view extends the log in place (O(added)); adding to an older view (a fold
 * that branched, e.g. a replay from an earlier state) copies its prefix first, so no view ever
 * sees a sentence added after it was made.
 */
export class SaidSet implements ReadonlySet<string> {
  /** sentence → its position in the log; shared by every view made from the same log. */
  readonly #positions: Map<string, number>;
  readonly #size: number;

  private constructor(positions: Map<string, number>, size: number) {
    this.#positions = positions;
    this.#size = size;
  }

  static empty(): SaidSet {
    return new SaidSet(new Map(), 0);
  }

  static of(sentences: Iterable<string>): SaidSet {
    return SaidSet.empty().with(sentences);
  }

  get size(): number {
    return this.#size;
  }

  has(sentence: string): boolean {
    const position = this.#positions.get(sentence);
    return position !== undefined && position < this.#size;
  }

  /** A view with `sentences` added; this view is left as it was. */
  with(sentences: Iterable<string>): SaidSet {
    let positions = this.#positions;
    let size = this.#size;
    for (const sentence of sentences) {
      if (positions.has(sentence) && (positions.get(sentence) as number) < size) continue;
      // the log has entries this view does not see: branch off with a copy of what it does see
      if (positions.size !== size) positions = new Map(this.#prefix(positions, size));
      positions.set(sentence, size);
      size += 1;
    }
    return size === this.#size ? this : new SaidSet(positions, size);
  }

  *#prefix(positions: Map<string, number>, size: number): Generator<[string, number]> {
    for (const entry of positions) {
      if (entry[1] >= size) return;
      yield entry;
    }
  }

  // one generator, not one wrapped in another: the policy walks this set every turn
  *values(): SetIterator<string> {
    for (const [sentence, position] of this.#positions) {
      if (position >= this.#size) return;
      yield sentence;
    }
  }

  /**
   * Whether a sentence this view sees passes `test`, stopping at the first; a plain loop over the
   * log (positions ascend in insertion order), so a per-turn search allocates no iterator.
   */
  some(test: (sentence: string) => boolean): boolean {
    for (const [sentence, position] of this.#positions) {
      if (position >= this.#size) return false;
      if (test(sentence)) return true;
    }
    return false;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const sentence of this.values()) yield [sentence, sentence];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const sentence of this.values()) callback.call(thisArg, sentence, sentence, this);
  }
}
