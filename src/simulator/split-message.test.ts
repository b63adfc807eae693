import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPersonaDirectory } from './load-persona.ts';
import { habitsOf } from './personal-habits.ts';
import { splitMessage } from './split-message.ts';

const personas = loadPersonaDirectory();
const long =
  'I have tried to quit a few times, but it never lasts long because work is very stressful at the moment';

test('some people send a long message in two, at a break near its middle; most never do', () => {
  const splitters = personas.filter((persona) =>
    Array.from({ length: 40 }, (_, turn) => splitMessage(long, persona, turn)).some(Boolean),
  );
  assert.ok(splitters.length > 0 && splitters.length < personas.length / 2, `${splitters.length} split`);
  for (const persona of splitters) {
    const habits = habitsOf(persona);
    const parts = Array.from({ length: 40 }, (_, turn) => splitMessage(long, persona, turn)).find(Boolean);
    assert.ok(parts);
    const [first, rest] = parts;
    assert.ok(first.split(' ').length >= 4 && rest.split(' ').length >= 4);
    // their habits hold on both parts
    assert.equal(/[.!]$/.test(first), habits.endsWithStop);
    // (no trailing dots: a habit of "..." was a blind rater's tell, rounds 15 and 16)
    assert.doesNotMatch(first, /\.\.|…/);
    if (habits.casing === 'lower') assert.equal(rest, rest.toLowerCase());
    else assert.match(rest, /^[A-Z]/);
  }
});

test('a short message or a question is sent whole', () => {
  for (const persona of personas)
    for (let turn = 0; turn < 20; turn++) {
      assert.equal(splitMessage('i smoke about 10 a day, mostly at work', persona, turn), undefined);
      assert.equal(splitMessage(`${long}, is that normal?`, persona, turn), undefined);
    }
});
