import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

// round 7, third pass: request false positives that recur across the blind sets' writers (new sentences)
const requestsOf = (text: string) =>
  understand(text).flatMap((item) => (item.kind === 'request' ? [item.type] : []));
const risksOf = (text: string) =>
  understand(text).flatMap((item) => (item.kind === 'risk' ? [`${item.type}/${item.level}`] : []));

test('returning, knowing the step and a rhetorical "even the point" are no asks', () => {
  assert.deepEqual(requestsOf('ok back'), []);
  assert.deepEqual(requestsOf("i'm back now"), []);
  assert.deepEqual(requestsOf('honestly i know exactly what i need to do, i just never start'), []);
  assert.deepEqual(requestsOf('whats even the point of this worksheet'), []);
});

test('the same words with an ask keep it', () => {
  assert.ok(requestsOf('i know what to do but tell me the first step').includes('concrete'));
  assert.ok(requestsOf("what's the point of this breathing exercise?").includes('explain'));
});

test('a thing cut again is no self-harm, beside a real disclosure', () => {
  // a plain wish to die is `possible` since round 16 (risk-intent-now.ts); the point here is no self-harm
  assert.deepEqual(risksOf('the wifi cut again and honestly i want to die'), ['suicide/possible']);
  assert.ok(risksOf('cut again last night, deeper').includes('self-harm/clear'));
});

test('a plan of their own with "then" is no nudge; a nudge with nothing but a time still is one', () => {
  assert.deepEqual(requestsOf('if i block them then its actually over'), []);
  assert.deepEqual(requestsOf('i did. then i check his profile from my cousin phone'), []);
  assert.ok(requestsOf('in 50 min pls').includes('nudge'));
  assert.ok(requestsOf('lemme know in 10 mins if ive started').includes('nudge'));
});
