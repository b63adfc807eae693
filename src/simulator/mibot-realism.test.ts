import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadPersonaDirectory, PERSONAS_DIR } from './load-persona.ts';
import {
  clientTurns,
  EXCERPT_SHAPE,
  excerptWindow,
  type MibotConversation,
  mibotHalf,
  parseMibotLines,
  splitMibot,
} from './mibot-realism.ts';
import { turnStatistics } from './mibot-turn-statistics.ts';
import { createRandom } from './prng.ts';

const conversation: MibotConversation = {
  id: 'c1',
  utterances: [
    { speaker: 'therapist', text: 'Hello!' },
    { speaker: 'therapist', text: 'How are you today?' },
    { speaker: 'client', text: 'fine' },
    { speaker: 'therapist', text: 'What brings you here?' },
    { speaker: 'client', text: "I've tried quitting," },
    { speaker: 'client', text: 'but it never sticks.' },
    { speaker: 'therapist', text: 'That sounds hard.' },
  ],
};

test('a client turn is the utterances between two counsellor turns, with the turn it answers', () => {
  assert.deepEqual(clientTurns(conversation), [
    { text: 'fine', after: 'Hello! How are you today?' },
    { text: "I've tried quitting, but it never sticks.", after: 'What brings you here?' },
  ]);
});

test('the split is seeded, halves the ids, overlaps nowhere and ignores the file order', () => {
  const ids = Array.from({ length: 11 }, (_, index) => `id${index}`);
  const split = splitMibot(ids, 5);
  assert.equal(split.dev.length, 6);
  assert.equal(split['held-out'].length, 5);
  assert.deepEqual([...split.dev, ...split['held-out']].sort(), [...ids].sort());
  assert.deepEqual(splitMibot([...ids].reverse(), 5), split);
  assert.notDeepEqual(splitMibot(ids, 6), split);
});

test('the shipped MIBot file splits 53 / 53 and each half is read by id', () => {
  const path = join(PERSONAS_DIR, '../data/third-party/mibot-v6.3a/utterances.jsonl');
  const all = parseMibotLines(readFileSync(path, 'utf8'));
  const dev = mibotHalf(all, 'dev');
  const heldOut = mibotHalf(all, 'held-out');
  assert.equal(dev.length + heldOut.length, all.length);
  assert.ok(Math.abs(dev.length - heldOut.length) <= 1);
  const devIds = new Set(dev.map((item) => item.id));
  assert.ok(heldOut.every((item) => !devIds.has(item.id)));
});

test('an excerpt is 5–8 consecutive turns from one of the first four, or none when too short', () => {
  const turns = Array.from({ length: 20 }, (_, index) => `t${index}`);
  for (let seed = 1; seed < 60; seed += 1) {
    const window = excerptWindow(turns, createRandom(seed)) ?? [];
    assert.ok(window.length >= EXCERPT_SHAPE.shortest && window.length <= EXCERPT_SHAPE.longest);
    const start = turns.indexOf(window[0]);
    assert.ok(start <= EXCERPT_SHAPE.latestStart);
    assert.deepEqual(window, turns.slice(start, start + window.length));
  }
  assert.equal(excerptWindow(turns.slice(0, 4), createRandom(1)), undefined);
});

test('turn statistics count what the counsellor turn before invites and what the client takes up', () => {
  const statistics = turnStatistics(clientTurns(conversation));
  assert.equal(statistics.turns, 2);
  assert.equal(statistics.afterQuestion, 1);
  assert.equal(statistics.oneWord, 0.5);
  assert.equal(statistics.lowercase, 0.5);
  assert.equal(statistics.namesTopic, 0.5);
});

test('every smoking card (the simulated side of the MIBot check) loads', () => {
  const cards = loadPersonaDirectory(join(PERSONAS_DIR, 'smoking'));
  assert.ok(cards.length >= 10);
  assert.equal(new Set(cards.map((card) => card.id)).size, cards.length);
});
