import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const tasks = (text: string): string[] =>
  understand(text).flatMap((item) => (item.kind === 'task' ? [`${item.domain}:${item.object}`] : []));

test('a room is a chore only when it is to be cleaned, not where something sits', () => {
  // judge v12: "pick up one thing for the kitchen" to a grant form moved off the kitchen table
  for (const text of [
    'Moved it from the kitchen table to the dresser. Progress of sorts.',
    'got asked to quote for a whole hotel bathroom refit. 40 rooms',
    'i just sit in my bedroom all day scrolling',
    'sat in the garage with the engine running earlier, just thinking',
  ])
    assert.deepEqual(
      tasks(text).filter((task) => task.startsWith('chores:')),
      [],
      text,
    );
  for (const text of [
    'the kitchen is a mess and i cant face it',
    'i need to clean the bathroom before my mum comes',
    'my bedroom is a total tip',
    'kitchen is a disaster. like i cant see the counter',
    'i keep meaning to do the bathroom',
  ])
    assert.ok(
      tasks(text).some((task) => task.startsWith('chores:')),
      text,
    );
});

test('a mock test is study', () => {
  assert.ok(tasks('mock test mein 410 aaya. need 620 minimum').some((task) => task.startsWith('study:')));
  assert.ok(tasks('failed my theory test twice').some((task) => task.startsWith('study:')));
});

test('a call to "her" or "his" takes a noun after it, never the next clause', () => {
  // judge v18 (after the run): "i call her or i leave it?" gave "find the number for her or"
  assert.deepEqual(
    tasks('just tell me what to do, i call her or i leave it?').filter((task) => task.startsWith('call:')),
    [],
  );
  assert.deepEqual(tasks('i have to ring her mum tomorrow'), ['call:her mum']);
  assert.deepEqual(tasks('i should call the bank back'), ['call:the bank']);
});
