import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QUICK_APOSTROPHE } from './chat-voice.ts';
import { loadPersonaDirectory } from './load-persona.ts';
import { habitsOf } from './personal-habits.ts';
import { readTherapistText } from './read-therapist-behaviour.ts';
import { SimulatedClient } from './simulated-client.ts';

const personas = loadPersonaDirectory();
const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;
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
        // (a quick reply of three words at most may go without the capital, as real people's do)
        else if (wordsIn(turn) > 3) assert.match(turn, /^[^\p{Ll}]/u, `${persona.id}: "${turn}"`);
        // (the quick contractions only: "I've" and "mum's" keep theirs, as careless typists' do)
        if (habits.dropsApostrophes)
          assert.doesNotMatch(turn, /\b(?:\w+n't|I'm|it's|that's)\b/i, `${persona.id}: "${turn}"`);
        else
          assert.doesNotMatch(turn, /\b(?:cant|dont|im|ive|didnt|isnt|thats)\b/i, `${persona.id}: "${turn}"`);
      }
    }
  }
});

// (real people's end stops shade with length — MIBot v6.3A dev half: 9% of quick replies, 58% of long
// messages — so the habit holds on a single-sentence message of four words or more)
test('a person ends their single-sentence messages the same way all session', () => {
  for (const persona of personas) {
    const habits = habitsOf(persona);
    for (const seed of [1, 2, 3, 4]) {
      for (const turn of turnsOf(persona, seed)) {
        if (/[?)…]$|\p{Extended_Pictographic}$|[:;][()/]$|\b(lol|haha)$/u.test(turn)) continue;
        if (wordsIn(turn) <= 3 || /[.!?]\s+\S/u.test(turn)) continue;
        assert.equal(/[.!]$/.test(turn), habits.endsWithStop, `${persona.id}: "${turn}"`);
      }
    }
  }
});

test('quick replies and long messages shade case and end stop by length, as real people type', () => {
  let quickWithoutStop = 0;
  let quickFromStopTypers = 0;
  let longWithStop = 0;
  let longFromOthers = 0;
  for (const persona of personas) {
    const habits = habitsOf(persona);
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      for (const turn of turnsOf(persona, seed)) {
        if (/[?)…]$|\p{Extended_Pictographic}$|[:;][()/]$|\b(lol|haha)$/u.test(turn)) continue;
        if (habits.endsWithStop && wordsIn(turn) <= 3) {
          quickFromStopTypers += 1;
          if (!/[.!]$/.test(turn)) quickWithoutStop += 1;
        }
        if (!habits.endsWithStop && /[.!?]\s+\S/u.test(turn)) {
          longFromOthers += 1;
          if (/[.!]$/.test(turn)) longWithStop += 1;
        }
      }
    }
  }
  assert.ok(quickFromStopTypers > 10 && longFromOthers > 10, 'enough quick and long turns to judge');
  assert.ok(quickWithoutStop > 0, 'a quick reply from a stop-typer sometimes goes without the stop');
  assert.ok(longWithStop > 0, 'a long message from someone who leaves stops off sometimes ends with one');
});

// (the lead's rater: every apostrophe of a turn gone read as a device; people drop the ones they type most)
test('a careless typist drops the quick apostrophes and keeps the rest', () => {
  const typed = "That's the thing, I can't sleep and I've tried, it's my sister's idea".replace(
    QUICK_APOSTROPHE,
    '$1',
  );
  assert.equal(typed, "Thats the thing, I cant sleep and I've tried, its my sister's idea");
  assert.equal("I'm not sure they're right".replace(QUICK_APOSTROPHE, '$1'), "Im not sure they're right");
});
