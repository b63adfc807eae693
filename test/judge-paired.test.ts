import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairedKeySchema, pairItems, scorePaired } from '../scripts/judge-paired.ts';

const context = [{ role: 'seeker' as const, text: 'i keep putting off the form' }];
const texts = (tinystep: string) => ({
  context,
  reference: 'What part of the form?',
  eliza: 'Please go on.',
  tinystep,
});

test('a reply both versions gave is shown once; a changed one twice, under shuffled labels', () => {
  const base = new Map([
    ['c1', texts('Same reply.')],
    ['c2', texts('Old reply.')],
  ]);
  const end = new Map([
    ['c1', texts('Same reply.')],
    ['c2', texts('New reply.')],
  ]);
  const { items, key } = pairItems(base, end, 7);
  assert.equal(items[0].candidates.length, 3);
  assert.equal(items[1].candidates.length, 4);
  assert.deepEqual(Object.values(key.items.c1).sort(), ['both', 'eliza', 'reference']);
  assert.deepEqual(Object.values(key.items.c2).sort(), ['base', 'eliza', 'end', 'reference']);
  // the written key must read back: an excerpt with three candidates has no D
  assert.deepEqual(pairedKeySchema.parse(JSON.parse(JSON.stringify(key))), key);
  const shown = items[1].candidates.find((candidate) => key.items.c2[candidate.label as 'A'] === 'end');
  assert.equal(shown?.text, 'New reply.');
});

test('scores count a shared reply for both versions and compare changed ones by the same rater', () => {
  const key = {
    seed: 1,
    items: {
      c1: { A: 'both', B: 'eliza', C: 'reference' },
      c2: { A: 'end', B: 'base', C: 'eliza', D: 'reference' },
    },
  } as const;
  const rating = (id: string, label: 'A' | 'B' | 'C' | 'D', overall: number) => ({
    id,
    label,
    fit: overall,
    accuracy: overall,
    help: overall,
    warmth: overall,
    natural: overall,
    overall,
  });
  const { means, changed } = scorePaired(
    [
      rating('c1', 'A', 3),
      rating('c1', 'B', 1),
      rating('c1', 'C', 5),
      rating('c2', 'A', 4),
      rating('c2', 'B', 2),
      rating('c2', 'C', 1),
      rating('c2', 'D', 5),
    ],
    key as never,
  );
  assert.equal(means['tinystep base'].means.overall, 2.5);
  assert.equal(means['tinystep end'].means.overall, 3.5);
  assert.deepEqual(changed, { count: 1, base: 2, end: 4, endBetter: 1, endWorse: 0 });
});
