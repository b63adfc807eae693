import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Observation } from '../spec/observation.ts';
import { confirmsRisk } from './safe-statement.ts';

test('a dismissive "yeah yeah" after the check-in does not confirm the risk', () => {
  assert.equal(confirmsRisk('yeah yeah thats what everyone says', []), false);
  assert.equal(confirmsRisk('yeah right', []), false);
});

test('a yes to the check-in still confirms it', () => {
  assert.equal(confirmsRisk('yeah', []), true);
  assert.equal(confirmsRisk('yes i am', []), true);
  assert.equal(confirmsRisk('I am.', []), true);
});

test('a thought that goes on confirms the risk; an ordinary "keep thinking about the exam" is not read here', () => {
  assert.equal(confirmsRisk('I just keep thinking it', []), true);
  assert.equal(confirmsRisk('still thinking about it all the time tbh', []), true);
  assert.equal(confirmsRisk('i think about it every night', []), true);
  assert.equal(confirmsRisk('i keep thinking about the exam', []), false);
});

test('an "ok" on the way into an ask is not a yes; "yeah ok" with an ask, or a bare "ok", still is', () => {
  // judge v10: "i know i know. ok can you message me at 9 tonight" got the crisis question again
  const text = 'i know i know. ok can you message me at 9 tonight';
  const assent: Observation = { kind: 'assent', span: [15, 17] };
  const ask: Observation = { kind: 'request', type: 'nudge', span: [26, 36] };
  assert.equal(confirmsRisk(text, [assent, ask]), false);
  assert.equal(confirmsRisk('ok', [{ kind: 'assent', span: [0, 2] }]), true);
  const yeah = 'yeah ok can you message me at 9';
  assert.equal(
    confirmsRisk(yeah, [
      { kind: 'assent', span: [0, 7] },
      { ...ask, span: [16, 26] },
    ]),
    true,
  );
  // "stop" is no ask that moves on
  assert.equal(
    confirmsRisk('ok stop', [
      { kind: 'assent', span: [0, 2] },
      { kind: 'request', type: 'stop', span: [3, 7] },
    ]),
    true,
  );
});

test('the chat spellings of a yes confirm the risk; a word that starts the same does not', () => {
  for (const text of ['ye', 'yea', 'yh', 'ye i guess']) assert.equal(confirmsRisk(text, []), true, text);
  for (const text of ['yet another deadline', 'yesterday was ok'])
    assert.equal(confirmsRisk(text, []), false, text);
});
