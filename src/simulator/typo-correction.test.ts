import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPersonaDirectory } from './load-persona.ts';
import { readTherapistText } from './read-therapist-behaviour.ts';
import { sessionPerson } from './session-person.ts';
import { SimulatedClient } from './simulated-client.ts';
import { slipBetween, typoCorrection } from './typo-correction.ts';

const personas = loadPersonaDirectory();
const questions = [
  'How are things with smoking this week?',
  'What would you like to talk about?',
  'What makes it hard to cut down?',
  'How does that affect your day?',
  'What would be different if you smoked less?',
  'Tell me more about that.',
];

function session(persona: (typeof personas)[number], seed: number): string[] {
  const client = new SimulatedClient(persona, { seed, read: readTherapistText });
  const turns: string[] = [];
  for (let index = 0; index < 14; index++) {
    client.hearReply(questions[index % questions.length], index * 30_000);
    const said = client.speak(index * 30_000 + client.planAttempt() + 5000);
    turns.push(said.text);
    if (said.end) break;
  }
  return turns;
}

test('the slip is the one word that differs; a missed space is not put right', () => {
  assert.deepEqual(slipBetween('i smoke when im bored', 'i smoke whwn im bored'), {
    typed: 'whwn',
    meant: 'when',
  });
  assert.equal(slipBetween('i smoke in the car', 'i smoke inthe car'), undefined);
  assert.equal(slipBetween('same', 'same'), undefined);
});

test('a correction only follows a message that still carries the slip', () => {
  const slip = { typed: 'whwn', meant: 'when' };
  for (const persona of personas)
    for (let turn = 0; turn < 30; turn++) {
      assert.equal(typoCorrection('yes', slip, persona, turn), undefined);
      assert.equal(typoCorrection('i smoke whwn im bored', undefined, persona, turn), undefined);
      const correction = typoCorrection('i smoke whwn im bored', slip, persona, turn);
      if (correction) assert.match(correction, /^\*when$|^when\*$/);
    }
});

test('in sessions, every starred word puts right a slip in the message before it, and some people do it', () => {
  let corrections = 0;
  for (const persona of personas)
    for (let seed = 1; seed <= 20; seed++) {
      const turns = session(sessionPerson(persona, seed), seed);
      turns.forEach((text, at) => {
        const star = /^\*([a-z']+)$|^([a-z']+)\*$/.exec(text);
        if (!star) return;
        corrections += 1;
        const meant = star[1] ?? star[2];
        const before = turns[at - 1] ?? '';
        assert.ok(
          !new RegExp(`\\b${meant}\\b`, 'i').test(before) || before.split(/\s+/).length > 1,
          `${persona.id}: "${text}" after "${before}"`,
        );
        assert.ok(at > 0, `${persona.id}: a correction opened the session`);
      });
    }
  console.log(`corrections: ${corrections}`);
  assert.ok(corrections > 0, 'no one put a slip right');
});
