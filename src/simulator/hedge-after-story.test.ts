import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseWords } from './choose-words.ts';
import { SaidLines } from './client-content.ts';
import { initialState } from './client-state.ts';
import { loadPersonaDirectory } from './load-persona.ts';
import { createRandom } from './prng.ts';
import { situationFixture } from './testing/situation-fixture.ts';

// A bare hedge after a paragraph of their own story ("…the HR lady called me Mark twice", then
// "Dunno") read to the round-8 blind rater as a scripted reluctant persona. It still comes when the
// state calls for it (shut down, not trusting, worn out), or before they have told anything at length.
const HEDGE =
  /^(dunno|idk|i dunno|i don'?t know|not sure|no idea|sort of|kind of|maybe|i guess|guess so|suppose|i suppose|suppose so|possibly|not really|could be)\W*$/i;

function hedges(longestTurn: number, trust: number): number {
  let count = 0;
  for (const persona of loadPersonaDirectory())
    for (let seed = 1; seed <= 30; seed++) {
      const said = new SaidLines();
      said.storyIndex = persona.story.length;
      said.longestTurn = longestTurn;
      const situation = situationFixture(persona, {
        turn: 5,
        state: { ...initialState(persona), heard: 2, trust, fatigue: 3 },
        shortStreak: 0,
        askedClosed: true,
        heard: 'Is it the letters themselves?',
      });
      if (HEDGE.test(chooseWords(situation, persona, said, createRandom(seed)).text.trim())) count += 1;
    }
  return count;
}

test('a bare hedge waits for a state that calls for it once they have told their story at length', () => {
  const before = hedges(0, 5);
  assert.ok(before >= 10, `before any long message: ${before} hedges`);
  // (a "maybe" answering a yes/no question still comes: that is an answer, not a deflection)
  const after = hedges(30, 5);
  assert.ok(after <= before / 3, `after a long message ${after}, before ${before}`);
  assert.ok(hedges(30, 2) >= 5, `not trusting, they still hedge: ${hedges(30, 2)}`);
});
