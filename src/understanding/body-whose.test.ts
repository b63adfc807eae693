import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const partsOf = (text: string) =>
  understand(text).flatMap((item) => (item.kind === 'sensation' ? [item.part] : []));

test("someone else's symptoms are not the writer's", () => {
  assert.deepEqual(partsOf("my son's chest is tight"), []);
  assert.deepEqual(partsOf("my husband is diabetic and he's confused and sweaty"), []);
  assert.deepEqual(partsOf('his back is killing him'), []);
});

test('a sensation only imagined ("id be shaking") is not felt now', () => {
  assert.deepEqual(partsOf('if i went in id be shaking'), []);
  assert.deepEqual(partsOf('i would be sick with nerves if i rang them'), []);
});

test("the writer's own part is theirs, whoever the clause began with", () => {
  assert.deepEqual(partsOf('my chest is tight'), ['chest']);
  assert.deepEqual(partsOf('when he raised his voice at the meeting my face went hot'), ['face']);
  assert.deepEqual(partsOf('he grabbed me by the throat an hour ago and it still hurts to swallow'), [
    'throat',
  ]);
  assert.deepEqual(partsOf('my mum is ill and my stomach is in knots'), ['stomach']);
});
