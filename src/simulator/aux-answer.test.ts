import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auxAnswer } from './aux-answer.ts';
import { FORMAL } from './formal-reactions.ts';
import { loadPersonaDirectory } from './load-persona.ts';
import { habitsOf, writesFormally } from './personal-habits.ts';
import { createRandom } from './prng.ts';

test('a closed question is answered in its own verb, yes or no', () => {
  const random = createRandom(16);
  for (let index = 0; index < 20; index++) {
    assert.match(auxAnswer('do you enjoy it?', true, false, random) ?? '', /\bI do\b/);
    assert.match(auxAnswer('so have you tried before?', false, false, random) ?? '', /\bI haven't\b/);
    assert.match(auxAnswer('is that important to you?', true, false, random) ?? '', /\bit is\b/i);
    assert.match(
      auxAnswer('and is that right?', true, true, random) ?? '',
      /^(Yes, that's right\.|That's right, (yes|I think)\.)$/,
    );
  }
});

test('an open question, or none, gets no verb answer', () => {
  const random = createRandom(16);
  assert.equal(auxAnswer('what do you enjoy about it?', true, false, random), undefined);
  assert.equal(auxAnswer('how are you?', true, false, random), undefined);
  assert.equal(auxAnswer(undefined, true, false, random), undefined);
});

// a verb match on a safety question would say "I am" to "are you thinking of killing yourself?": a
// disclosure the card never made (or "I'm not", a denial it never gave)
test('a question naming harm, dying or safety is never answered by its verb', () => {
  const random = createRandom(16);
  for (const question of [
    'are you thinking of killing yourself?',
    'do you feel safe at home?',
    'have you ever hurt yourself?',
    'are you having thoughts of ending your life?',
    'is it about wanting to die?',
  ]) {
    assert.equal(auxAnswer(question, true, false, random), undefined, question);
    assert.equal(auxAnswer(question, false, true, random), undefined, question);
  }
});

// (round 16's rater: "I suppose so, yes." in several clients of one set gave the simulated side away)
test('formal writers do not all share the same yes and no', () => {
  assert.ok((FORMAL.YES ?? []).length >= 8 && (FORMAL.NO ?? []).length >= 6);
  const formal = loadPersonaDirectory().filter(writesFormally);
  const yeses = new Set(formal.map((persona) => habitsOf(persona).lines.YES.join('|')));
  assert.ok(formal.length < 3 || yeses.size >= formal.length - 1, `${yeses.size} for ${formal.length}`);
});
