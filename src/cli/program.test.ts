import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCliInProcess } from './testing/run-cli-in-process.ts';

const BIN = new URL('../../bin/tinystep', import.meta.url).pathname;

const run = (argv: string[]) => runCliInProcess(argv);

test('an unknown verb exits 2 with one line and a hint', async () => {
  const result = await run(['no-such-verb']);
  assert.equal(result.code, 2);
  const lines = result.err.trim().split('\n');
  assert.match(lines[0], /^tinystep: unknown command 'no-such-verb'/);
  assert.match(lines[1], /hint: run 'tinystep --help'/);
  assert.equal(lines.length, 2);
});

test('a bad flag exits 2 and points at the verb’s help', async () => {
  const result = await run(['transcript', 'x.txt', '--frobnicate']);
  assert.equal(result.code, 2);
  assert.match(result.err, /unknown option '--frobnicate'/);
  assert.match(result.err, /tinystep transcript --help/);
});

test('--help lists the verbs and --version prints the version', async () => {
  const help = await run(['--help']);
  assert.equal(help.code, 0);
  for (const verb of ['chat', 'reply', 'understand', 'eval', 'simulate', 'bench', 'serve', 'transcript']) {
    assert.match(help.out, new RegExp(`\\b${verb}\\b`));
  }
  const version = await run(['--version']);
  assert.match(version.out.trim(), /^\d+\.\d+\.\d+$/);
});

test('every verb has --help', async () => {
  for (const verb of [
    'chat',
    'reply',
    'understand',
    'eval',
    'simulate',
    'bench',
    'serve',
    'transcript',
    'migrate',
  ]) {
    const result = await run([verb, '--help']);
    assert.equal(result.code, 0, `${verb} --help failed: ${result.err}`);
    assert.match(result.out, new RegExp(`Usage: tinystep ${verb}`));
  }
});

test('transcript converts text to JSON Lines and back', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'tinystep-cli-'));
  const file = join(directory, 'session.txt');
  writeFileSync(file, 'Client: Nudge me in 30 seconds.\n\nCoach: I’ll nudge you in 30 seconds.\n');
  const jsonl = await run(['transcript', file]);
  assert.equal(jsonl.code, 0, jsonl.err);
  assert.equal(jsonl.out.trim().split('\n').length, 2);
  const back = join(directory, 'session.jsonl');
  writeFileSync(back, jsonl.out);
  const text = await run(['transcript', back, '--to', 'text']);
  assert.equal(text.out, 'Client: Nudge me in 30 seconds.\n\nCoach: I’ll nudge you in 30 seconds.\n');
});

test('a user error prints no stack trace', async () => {
  const result = await run(['transcript', '/nonexistent/file.txt']);
  assert.equal(result.code, 2);
  assert.doesNotMatch(result.err, /\n\s+at /);
  assert.match(result.err, /no such transcript/);
});

test('./bin/tinystep runs from a checkout: unknown verb exits 2 with one line', () => {
  const result = spawnSync(BIN, ['no-such-verb'], { encoding: 'utf8', cwd: tmpdir() });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /^tinystep: unknown command 'no-such-verb'/);
  const help = spawnSync(BIN, ['--help'], { encoding: 'utf8', cwd: tmpdir() });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: tinystep/);
});

test('a reader that closes the pipe early (| head) ends the CLI quietly, no stack trace', () => {
  const lines = `${Array.from({ length: 5000 }, () => 'nudge me in 30 seconds').join('\n')}\n`;
  const result = spawnSync(
    'bash',
    ['-c', `"${BIN}" understand --json | head -n 1 > /dev/null; echo "status \${PIPESTATUS[0]}" >&2`],
    {
      input: lines,
      encoding: 'utf8',
    },
  );
  assert.match(result.stderr, /status 0/);
  assert.doesNotMatch(result.stderr, /EPIPE|\n\s+at /);
});
