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

// round 11: kinds from v17 and v18, checked on v1–v15 (sentences here are new)
test('body as people say it: shoulders up by the ears, a cricked neck, a back gone, legs like lead', () => {
  assert.deepEqual(partsOf('shoulders right up round my ears since the meeting'), ['shoulders']);
  assert.deepEqual(partsOf('woke with my neck cricked'), ['neck']);
  assert.deepEqual(partsOf("back's in bits after the move"), ['back']);
  assert.deepEqual(partsOf("my back's gone again carrying the shopping"), ['back']);
  assert.deepEqual(partsOf('my knees are shot after the stairs'), ['legs']);
  assert.deepEqual(partsOf('my hip is killing me today'), ['legs']);
  assert.deepEqual(partsOf('my chest is crushing'), ['chest']);
  assert.deepEqual(partsOf('her voice on the phone and my throat is swelling'), ['throat']);
});

test('the stomach, fever and breath in plain words; a part as a measure or an idiom is none', () => {
  assert.deepEqual(partsOf('threw up before the exam'), ['stomach']);
  assert.deepEqual(partsOf('got a stitch in my side'), ['stomach']);
  assert.deepEqual(partsOf('think i have a fever'), ['whole-body']);
  assert.deepEqual(partsOf('i could not breathe properly in there'), ['breath']);
  assert.deepEqual(partsOf('a worry the size of a fist'), []);
  assert.deepEqual(partsOf('shot myself in the foot with that email'), []);
  assert.deepEqual(partsOf('pause pls my head is done'), []);
});

test('a part said as "my" is the person\'s own, whoever else the sentence is about', () => {
  assert.deepEqual(partsOf('my brother called again and after i hung up my shoulders were up by my ears'), [
    'shoulders',
  ]);
  assert.deepEqual(partsOf("my mum's chest pains are back"), []);
});
