import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { withAskedAbout } from './request-asked.ts';

const ask = (type: RequestObservation['type'], text: string): RequestObservation =>
  withAskedAbout({ kind: 'request', type, span: [0, text.length] }, text);

test("an ask is read for what it is about, on the ask's own words", () => {
  assert.equal(ask('explain', 'why would noticing the urge help').about, 'urge');
  assert.equal(ask('concrete', 'how do i notice what i feel').about, 'noticing');
  assert.equal(ask('concrete', 'just tell me what to do').about, 'general');
});

test('a concrete ask for the words themselves says whether to say or to write them', () => {
  assert.equal(ask('concrete', 'what do i actually say when they pick up').wordsWanted, 'said');
  assert.equal(ask('concrete', 'what do i even write to my manager').wordsWanted, 'written');
  assert.equal(ask('concrete', 'just tell me what to do').wordsWanted, undefined);
});

test('other asks, and a span that does not fit the turn, are left as they were', () => {
  const nudge: RequestObservation = { kind: 'request', type: 'nudge', span: [0, 9] };
  assert.deepEqual(withAskedAbout(nudge, 'nudge me!'), nudge);
  const outside = withAskedAbout({ kind: 'request', type: 'explain', span: [4, 40] }, 'why though');
  assert.equal(outside.about, 'general');
});
