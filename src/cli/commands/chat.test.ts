import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const BIN = new URL('../../../bin/tinystep', import.meta.url).pathname;

/** Runs the CLI with lines on stdin; stdin ends when `until` is satisfied by the output (or after 20 s). */
function run(
  args: string[],
  input: string[],
  until: (lines: string[]) => boolean = () => true,
): Promise<{ lines: string[]; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(BIN, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      child.stdin.end();
    };
    const guard = setTimeout(end, 20_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (until(out.split('\n').filter(Boolean))) end();
    });
    for (const line of input) child.stdin.write(`${line}\n`);
    if (until([])) end();
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ lines: out.split('\n').filter(Boolean), code });
    });
  });
}

test('chat --json writes one JSON line per therapist message and a 1 s nudge arrives on the real clock', async () => {
  // stdin stays open until the nudge has come, as a script driving the coach would keep it
  const { lines, code } = await run(['chat', '--json', '--seed', '5'], ['nudge me in 1 second'], (lines) =>
    lines.some((line) => line.includes('"nudge":true')),
  );
  assert.equal(code, 0);
  const messages = lines.map((line) => JSON.parse(line));
  assert.equal(messages[0].sessionId, 'chat-5');
  assert.ok(messages.every((message) => message.role === 'therapist' && typeof message.text === 'string'));
  const reply = messages[1];
  const nudges = messages.filter((message) => message.nudge === true);
  assert.equal(nudges.length, 1);
  const lateness = nudges[0].at - reply.at - 1000;
  assert.ok(lateness >= 0 && lateness < 500, `nudge ${lateness} ms off`);
});

test('chat --json --wait keeps stdin’s end from dropping a pending nudge, and --save writes the transcript', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'tinystep-chat-'));
  const save = join(directory, 'session.txt');
  const { lines } = await run(['chat', '--json', '--wait', '--save', save], ['remind me in 2 seconds']);
  const messages = lines.map((line) => JSON.parse(line));
  assert.equal(messages.filter((message) => message.nudge).length, 1);
  assert.match(messages.at(-1).text, /./);
  const transcript = readFileSync(save, 'utf8');
  assert.match(transcript, /Client: remind me in 2 seconds/);
  assert.match(transcript, /Coach \(nudge\):/);
});

test('chat --json without --wait closes at stdin’s end and the nudge never fires', async () => {
  const { lines } = await run(['chat', '--json'], ['remind me in 2 seconds']);
  const messages = lines.map((line) => JSON.parse(line));
  assert.equal(messages.filter((message) => message.nudge).length, 0);
  assert.equal(messages.length, 3);
});
