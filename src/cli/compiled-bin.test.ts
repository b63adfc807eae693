import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPOSITORY_ROOT } from '../server/web-build.ts';
import { runCliInProcess } from './testing/run-cli-in-process.ts';

const bin = join(REPOSITORY_ROOT, 'bin', 'tinystep');

test('bin/tinystep runs the compiled JavaScript in dist/cli, never TypeScript through tsx', () => {
  const script = readFileSync(bin, 'utf8');
  assert.match(script, /exec node "\$root\/dist\/cli\/main\.js"/);
  assert.doesNotMatch(script, /--import[^\n]*tsx/, 'no TypeScript loader on the run path');
  execFileSync(bin, ['--version'], { encoding: 'utf8' }); // builds dist/cli when missing or stale
  const built = statSync(join(REPOSITORY_ROOT, 'dist', 'cli', 'main.js'));
  assert.ok(built.size > 0);
});

test('the compiled CLI answers exactly as the TypeScript sources do', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'tinystep-bin-'));
  try {
    const transcript = join(directory, 'short.txt');
    writeFileSync(transcript, 'Client: I keep avoiding my tax return, can you nudge me in 2 minutes?\n');
    const compiled = execFileSync(bin, ['reply', transcript, '--json', '--seed', '3'], { encoding: 'utf8' });
    const fromSources = await runCliInProcess(['reply', transcript, '--json', '--seed', '3']);
    assert.equal(fromSources.code, 0);
    assert.equal(compiled, fromSources.out);
    assert.equal(JSON.parse(compiled).nudges.length, 1);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test('`tinystep --help` from the compiled CLI is the same text the program prints', async () => {
  const compiled = execFileSync(bin, ['--help'], { encoding: 'utf8' });
  const fromSources = await runCliInProcess(['--help']);
  assert.equal(compiled, fromSources.out);
  assert.match(compiled, /^Usage: tinystep/);
  for (const verb of ['chat', 'reply', 'serve', 'simulate'])
    assert.match(compiled, new RegExp(`\\n  ${verb}\\b`));
});

test('the compiled CLI codes client talk with the shipped model, as the sources do', async () => {
  // the model file sits in src/, not beside the bundle: the compiled eval once coded by the rules alone
  const [first] = readFileSync(
    join(REPOSITORY_ROOT, 'data/train/miti-train-v1/exchanges.jsonl'),
    'utf8',
  ).split('\n');
  const exchange = JSON.parse(first) as {
    turns: { speaker: string; text?: string; utterances?: { text: string }[] }[];
  };
  const lines = exchange.turns.map((turn) =>
    turn.speaker === 'client'
      ? `Client: ${turn.text}`
      : `Therapist: ${(turn.utterances ?? []).map((utterance) => utterance.text).join(' ')}`,
  );
  const directory = mkdtempSync(join(tmpdir(), 'tinystep-bin-'));
  try {
    const transcript = join(directory, 'coded.txt');
    writeFileSync(transcript, `${lines.join('\n')}\n`);
    const compiled = execFileSync(bin, ['eval', transcript, '--json'], { encoding: 'utf8' });
    const fromSources = await runCliInProcess(['eval', transcript, '--json']);
    assert.equal(fromSources.code, 0);
    assert.deepEqual(JSON.parse(compiled).miti, JSON.parse(fromSources.out).miti);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
