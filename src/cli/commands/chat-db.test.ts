import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const BIN = new URL('../../../bin/tinystep', import.meta.url).pathname;
type Line = { sessionId: string; text: string; nudge: boolean; at: number };

function readLines(child: ChildProcessWithoutNullStreams, count: number, timeoutMs: number): Promise<Line[]> {
  return new Promise((resolve, reject) => {
    const lines: Line[] = [];
    let buffer = '';
    const timer = setTimeout(
      () => reject(new Error(`only ${lines.length} of ${count} lines arrived`)),
      timeoutMs,
    );
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      for (let newline = buffer.indexOf('\n'); newline >= 0; newline = buffer.indexOf('\n')) {
        lines.push(JSON.parse(buffer.slice(0, newline)));
        buffer = buffer.slice(newline + 1);
        if (lines.length === count) {
          clearTimeout(timer);
          resolve(lines);
        }
      }
    });
  });
}

test('chat --db: a session killed with SIGKILL resumes with every turn, and its nudge fires exactly once', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'tinystep-chat-db-')), 'chat.db');
  const child = spawn(BIN, ['chat', '--json', '--db', db, '--seed', '11'], { stdio: 'pipe' });
  child.stdin.write('I keep avoiding one email to my landlord\n');
  child.stdin.write('nudge me in 2 seconds\n');
  const before = await readLines(child, 3, 20_000);
  child.kill('SIGKILL');
  await new Promise((done) => child.on('exit', done));
  const sessionId = before[0].sessionId;
  await new Promise((done) => setTimeout(done, 2_500));

  const resumed = spawnSync(BIN, ['chat', '--json', '--db', db, '--resume', sessionId, '--wait'], {
    input: '',
    encoding: 'utf8',
    timeout: 20_000,
  });
  assert.equal(resumed.status, 0, resumed.stderr);
  const after: Line[] = resumed.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const nudges = after.filter((line) => line.nudge);
  assert.equal(nudges.length, 1, 'the overdue nudge fires once on resume');
  assert.ok(nudges[0].at >= before[2].at + 2_000, 'and not before it was due');

  const again = spawnSync(BIN, ['chat', '--json', '--db', db, '--resume', sessionId], {
    input: '',
    encoding: 'utf8',
    timeout: 20_000,
  });
  assert.equal(again.status, 0, again.stderr);
  assert.equal(
    again.stdout.split('\n').filter((line) => line.includes('"nudge":true')).length,
    0,
    'never twice',
  );
});

test('chat --resume with an unknown id is a clear error, exit 2', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'tinystep-chat-db-')), 'chat.db');
  const result = spawnSync(BIN, ['chat', '--json', '--db', db, '--resume', 'nope'], {
    input: '',
    encoding: 'utf8',
  });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /^tinystep: /);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
});
