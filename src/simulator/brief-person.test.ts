import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { briefPerson, firstClause } from './brief-person.ts';
import { loadPersonaDirectory } from './load-persona.ts';
import { personaSchema } from './persona-schema.ts';
import { sessionPerson } from './session-person.ts';

const smokers = loadPersonaDirectory(join(import.meta.dirname, '../../personas/smoking'));

test('a long line is said by its first clause; a short one, a question, whole', () => {
  assert.equal(
    firstClause("The dog has been ill this week so I've not had much sleep, which doesn't help anything."),
    'The dog has been ill this week',
  );
  assert.equal(firstClause('ten a day, mostly at work'), 'ten a day, mostly at work');
  assert.equal(
    firstClause('Is vaping actually less bad than smoking or is that a myth, do you know?'),
    'Is vaping actually less bad than smoking or is that a myth, do you know?',
  );
  // (a first clause too short to stand is no cut: "I know, but …" keeps the line)
  const leaning = 'I know, but every time I try to stop I end up back at the shop within a day';
  assert.equal(firstClause(leaning), leaning);
});

// safety first: a disclosure after a comma is never cut away
test('a line naming harm or dying is kept whole', () => {
  for (const line of [
    'work has been awful lately and honestly some nights I want to kill myself',
    "it's been a long year, sometimes I think everyone would be better off if I was dead",
    'my dad had emphysema at the end, he was dying for two years and I still smoke',
  ])
    assert.equal(firstClause(line), line);
});

test('a brief person keeps the card valid and only ever shortens its lines', () => {
  for (const persona of smokers) {
    const brief = briefPerson(persona);
    assert.doesNotThrow(() => personaSchema.parse(brief), persona.id);
    brief.beats.forEach((beat, index) => {
      assert.ok(persona.beats[index].say.startsWith(beat.say), beat.say);
    });
  }
  // some people of a kind are brief, most are not
  const rounds = smokers.flatMap((persona) => [1, 2, 3, 4, 5].map((round) => sessionPerson(persona, round)));
  const brief = rounds.filter((person, index) => {
    const card = smokers[Math.floor(index / 5)];
    return (
      person.story.join() !== card.story.join() ||
      person.beats.some((beat, at) => beat.say !== card.beats[at].say)
    );
  });
  assert.ok(
    brief.length > rounds.length * 0.2 && brief.length < rounds.length * 0.6,
    `${brief.length}/${rounds.length}`,
  );
});
