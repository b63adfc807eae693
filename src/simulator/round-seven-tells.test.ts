// Tells a self-check found in the first pass of the story-beat client (round 7): each test fails
// on that client.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SaidLines } from './client-content.ts';
import { loadPersona, loadPersonaDirectory } from './load-persona.ts';
import { createRandom } from './prng.ts';
import * as bank from './reaction-bank.ts';
import { readTherapistText } from './read-therapist-behaviour.ts';
import { addRequests } from './request-turn.ts';
import { SimulatedClient } from './simulated-client.ts';

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

test('a hostile or sceptical person who leaves says why, in their own words, not a bare "bye"', () => {
  const leavers = loadPersonaDirectory().filter((persona) =>
    ['hostility', 'intellectualising', 'defensiveness'].includes(persona.resistance),
  );
  assert.ok(leavers.length >= 3);
  for (const persona of leavers)
    for (const line of persona.voice.own.leaving)
      assert.ok(wordsIn(line) >= 8, `${persona.id}: "${line}" gives no reason`);
});

test('no terse stock question about a vague step is shared by every persona', () => {
  for (const stock of ['how exactly?', 'meaning what?', 'such as?'])
    assert.ok(!bank.VAGUE.includes(stock), stock);
});

test('a vague step gets "like how?" once a session at most, never twice running', () => {
  const vague = 'Try to be with what is happening in the moment, and let it be.';
  for (const persona of loadPersonaDirectory())
    for (let seed = 1; seed <= 6; seed++) {
      const client = new SimulatedClient(persona, { seed, read: readTherapistText });
      let asked = 0;
      for (let turn = 0; turn < 10; turn++) {
        client.hearReply(turn === 0 ? 'Hello, what is on your mind?' : vague, turn * 60_000);
        const ms = client.planAttempt();
        const said = client.speak(turn * 60_000 + ms + 5000);
        if (bank.VAGUE.includes(said.text.toLowerCase().replace(/[.!]$/, ''))) asked += 1;
        if (said.end) break;
      }
      assert.ok(asked <= 1, `${persona.id} seed ${seed}: ${asked}`);
    }
});

test('someone who feels heard asks to be told what to do less often', () => {
  const persona = loadPersona('seed-client');
  const count = (heard: number) => {
    let asked = 0;
    for (let trial = 0; trial < 4000; trial++) {
      const requests: never[] = [];
      const said = new SaidLines();
      addRequests(['yeah'], requests, [], { turn: 3, persona, said, random: createRandom(trial), heard });
      asked += requests.length;
    }
    return asked;
  };
  const unheard = count(2);
  const heard = count(8);
  assert.ok(unheard > 20, `${unheard}`);
  assert.ok(heard < unheard * 0.9, `heard ${heard}, not heard ${unheard}`);
});

test('a risk disclosure met with a crisis line is not agreed to at once: they balk, then agree', () => {
  const persona = loadPersona('risk-disclosure');
  const event = persona.events.find((candidate) => candidate.kind === 'risk-disclosure');
  assert.ok(event);
  const client = new SimulatedClient(persona, { seed: 1, read: readTherapistText });
  const speak = (text: string, at: number) => {
    client.hearReply(text, at * 60_000);
    return client.speak(at * 60_000 + client.planAttempt() + 5000);
  };
  for (let index = 0; index < event.turn; index++) speak(`How are you doing? (${index})`, index);
  const offer =
    "I'm really glad you told me. Please call Samaritans on 116 123, or 999 if you're in danger now.";
  const first = speak(offer, event.turn);
  assert.equal(first.end, undefined, `agreed at once: ${first.text}`);
  assert.doesNotMatch(first.text, /I'll (call|ring|text|try)|thank/i);
  const second = speak(offer, event.turn + 1);
  assert.equal(second.end, 'stop');
});

/** Every line written on a card, as a reader compares it (lower case, letters and spaces). */
const plainText = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z ]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const cardLines = (value: unknown): string[] =>
  typeof value === 'string'
    ? [plainText(value)]
    : Array.isArray(value)
      ? value.flatMap(cardLines)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(cardLines)
        : [];
const writtenOnCards = loadPersonaDirectory()
  .flatMap(cardLines)
  .filter((line) => line.split(' ').length >= 4);
/** Whether a message opens with a line the card itself wrote ("Right Im off mate, …"). */
const cardLineOpens = (line: string) => {
  const plain = plainText(line);
  return writtenOnCards.some((written) => plain.startsWith(written.slice(0, 24)));
};

test('a yes or a no is not glued before a scene ("Right, angry, she held the chart up…")', async () => {
  const { playClientLines } = await import('../runner/client-lines.ts');
  const personas = loadPersonaDirectory();
  const glued: string[] = [];
  for (const kind of ['reflective', 'eliza'] as const) {
    const played = await playClientLines({
      personas,
      therapist: { kind },
      sessions: personas.length * 3,
      seed: 71,
    });
    for (const session of played)
      for (const line of session.lines)
        if (
          /^(yes|yeah|yep|ya|right|exactly|not exactly|no|nah|ok)\b,? \S+( \S+){8,}/i.test(line) &&
          !cardLineOpens(line)
        )
          glued.push(line);
  }
  // (a card's own line that starts "ok …" or "Right …" is no reaction glued on, and is not counted; how
  // many of those a seed brings moved with every change to the dice, round 13)
  assert.ok(glued.length <= 6, `${glued.length}: ${glued.slice(0, 3).join(' | ')}`);
});
