import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MOVE_TYPES } from './move-types-for-tests.ts';
import { unitsForMove } from './move-units.ts';
import { contextFor, EVERY_MOVE } from './realizer-fixtures.ts';

test('every move type has at least five phrasings for each of its sentences', () => {
  const context = contextFor();
  assert.deepEqual(new Set(EVERY_MOVE.map((move) => move.type)), new Set(MOVE_TYPES));
  for (const move of EVERY_MOVE) {
    for (const unit of unitsForMove(move, context)) {
      // a summary sentence is said as written; its variety comes from openers and tails
      if (/^close:\d/.test(unit.key)) {
        assert.ok((unit.openers?.length ?? 0) >= 5, unit.key);
        continue;
      }
      assert.ok(unit.candidates.length >= 5, `${unit.key} has ${unit.candidates.length} phrasings`);
    }
  }
});
