import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadPersonaDirectory } from './load-persona.ts';
import { personaSchema } from './persona-schema.ts';
import { sessionPerson } from './session-person.ts';

const smokers = loadPersonaDirectory(join(import.meta.dirname, '../../personas/smoking'));

test('round 0 is the card itself', () => {
  for (const persona of smokers) assert.equal(sessionPerson(persona, 0), persona);
});

test('other rounds are other typists of the same story, still valid cards', () => {
  for (const persona of smokers) {
    const rounds = [1, 2, 3, 4, 5].map((round) => sessionPerson(persona, round));
    for (const person of rounds) {
      // the same story, whole or (a brief person) each line by its start
      person.story.forEach((line, index) => {
        assert.ok(persona.story[index].startsWith(line), line);
      });
      assert.notEqual(person.id, persona.id);
      assert.doesNotThrow(() => personaSchema.parse(person), person.id);
    }
    const voices = new Set(rounds.map((person) => JSON.stringify(person.voice)));
    assert.ok(voices.size >= 3, `${persona.id}: ${voices.size} distinct voices in five rounds`);
  }
});

test('the same round is the same person every time', () => {
  const [persona] = smokers;
  assert.deepEqual(sessionPerson(persona, 3), sessionPerson(persona, 3));
});
