import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRandom, deriveSeed } from './prng.ts';

/** deriveSeed as it was written before round 14: one string made per code point. */
function deriveSeedByCodePoints(seed: number, ...labels: Array<string | number>): number {
  let hash = (seed ^ 0x811c9dc5) >>> 0;
  for (const label of labels) {
    for (const character of `${label}|`) {
      hash ^= character.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash >>> 0;
}

test('deriveSeed gives the seeds it gave when it walked code points (emoji, accents, lone surrogates)', () => {
  const random = createRandom(14);
  const pieces = ['a', 'Z', ' ', 'é', '’', '😕', '🙂', '\ud83d', '\ude42', 'ß', '\n', '0', '…'];
  for (let trial = 0; trial < 2000; trial++) {
    const text = Array.from({ length: random.int(30) }, () => random.pick(pieces)).join('');
    const number = random.int(1000) / 10;
    assert.equal(
      deriveSeed(trial, 'shade', text, number),
      deriveSeedByCodePoints(trial, 'shade', text, number),
      text,
    );
  }
});
