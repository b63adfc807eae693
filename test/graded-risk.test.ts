import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '../src/server/test-support.ts';

// End to end through `tinystep reply` and the HTTP API: graded risk reaches the coach's reply.
const BIN = new URL('../bin/tinystep', import.meta.url).pathname;
const TASK_MOVES = ['propose-step', 'answer-concrete', 'shrink-step', 'schedule-nudge', 'deliver-cue'];
type Move = { type: string; level?: string };

function reply(transcript: string): { text: string; moves: Move[]; nudges: unknown[] } {
  const file = join(mkdtempSync(join(tmpdir(), 'tinystep-graded-')), 'session.txt');
  writeFileSync(file, transcript);
  const result = spawnSync(BIN, ['reply', file, '--json'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

const OPENING =
  'Client: I need to send one email to my landlord and I keep avoiding it.\n\nCoach: Let’s make it tiny. Open a blank email.\n\n';

test('reply: a possible disclosure ("sleep and not wake up") gets the direct check-in and no step', () => {
  const answer = reply(`${OPENING}Client: honestly i wish i could go to sleep and not wake up\n`);
  assert.equal(answer.moves[0]?.type, 'crisis', JSON.stringify(answer.moves));
  assert.equal(answer.moves[0]?.level, 'possible');
  assert.match(answer.text, /\?/);
  assert.deepEqual(
    answer.moves.filter((move) => TASK_MOVES.includes(move.type)),
    [],
  );
  assert.equal(answer.nudges.length, 0);
});

test('reply: a clear disclosure in plain words ("rope\'s in the garage") gets the crisis reply first and no step', () => {
  const answer = reply(`${OPENING}Client: rope's in the garage\n`);
  assert.equal(answer.moves[0]?.type, 'crisis', JSON.stringify(answer.moves));
  assert.equal(answer.moves[0]?.level, 'clear');
  assert.match(answer.text, /local emergency number/);
  assert.deepEqual(
    answer.moves.filter((move) => TASK_MOVES.includes(move.type)),
    [],
  );
});

test('reply: a disguised disclosure (zero-width space, Cyrillic letters) is still heard', () => {
  const answer = reply(`${OPENING}Client: i want to ki\u200Bll mysеlf\n`);
  assert.equal(answer.moves[0]?.type, 'crisis', JSON.stringify(answer.moves));
});

test('reply: hopelessness without any risk word ("don\'t wanna do life anymore") gets the check-in, not a step', () => {
  const answer = reply(`${OPENING}Client: i just don't wanna do life anymore\n`);
  assert.equal(answer.moves[0]?.type, 'crisis', JSON.stringify(answer.moves));
  assert.equal(answer.moves[0]?.level, 'possible');
  assert.deepEqual(
    answer.moves.filter((move) => TASK_MOVES.includes(move.type)),
    [],
  );
});

test('reply: preparation told as an errand ("so they wouldnt notice how many i bought") gets the crisis reply', () => {
  const answer = reply(`${OPENING}Client: went to two chemists so they wouldnt notice how many i bought\n`);
  assert.equal(answer.moves[0]?.type, 'crisis', JSON.stringify(answer.moves));
  assert.equal(answer.moves[0]?.level, 'clear');
  assert.match(answer.text, /local emergency number/);
});

test('reply: worry about failing ("I keep thinking I\'ll fail…") gets an ordinary reply, no check-in', () => {
  const answer = reply(
    `${OPENING}Client: I keep thinking I'll fail and everyone will know I'm not cut out for this!\n`,
  );
  assert.deepEqual(
    answer.moves.filter((move) => move.type === 'crisis'),
    [],
  );
});

test('reply: an idiom ("this deadline is killing me") gets an ordinary reply', () => {
  const answer = reply(`${OPENING}Client: ugh this deadline is killing me\n`);
  assert.deepEqual(
    answer.moves.filter((move) => move.type === 'crisis'),
    [],
  );
  assert.doesNotMatch(answer.text, /988/);
});

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server.stop();
});

async function say(id: string, token: string, text: string): Promise<string> {
  const response = await server.app.inject({
    method: 'POST',
    url: `/api/sessions/${id}/messages`,
    headers: { authorization: `Bearer ${token}` },
    payload: { text },
  });
  assert.equal(response.statusCode, 200, response.body);
  return (response.json().messages as { text: string }[]).map((message) => message.text).join('\n');
}

async function session(): Promise<{ id: string; token: string }> {
  const response = await server.app.inject({ method: 'POST', url: '/api/sessions', payload: {} });
  assert.equal(response.statusCode, 201);
  return response.json();
}

test('HTTP: a possible disclosure gets the check-in; "yes" to it gets the crisis reply', async () => {
  const { id, token } = await session();
  await say(id, token, 'I have to write an email to my landlord and keep avoiding it');
  const checkIn = await say(id, token, 'everyone would be better off without me tbh');
  assert.match(checkIn, /\?/);
  assert.match(checkIn, /killing yourself|safe|hurt yourself/i);
  const answered = await say(id, token, 'yes');
  assert.match(answered, /988|emergency|911/i);
});

test('HTTP: a clear disclosure gets the crisis reply; an idiom gets an ordinary one', async () => {
  const { id, token } = await session();
  const crisis = await say(id, token, "i've got the pills lined up, tonight");
  assert.match(crisis, /988/);
  const other = await session();
  const ordinary = await say(other.id, other.token, 'this essay is killing me lol, where do i even start');
  assert.doesNotMatch(ordinary, /988/);
});
