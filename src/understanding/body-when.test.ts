import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const partsOf = (text: string) =>
  understand(text).flatMap((item) => (item.kind === 'sensation' ? [item.part] : []));

test('a sensation dated back is no sensation of now', () => {
  assert.deepEqual(partsOf('had chest pain last month, all fine in the end'), []);
  assert.deepEqual(partsOf('my chest was tight last year but fine now'), []);
  assert.deepEqual(partsOf('i used to get shaky hands before exams'), []);
});

test('a sensation of now beside the past is kept', () => {
  assert.deepEqual(partsOf('my chest is tight today'), ['chest']);
  assert.deepEqual(partsOf('the op was years ago, and now my back is aching again'), ['back']);
  assert.deepEqual(partsOf('last week was awful. my chest is tight'), ['chest']);
});
