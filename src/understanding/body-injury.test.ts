import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const parts = (text: string) =>
  understand(text).flatMap((observation) => (observation.kind === 'sensation' ? [observation.part] : []));

test('a part named only as what was done to it is no sensation', () => {
  assert.deepEqual(parts('sliced my thumb open on the bread knife lol, plaster on'), []);
  assert.deepEqual(parts('burnt my hand on the kettle earlier, anyway'), []);
});

test('a part hurt and felt now is still read', () => {
  assert.ok(parts('burnt my hand on the kettle and its still stinging').includes('hands'));
  assert.ok(parts('cut my hand on the glass and it wont stop bleeding').includes('hands'));
});

test('a head hit is left as read: the writers split on it', () => {
  assert.ok(parts('hit my head on the shelf and now everything is double').includes('head'));
});
