import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addActCounts, addActMarkers, emptyActMarkers, MARKERS } from './act-markers.ts';

test('adding counts adds every marker (a marker added to MARKERS must be added in addActCounts too)', () => {
  const counts = emptyActMarkers();
  const more = emptyActMarkers();
  const keys = Object.keys(MARKERS) as (keyof typeof MARKERS)[];
  keys.forEach((key, index) => {
    counts[key] = 1;
    more[key] = index + 1;
  });
  addActCounts(counts, more);
  assert.deepEqual(
    keys.map((key) => counts[key]),
    keys.map((_, index) => index + 2),
  );
  assert.deepEqual(Object.keys(counts).sort(), [...keys].sort());
});

test('markers are counted in a sentence, whatever its case', () => {
  const counts = emptyActMarkers();
  addActMarkers(counts, "Notice the thought. DON'T WORRY, just notice.");
  assert.equal(counts.presentMoment, 2);
  assert.equal(counts.defusion, 1);
  assert.equal(counts.reassurance, 1);
});
