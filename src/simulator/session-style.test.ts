import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPersonaDirectory } from './load-persona.ts';
import { habitsOf } from './personal-habits.ts';
import { readTherapistText } from './read-therapist-behaviour.ts';
import { SimulatedClient } from './simulated-client.ts';

const personas = loadPersonaDirectory();
const SCRIPT = [
  'What brings you here today?',
  'That sounds hard. Tell me more.',
  'What would you like to be different?',
  'You could make a list and do the first thing on it.',
  'What else is going on?',
  'How has that been for you?',
  'Try setting a timer for five minutes.',
  'What do you make of that?',
];

/** Client turns with the card's own goodbye left out (typed as the card wrote it). */
function turnsOf(persona: (typeof personas)[number], seed: number): string[] {
  const client = new SimulatedClient(persona, { seed, read: readTherapistText });
  const turns: string[] = [];
  for (const [index, line] of SCRIPT.entries()) {
    client.hearReply(line, index * 30_000);
    const said = client.speak(index * 30_000 + client.planAttempt() + 5000);
    if (said.end) break;
    turns.push(said.text);
  }
  return turns;
}

// a blind rater spotted one capitalised turn among lower-case ones as a second writer
test("a person's case and apostrophes hold on every turn of a session", () => {
  for (const persona of personas) {
    const habits = habitsOf(persona);
    for (const seed of [1, 2, 3, 4]) {
      for (const turn of turnsOf(persona, seed)) {
        if (habits.casing === 'lower') assert.equal(turn, turn.toLowerCase(), `${persona.id}: "${turn}"`);
        else assert.match(turn, /^[^\p{Ll}]/u, `${persona.id}: "${turn}"`);
        if (habits.dropsApostrophes) assert.doesNotMatch(turn, /\w'\w/, `${persona.id}: "${turn}"`);
        else
          assert.doesNotMatch(turn, /\b(?:cant|dont|im|ive|didnt|isnt|thats)\b/i, `${persona.id}: "${turn}"`);
      }
    }
  }
});

test('a person ends their messages the same way all session', () => {
  for (const persona of personas) {
    const habits = habitsOf(persona);
    for (const seed of [1, 2, 3, 4]) {
      for (const turn of turnsOf(persona, seed)) {
        if (/[?)…]$|\p{Extended_Pictographic}$|[:;][()/]$|\b(lol|haha)$/u.test(turn)) continue;
        assert.equal(/[.!]$/.test(turn), habits.endsWithStop, `${persona.id}: "${turn}"`);
      }
    }
  }
});
