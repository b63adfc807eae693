import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SaidLines, storyLines } from './client-content.ts';
import { loadPersonaDirectory } from './load-persona.ts';
import { habitsOf } from './personal-habits.ts';
import { createRandom } from './prng.ts';
import { saidBefore } from './said-before.ts';
import { situationFixture } from './testing/situation-fixture.ts';
import type { TurnWordsContext } from './turn-words-context.ts';

const personas = loadPersonaDirectory('personas/smoking');
const contextFor = (persona: (typeof personas)[number], heard: string, turn: number, told: number) => {
  const said = new SaidLines();
  said.storyIndex = told;
  return {
    situation: situationFixture(persona, { turn, askedOpen: true, heard }),
    persona,
    habits: habitsOf(persona),
    said,
    random: createRandom(turn),
  } satisfies TurnWordsContext;
};

test('asked again, some people point back to what they told rather than a fresh fact; some never do', () => {
  const pointers = personas.map((persona) =>
    Array.from({ length: 40 }, (_, turn) =>
      saidBefore(contextFor(persona, 'Fair enough. How does that affect your day?', turn + 3, 2)),
    ).filter((line): line is string => line !== undefined),
  );
  assert.ok(
    pointers.some((lines) => lines.length === 0),
    'some people never point back',
  );
  assert.ok(
    pointers.some((lines) => lines.length > 0),
    'some do',
  );
  personas.forEach((persona, index) => {
    const told = storyLines(persona)
      .slice(0, 2)
      .map((line) => line.toLowerCase());
    // what they point back to is something they said, never a fact not yet told
    for (const line of pointers[index])
      assert.ok(
        told.some((said) =>
          said.startsWith(
            line.toLowerCase().replace(/^(like i said |i guess |as i said )| like i said$/g, ''),
          ),
        ),
        line,
      );
  });
});

test('nothing to point back to before their story, nor without a question', () => {
  for (const persona of personas)
    for (let turn = 0; turn < 30; turn++) {
      assert.equal(saidBefore(contextFor(persona, 'What does smoking do for you?', turn, 1)), undefined);
      assert.equal(saidBefore(contextFor(persona, 'That sounds hard.', turn, 3)), undefined);
    }
});
