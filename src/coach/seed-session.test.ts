import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { ANSWERING_MOVES } from '../spec/move.ts';
import { readTranscriptFile } from '../transcript/index.ts';
import { understand } from '../understanding/index.ts';
import { replyToTranscript } from './replay.ts';

const SEED = new URL('../../../shared/reference/seed-session.txt', import.meta.url).pathname;
const skip = existsSync(SEED) ? false : `seed session not found at ${SEED}`;

test('every explicit request of every seed client turn is answered in the coach’s reply', {
  skip,
}, async () => {
  const turns = readTranscriptFile(SEED);
  const replies = await replyToTranscript(turns, { which: 'all', seed: 7 });
  assert.equal(replies.length, turns.filter((turn) => turn.role === 'client').length);
  let requests = 0;
  for (const reply of replies) {
    const asked = new Set(
      understand(turns[reply.turn].text).flatMap((item) => (item.kind === 'request' ? [item.type] : [])),
    );
    requests += asked.size;
    for (const type of asked)
      assert.ok(
        reply.moves.some((move) => ANSWERING_MOVES[type].includes(move.type)),
        `turn ${reply.turn}: '${type}' not answered by ${reply.moves.map((move) => move.type)}`,
      );
    assert.ok(reply.text.trim().length > 0, `turn ${reply.turn}: empty reply`);
    for (const nudge of reply.nudges)
      assert.ok(nudge.text.length > 0, `turn ${reply.turn}: nudge ${nudge.id} says nothing`);
  }
  assert.ok(requests >= 20, `only ${requests} requests read from the seed`);
});

test('the seed’s last turn gets the next tiniest step and a nudge that names fiddling', {
  skip,
}, async () => {
  const [reply] = await replyToTranscript(readTranscriptFile(SEED), { which: 'last', seed: 7 });
  const proposed = reply.moves.find((move) => move.type === 'propose-step' || move.type === 'shrink-step');
  assert.ok(proposed, `no step in ${reply.moves.map((move) => move.type)}`);
  const nudge = reply.moves.find((move) => move.type === 'schedule-nudge');
  assert.ok(nudge?.type === 'schedule-nudge');
  assert.match(nudge.cue, /fiddling/);
  assert.equal(reply.nudges.length, 1);
  assert.equal(reply.nudges[0].dueInMs, 60_000);
});
