import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const parts = (text: string) =>
  understand(text).flatMap((observation) => (observation.kind === 'sensation' ? [observation.part] : []));

test('an ache or a pressure behind the eyes is the head, not the face', () => {
  assert.deepEqual(parts('dull pressure behind my eyes since the meeting'), ['head']);
});

test('a pulse felt in the ears is the head', () => {
  assert.ok(parts('i can hear my pulse going in my ears').includes('head'));
});

test('what is coming, said as felt now, is felt now', () => {
  assert.ok(parts('honestly feel like im gonna throw up before the meeting').includes('stomach'));
  assert.ok(parts('i think im going to pass out, the room is tilting').includes('head'));
  assert.deepEqual(parts('if i have to present i will throw up'), []);
});

test('a part said tired, bad, dead or wrecked is felt', () => {
  assert.deepEqual(parts('my shoulders are wrecked from the move'), ['shoulders']);
  assert.deepEqual(parts('my knees are bad today, need an easier one'), ['legs']);
  assert.deepEqual(parts('my head is stuffed with cotton wool'), ['head']);
  assert.deepEqual(parts('my body is tired of all this'), []);
});

test('a body said through what it will not stop doing is felt', () => {
  assert.deepEqual(parts('my hands wont stay still, its driving me mad'), ['hands']);
  assert.deepEqual(parts('my old shoulder is playing up again'), ['shoulders']);
  assert.deepEqual(parts('belly has been dodgy since the news'), ['stomach']);
});

test('a hand bitten is an act, not a sensation', () => {
  assert.deepEqual(parts('i bite my hand when it gets too loud'), []);
});
