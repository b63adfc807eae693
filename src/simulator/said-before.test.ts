import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SaidLines, storyLines } from './client-content.ts';
import { loadPersonaDirectory } from './load-persona.ts';
import { habitsOf } from './personal-habits.ts';
import { createRandom } from './prng.ts';
import { FRAMES, saidBefore } from './said-before.ts';
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
        told.some((said) => said.startsWith(line.toLowerCase().replace(/^(i guess |mostly )| really$/g, ''))),
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

// (round 16 dev sample: "I guess I have smoked since I was sixteen." and "I guess my breathing is not good
// any more." in one excerpt, the same frame twice, read as a habit)
test('in one session each thing is pointed back to once, and each frame is used once', () => {
  for (const persona of personas) {
    const said = new SaidLines();
    said.storyIndex = storyLines(persona).length;
    const lines: string[] = [];
    for (let turn = 3; turn < 60; turn++) {
      const context = { ...contextFor(persona, `Say more about that ${turn}?`, turn, 0), said };
      const line = saidBefore(context);
      if (line) lines.push(line);
    }
    // (a bare thing said again may come twice: a frame whose word the thing holds already is left off)
    const frames = lines.map((line) => /^i guess/.exec(line)?.[0]).filter(Boolean);
    assert.equal(new Set(frames).size, frames.length, `${persona.id}: ${lines.join(' | ')}`);
    assert.ok(lines.length <= 4, `${persona.id}: ${lines.length}`);
  }
});

// (none of MIBot's 2,420 real client turns says "like i said": round 17's dev rater read the loop as a tell)
test('what they say again is not flagged as said before', () => {
  for (const frame of FRAMES) assert.doesNotMatch(frame, /\b(said|told|mentioned)\b/);
  for (const persona of personas)
    for (let turn = 4; turn < 40; turn++) {
      const line = saidBefore(contextFor(persona, `So what gets in the way, ${turn}?`, turn, 3));
      if (line) assert.doesNotMatch(line, /\b(like|as) i said\b/, line);
    }
});
