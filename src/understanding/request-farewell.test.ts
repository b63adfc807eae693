import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const read = (text: string) => {
  const found = understand(text);
  return {
    stop: found.some((item) => item.kind === 'request' && item.type === 'stop'),
    risk: found.some((item) => item.kind === 'risk'),
  };
};

test('a goodbye said with a wish to die is risk, never an ask to end the chat', () => {
  for (const text of ['im going to kill myself tonight. goodbye', 'ive written my goodbye notes, bye']) {
    const reading = read(text);
    assert.equal(reading.stop, false, text);
    assert.equal(reading.risk, true, text);
  }
});

test('a veiled going is not closed kindly either', () => {
  // (whether it flags as risk is the risk reader's call; here only the close is held back)
  assert.equal(read('its time to go, if you know what i mean').stop, false);
});

test('an ordinary goodbye still ends the chat', () => {
  for (const text of ['right, gotta go, thanks', 'im done for today, bye', 'time to go now, cheers']) {
    assert.equal(read(text).stop, true, text);
  }
});

test('venting about a week or a job is not leaving', () => {
  assert.equal(read('honestly IM SO DONE WITH THIS JOB').stop, false);
  assert.equal(read('im so done with this month').stop, false);
  assert.equal(read('im done with this, this is useless').stop, true);
});
