import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseWords, type TurnSituation } from './choose-words.ts';
import { SaidLines } from './client-content.ts';
import { initialState } from './client-state.ts';
import { loadPersonaDirectory } from './load-persona.ts';
import { MACHINE_DOUBT, machineDoubts, reasonedLines } from './machine-doubt.ts';
import { createRandom } from './prng.ts';
import { readTherapistText } from './read-therapist-behaviour.ts';
import { SimulatedClient } from './simulated-client.ts';
import { situationFixture } from './testing/situation-fixture.ts';

const doubters = loadPersonaDirectory().filter((persona) => machineDoubts(persona.asks).length > 0);

function play(persona: (typeof doubters)[number], seed: number, script: (index: number) => string): string[] {
  const client = new SimulatedClient(persona, { seed, read: readTherapistText });
  const turns: string[] = [];
  for (let index = 0; index < 12; index++) {
    client.hearReply(script(index), index * 30_000);
    const said = client.speak(index * 30_000 + client.planAttempt() + 5000);
    turns.push(said.text);
    if (said.end) break;
  }
  return turns;
}

const VARIED = [
  'What brings you here today?',
  'Tell me a bit more about that.',
  'What has that been like?',
  'What else is going on for you?',
];

test('doubts about the machine are held back until the therapist gives a reason', () => {
  assert.deepEqual(reasonedLines(['are you a bot?', 'is that normal?'], false), ['is that normal?']);
  assert.ok(doubters.length >= 2, 'the sceptics carry a doubt about the machine');
  // (before three missed turns or a repeat there is no reason: the first three turns never doubt)
  for (const persona of doubters)
    for (let seed = 1; seed <= 20; seed++) {
      const turns = play(persona, seed, (index) => VARIED[index % VARIED.length]);
      for (const turn of turns.slice(0, 3))
        assert.doesNotMatch(turn, MACHINE_DOUBT, `${persona.id}: "${turn}"`);
    }
});

test('a therapist that says the same thing every turn is asked whether it is a bot', () => {
  let asked = 0;
  for (const persona of doubters)
    for (let seed = 1; seed <= 20; seed++)
      if (
        play(persona, seed, () => 'Have you tried making a to-do list?').some((turn) =>
          MACHINE_DOUBT.test(turn),
        )
      )
        asked += 1;
  assert.ok(asked >= 5, `${asked} sessions asked`);
});

test('a doubt about the machine answers a turn that invites it, not a fitting question after', () => {
  // (the rater, round 7: "Is anyone actually reading this?" after an ordinary question looked slotted in)
  const doubts = (felt: TurnSituation['felt']) => {
    let said = 0;
    for (const persona of doubters)
      for (let seed = 1; seed <= 150; seed++) {
        const lines = new SaidLines();
        lines.storyIndex = persona.story.length;
        const situation = situationFixture(persona, {
          turn: 6,
          state: { ...initialState(persona), heard: 1 },
          felt,
          unheardStreak: felt === 'unheard' ? 2 : 0,
          missedOften: true,
          shortStreak: 0,
          askedOpen: true,
          heard: 'What was the hardest part of it?',
        });
        if (MACHINE_DOUBT.test(chooseWords(situation, persona, lines, createRandom(seed)).text)) said += 1;
      }
    return said;
  };
  assert.ok(doubts('unheard') >= 20, `missed, they doubt: ${doubts('unheard')}`);
  assert.equal(doubts('neutral'), 0);
  assert.equal(doubts('heard'), 0);
});
