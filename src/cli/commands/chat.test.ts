import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const BIN = new URL('../../../bin/tinystep', import.meta.url).pathname;

function run(args: string[], input: string[], holdMs: number): Promise<{ lines: string[]; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(BIN, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    for (const line of input) child.stdin.write(`${line}\n`);
    // stdin stays open a while, as a script driving the coach would keep it
    setTimeout(() => child.stdin.end(), holdMs);
    child.on('close', (code) => resolve({ lines: out.split('\n').filter(Boolean), code }));
  });
}

test('chat --json writes one JSON line per therapist message and a 1 s nudge arrives on the real clock', async () => {
  const started = Date.now();
  const { lines, code } = await run(['chat', '--json', '--seed', '5'], ['nudge me in 1 second'], 5000);
  assert.equal(code, 0);
  const messages = lines.map((line) => JSON.parse(line));
  assert.equal(messages[0].sessionId, 'chat-5');
  assert.ok(messages.every((message) => message.role === 'therapist' && typeof message.text === 'string'));
  const reply = messages[1];
  const nudges = messages.filter((message) => message.nudge === true);
  assert.equal(nudges.length, 1);
  const lateness = nudges[0].at - reply.at - 1000;
  assert.ok(lateness >= 0 && lateness < 500, `nudge ${lateness} ms off`);
  assert.ok(nudges[0].at < started + 10_000);
});

test('chat --json --wait keeps stdin’s end from dropping a pending nudge, and --save writes the transcript', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'tinystep-chat-'));
  const save = join(directory, 'session.txt');
  const { lines } = await run(['chat', '--json', '--wait', '--save', save], ['remind me in 2 seconds'], 0);
  const messages = lines.map((line) => JSON.parse(line));
  assert.equal(messages.filter((message) => message.nudge).length, 1);
  assert.match(messages.at(-1).text, /./);
  const transcript = readFileSync(save, 'utf8');
  assert.match(transcript, /Client: remind me in 2 seconds/);
  assert.match(transcript, /Coach \(nudge\):/);
});

test('chat --json without --wait closes at stdin’s end and the nudge never fires', async () => {
  const { lines } = await run(['chat', '--json'], ['remind me in 2 seconds'], 0);
  const messages = lines.map((line) => JSON.parse(line));
  assert.equal(messages.filter((message) => message.nudge).length, 0);
  assert.equal(messages.length, 3);
});
