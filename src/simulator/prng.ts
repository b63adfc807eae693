import { createRandom as createRandomNumbers } from '../text/seeded-random.ts';

/**
 * A small seeded PRNG (mulberry32) so simulations replay byte for byte; Math.random is never used.
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
};

export function createRandom(seed: number): Random {
  const next = createRandomNumbers(seed);
  return {
    next,
    int: (max) => Math.floor(next() * max),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

/** Mixes a base seed with a label (persona id, session index) into a new 32-bit seed. */
export function deriveSeed(seed: number, ...labels: Array<string | number>): number {
  let hash = (seed ^ 0x811c9dc5) >>> 0;
  for (const label of labels) {
    const text = `${label}|`;
    // each code point's first unit, as `for (const character of text)` gave before (no string made
    // a character: this runs over every message a simulated client types)
    for (let index = 0; index < text.length; index++) {
      const unit = text.charCodeAt(index);
      hash ^= unit;
      hash = Math.imul(hash, 0x01000193) >>> 0;
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const next = text.charCodeAt(index + 1);
        if (next >= 0xdc00 && next <= 0xdfff) index += 1;
      }
    }
  }
  return hash >>> 0;
}
