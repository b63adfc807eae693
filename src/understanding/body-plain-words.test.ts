import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

// round 14: plain-word sensations the writers of v17–v23 mark and the reader missed, by class (sentences new)
const partsOf = (text: string) =>
  understand(text)
    .flatMap((item) => (item.kind === 'sensation' ? [item.part] : []))
    .sort();

test('a heart that jumps, a stomach upside down or turning, a back twinging or in spasm', () => {
  assert.deepEqual(partsOf('my heart jumps whenever the landlord rings'), ['chest']);
  assert.deepEqual(partsOf('my stomach is upside down before the hearing'), ['stomach']);
  assert.deepEqual(partsOf('my belly keeps turning when i think of the dentist'), ['stomach']);
  assert.deepEqual(partsOf('my lower back has been twinging since the move'), ['back']);
  assert.deepEqual(partsOf('my back is in spasm again after the gym'), ['back']);
});

test('muscles and parts the lexicon lacked: hamstrings, tongue, a mouth gone dry, limbs', () => {
  assert.deepEqual(partsOf('my hamstrings are tight from the run'), ['legs']);
  assert.deepEqual(partsOf('my tongue is burning from the curry'), ['face']);
  assert.deepEqual(partsOf('my mouth is so dry before the viva'), ['throat']);
  assert.deepEqual(partsOf('my body keeps tensing up in meetings'), ['whole-body']);
  assert.deepEqual(partsOf('my feet are frozen from the walk to the bus'), ['feet']);
});

test('a jump said as an act, and shoulders up by the ears, name no chest or head', () => {
  assert.deepEqual(partsOf('my heart said jump into the lake with the others, so i did, best swim ever'), []);
  assert.deepEqual(partsOf('my shoulders are up by my ears today'), ['shoulders']);
});

test('the whole body said plainly, the heart heard in the ears, lungs wanting air, toes curling', () => {
  assert.deepEqual(partsOf('tired to my bones after the night shift'), ['whole-body']);
  assert.deepEqual(partsOf('heavy everywhere this morning'), ['whole-body']);
  assert.deepEqual(partsOf('i can hear my heartbeat in my ears while i wait'), ['head']);
  assert.deepEqual(partsOf('my lungs want more air than i can give them'), ['breath']);
  assert.deepEqual(partsOf('my toes keep curling when she reads my draft out'), ['feet']);
});
