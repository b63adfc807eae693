import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const nudgeAfter = (text: string) => {
  const nudge = understand(text).find(
    (observation) => observation.kind === 'request' && observation.type === 'nudge',
  );
  return nudge?.kind === 'request' ? nudge.afterMs : undefined;
};

test('a duration corrected in the same turn: the corrected value wins', () => {
  assert.equal(nudgeAfter('remind me in 20 secs haha jk, 20 min'), 20 * 60_000);
  assert.equal(nudgeAfter('check on me in 5 minutes, i mean 15 minutes'), 15 * 60_000);
  // no correction between them: the first delay is the nudge's, as before
  assert.equal(nudgeAfter('remind me in 10 minutes, it takes 30 minutes to cook'), 10 * 60_000);
});
