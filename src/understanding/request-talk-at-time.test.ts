import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const nudge = (text: string) =>
  understand(text).find((observation) => observation.kind === 'request' && observation.type === 'nudge');

test('talk asked for at a time, or a message at a day and part of it, is a nudge with no "remind"', () => {
  for (const text of [
    'speak to me again in forty minutes please',
    'chat with me at 8 so i actually start',
    'could you message me thursday evening',
  ])
    assert.ok(nudge(text), text);
  for (const text of [
    'can you talk to me about the essay',
    'my sister will message me on sunday about lunch',
  ])
    assert.equal(nudge(text), undefined, text);
});
