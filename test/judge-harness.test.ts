import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Rating, SYSTEMS, shuffleKey } from '../scripts/judge-files.ts';
import { scoreRatings } from '../scripts/judge-score-core.ts';

const ids = Array.from({ length: 30 }, (_, index) => `x${index}`);

test('the blind key gives every excerpt each system once, the same for the same seed', () => {
  const key = shuffleKey(ids, 5);
  for (const id of ids) assert.deepEqual(Object.values(key.items[id]).sort(), [...SYSTEMS].sort());
  assert.deepEqual(shuffleKey(ids, 5), key);
  assert.notDeepEqual(shuffleKey(ids, 6), key);
});

test('the blind key does not put one system under one label every time', () => {
  const key = shuffleKey(ids, 5);
  const underA = new Set(ids.map((id) => key.items[id].A));
  assert.equal(underA.size, 3);
});

function rating(id: string, label: 'A' | 'B' | 'C', overall: number, fit = overall): Rating {
  return { id, label, fit, accuracy: overall, help: overall, warmth: overall, natural: overall, overall };
}

test('scoring unblinds labels into means per system and splits tied wins', () => {
  const key = {
    seed: 1,
    items: {
      one: { A: 'tinystep', B: 'reference', C: 'eliza' },
      two: { A: 'eliza', B: 'tinystep', C: 'reference' },
    },
  } as const;
  const figures = scoreRatings(
    [
      rating('one', 'A', 2, 1),
      rating('one', 'B', 4),
      rating('one', 'C', 1),
      rating('two', 'A', 1),
      rating('two', 'B', 5, 3),
      rating('two', 'C', 5),
      rating('missing', 'A', 3),
    ],
    { seed: key.seed, items: { ...key.items } },
  );
  assert.equal(figures.excerpts, 2);
  assert.equal(figures.unmatched, 1);
  assert.equal(figures.systems.tinystep.means.overall, 3.5);
  assert.equal(figures.systems.tinystep.means.fit, 2);
  assert.equal(figures.systems.reference.wins, 1.5);
  assert.equal(figures.systems.tinystep.wins, 0.5);
  assert.equal(figures.systems.eliza.wins, 0);
});
