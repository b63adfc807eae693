/**
 * Seeded randomness for phrasing choice. The policy and realizer must be deterministic
 * (same seed, same text), so nothing here touches Math.random.
 */

/** FNV-1a over a string, as an unsigned 32-bit integer. */
export function hashString(text: string, start = 0x811c9dc5): number {
  let hash = start >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Mixes numbers and names into one 32-bit seed (order matters). */
export function mixSeed(...parts: readonly (number | string)[]): number {
  let hash = 0x811c9dc5;
  // FNV-1a runs over characters in order, so hashing the pieces one after another is hashing
  // `${typeof part}:${part}|` without building that string (this runs for every sentence chosen)
  for (const part of parts) {
    hash = hashString(typeof part === 'number' ? 'number:' : 'string:', hash);
    hash = hashString(String(part), hash);
    hash = hashString('|', hash);
  }
  return hash;
}

export { createRandom } from '../text/seeded-random.ts';

/** A shuffled copy (Fisher–Yates) driven by `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = items.slice();
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    const kept = copy[index];
    copy[index] = copy[other];
    copy[other] = kept;
  }
  return copy;
}
