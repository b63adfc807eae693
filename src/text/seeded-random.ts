/**
 * mulberry32: a small, fast seeded generator, the one every part of tinystep uses where the same
 * seed must give the same result (phrasing, simulated clients, fuzz strings, model training).
 * Returns floats in [0, 1). Nothing here touches Math.random.
 * @example const next = createRandom(7); next() === createRandom(7)()
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
