import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const nudgeWords = (text: string) =>
  understand(text).find(
    (item): item is RequestObservation => item.kind === 'request' && item.type === 'nudge',
  )?.phrase;

test('"to remind" with nothing after it is the ask again, not words for the nudge', () => {
  assert.equal(nudgeWords('could you ping me at 6 to remind? i always forget'), undefined);
  assert.equal(nudgeWords('message me tomorrow 9am to remind me'), undefined);
  // words after the asking again are still read
  assert.equal(nudgeWords('ping me at 6 to put the bins out'), 'put the bins out');
});

test('a laugh or a please after the words is not part of them', () => {
  assert.equal(nudgeWords('txt me at 10 to say go to bed haha'), 'go to bed');
  assert.equal(nudgeWords('remind me in an hour to stretch pls'), 'stretch');
  assert.equal(nudgeWords('remind me in an hour to ring the school lol xx'), 'ring the school');
});
