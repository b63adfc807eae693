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
