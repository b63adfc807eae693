import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTherapistTurn } from './therapist-turn.ts';

// sentences are read once and remembered; a turn's reading must still be its own
test('reading the same turn twice gives equal readings that share no promise', () => {
  const turn = 'I\'ll remind you in a minute. The nudge will say: "Look at the cursor." Open the file.';
  const first = readTherapistTurn(turn);
  const second = readTherapistTurn(turn);
  assert.deepEqual(second, first);
  assert.equal(first.promises[0].cue, 'Look at the cursor');
  assert.notEqual(second.promises[0], first.promises[0]);
  first.promises[0].cue = 'changed by a caller';
  assert.equal(readTherapistTurn(turn).promises[0].cue, 'Look at the cursor');
});

test('a promise completed by the next sentence in one turn stands alone in another', () => {
  readTherapistTurn('I\'ll remind you in a minute. The nudge will say: "Look."');
  const alone = readTherapistTurn('The nudge will say: "Look."');
  assert.equal(alone.promises.length, 1);
  assert.equal(alone.promises[0].cue, 'Look');
  // the first turn gave its promise a cue; the promise read alone has none
  assert.equal(readTherapistTurn("I'll remind you in a minute.").promises[0].cue, undefined);
});
