import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const requests = (text: string) =>
  understand(text).filter((item): item is RequestObservation => item.kind === 'request');
const pauseOf = (text: string) => requests(text).find((request) => request.type === 'pause');

test('a return said with a time is a pause until then', () => {
  assert.equal(pauseOf('back in 10')?.afterMs, 10 * 60_000);
  assert.equal(pauseOf('popping out, talk in an hour')?.afterMs, 60 * 60_000);
  assert.equal(pauseOf('taking the dog out. back in like 30')?.afterMs, 30 * 60_000);
  assert.equal(pauseOf('gotta run, back by 6')?.atClock, '18:00');
  assert.equal(pauseOf('off to pick up the kids, talk after 4')?.atClock, '16:00');
  assert.equal(pauseOf('lunch, back at 1')?.atClock, '13:00');
  assert.ok(pauseOf('off to the shops, back in a bit'));
});

test('a return asked of us, a past, and someone else coming back are no pause of theirs', () => {
  assert.equal(pauseOf('text me back in an hour to see if ive started'), undefined);
  assert.equal(pauseOf('check back in 10'), undefined);
  assert.equal(pauseOf('back at my desk. three emails drafted'), undefined);
  assert.equal(pauseOf('back in 2012 i was in a really dark place'), undefined);
  assert.equal(pauseOf('he hit me this morning and hes coming back at 6'), undefined);
  assert.equal(pauseOf('talk tmrw'), undefined);
});

test('a return said with "later", "tonight" or "after" and no clock is a pause; someone else back is not', () => {
  assert.ok(pauseOf('waves getting big, have to go, back later ok'));
  assert.ok(pauseOf('off to walk the dog, back after'));
  assert.ok(pauseOf('kids need feeding, gotta run, back this evening'));
  // a return with no leaving said asks nothing (v31 labels "bingo night. back later" so)
  assert.equal(pauseOf('quiz night. back later'), undefined);
  assert.equal(pauseOf('my sister is back tonight'), undefined);
  assert.equal(pauseOf('the pain came back later'), undefined);
});
