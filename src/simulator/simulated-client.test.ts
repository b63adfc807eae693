import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTherapistTurn } from '../evaluator/therapist-turn.ts';
import { normalizeSentence, splitSentences } from '../text/sentences.ts';
import { understand } from '../understanding/index.ts';
import { successChance } from './client-state.ts';
import { loadPersona, loadPersonaDirectory } from './load-persona.ts';
import type { Persona } from './persona-schema.ts';
import { SimulatedClient } from './simulated-client.ts';

const seedClient = loadPersona('seed-client');

function clientFor(persona: Persona = seedClient, seed = 1): SimulatedClient {
  return new SimulatedClient(persona, { seed, read: readTherapistTurn });
}

/** Hears one reply, acts on it, speaks: one exchange as the runner plays it. */
function exchange(client: SimulatedClient, therapistText: string, now = 0) {
  client.hearReply(therapistText, now);
  const attemptMs = client.planAttempt();
  return { attemptMs, turn: client.speak(now + attemptMs + 5000) };
}

const SCRIPT = [
  'What brings you here today?',
  'That sounds really hard.',
  'Open the file and read the first line.',
  'How did that feel?',
  'Type one word into the document.',
  'What do you notice in your body?',
  'Tell me more about that.',
];

test('never repeats one of its own sentences, for every shipped persona over 25 turns', () => {
  for (const persona of loadPersonaDirectory()) {
    const client = clientFor(persona, 11);
    const said = new Set<string>();
    for (let index = 0; index < 25; index++) {
      const { turn } = exchange(client, `${SCRIPT[index % SCRIPT.length]} (${index})`, index * 60_000);
      for (const sentence of splitSentences(turn.text)) {
        const key = normalizeSentence(sentence);
        assert.ok(!said.has(key), `${persona.id} repeated "${sentence}"`);
        said.add(key);
      }
      if (turn.end) break;
    }
  }
});

test('the same seed gives the same words; another seed gives other words', () => {
  const play = (seed: number) => {
    const client = clientFor(seedClient, seed);
    return SCRIPT.map((line, index) => exchange(client, line, index * 30_000).turn.text).join('\n');
  };
  assert.equal(play(5), play(5));
  assert.notEqual(play(5), play(6));
});

test('asks for concreteness after a vague, abstract step', () => {
  const client = clientFor();
  exchange(client, 'Hello, what is on your mind?');
  const { turn } = exchange(client, 'Try to be with what is happening in the moment, and let it be.');
  assert.ok(turn.requests.includes('concrete'), turn.text);
});

test('asks for a smaller step, or refuses, when the step is too big', () => {
  for (const seed of [1, 2, 3, 4]) {
    const client = clientFor(seedClient, seed);
    exchange(client, 'Hello, what is on your mind?');
    const { turn, attemptMs } = exchange(client, 'Write the whole report for the next two hours.');
    assert.ok(attemptMs < 60_000, 'it does not spend two hours on it');
    assert.ok(turn.requests.includes('smaller') || /too (much|big)/i.test(turn.text), turn.text);
  }
});

test('tries a small concrete step and reports on it', () => {
  let done = 0;
  for (let seed = 1; seed <= 20; seed++) {
    const client = clientFor(seedClient, seed);
    exchange(client, 'Hello, what is on your mind?');
    const { attemptMs } = exchange(client, 'Open the file and look at the first line for five seconds.');
    if (attemptMs > 0) done += client.summary().completedSteps;
  }
  assert.ok(done >= 5, `only ${done} of 20 clients completed a five-second step`);
});

test('success falls with the size of the step and with distress', () => {
  const calm = { distress: 2, fatigue: 3, trust: 5, willingness: 5, frustration: 0 };
  const upset = { ...calm, distress: 9 };
  assert.ok(successChance(seedClient, calm, 10) > successChance(seedClient, calm, 200));
  assert.ok(successChance(seedClient, calm, 10) > successChance(seedClient, upset, 10));
});

test('repeats an ignored request, more urgently, and gets more frustrated', () => {
  const client = clientFor({ ...seedClient, propensities: { ...seedClient.propensities, concrete: 1 } });
  const first = exchange(client, 'What is on your mind?').turn;
  assert.ok(first.requests.includes('concrete'));
  const second = exchange(client, 'I see.').turn;
  assert.ok(second.requests.includes('concrete'), second.text);
  assert.match(second.text, /asked|again|please/i);
  assert.ok(second.state.frustration > first.state.frustration);
});

test('calls out a repeated therapist sentence', () => {
  const client = clientFor();
  exchange(client, "You're really close to something important here.");
  const { turn } = exchange(client, "You're really close to something important here.");
  assert.match(turn.text, /said that|repeating|heard that|same thing/i);
});

test('a nudge on time raises trust; a promise broken lowers it', () => {
  const kept = clientFor();
  kept.hearReply("I'll remind you in 30 seconds.", 0);
  const before = kept.state.trust;
  kept.hearNudge('Time to look at the file.', 30_000);
  assert.ok(kept.state.trust > before);

  const broken = clientFor();
  broken.hearReply("I'll remind you in 30 seconds.", 0);
  const trustBefore = broken.state.trust;
  const turn = broken.speak(120_000);
  assert.ok(turn.state.trust < trustBefore);
  assert.match(turn.text, /remind|nudge/i);
});

test('drops out when frustration passes the threshold', () => {
  const client = clientFor({ ...seedClient, dropoutFrustration: 3 });
  let end: string | undefined;
  for (let index = 0; index < 25 && !end; index++)
    end = exchange(client, `I see (${index}).`, index * 10_000).turn.end;
  assert.equal(end, 'dropout');
  assert.equal(client.summary().dropout, true);
});

test('discloses risk at the turn the card says', () => {
  const persona = loadPersona('risk-disclosure');
  const event = persona.events.find((candidate) => candidate.kind === 'risk-disclosure');
  assert.ok(event);
  const client = clientFor(persona);
  const texts: string[] = [];
  for (let index = 0; index < event.turn; index++)
    texts.push(exchange(client, `How are you doing? (${index})`).turn.text);
  assert.match(texts[event.turn - 1], /alive|ending it|hurt/i);
});

test('fatigue grows over the session', () => {
  const client = clientFor();
  const first = exchange(client, 'What is on your mind?').turn.state.fatigue;
  const later = exchange(client, 'Tell me about it.').turn.state.fatigue;
  assert.ok(later > first);
});

test('holds the therapist only to requests it put into words, even when its phrasings run out', () => {
  for (const persona of loadPersonaDirectory()) {
    const client = clientFor(persona, 3);
    for (let index = 0; index < 25; index++) {
      // a small concrete step every time, so "what's next?" and "why?" come up again and again
      const { turn } = exchange(client, `Open the file and read line ${index + 1}.`, index * 60_000);
      const heard = new Set(
        understand(turn.text).flatMap((observation) =>
          observation.kind === 'request' ? [observation.type] : [],
        ),
      );
      for (const type of turn.requests)
        assert.ok(heard.has(type), `${persona.id} turn ${index + 1} holds a "${type}" request it never said`);
      if (turn.end) break;
    }
  }
});
