import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCliInProcess } from '../testing/run-cli-in-process.ts';

const run = (argv: string[], stdinText = '') =>
  runCliInProcess(argv, { stdin: stdinText, cwd: mkdtempSync(join(tmpdir(), 'tinystep-understand-')) });

test('understand --json prints one JSON line per input line, in order', async () => {
  const { code, out } = await run(['understand', '--json'], 'nudge me in 30 seconds\n\nmy chest is tight\n');
  assert.equal(code, 0);
  const lines = out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.equal(lines.length, 3);
  assert.deepEqual(
    lines.map((line) => line.text),
    ['nudge me in 30 seconds', '', 'my chest is tight'],
  );
  assert.equal(lines[0].observations[0].type, 'nudge');
  assert.equal(lines[0].observations[0].afterMs, 30000);
  assert.deepEqual(lines[1].observations, []);
  assert.equal(lines[2].observations[0].part, 'chest');
});

test('understand reads a file given as argument and prints a readable line without --json', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'tinystep-understand-file-'));
  const file = join(directory, 'turns.txt');
  writeFileSync(file, 'can you tell me exactly what to do?\n');
  const { code, out } = await run(['understand', file]);
  assert.equal(code, 0);
  assert.match(out, /request:concrete\tcan you tell me exactly what to do\?/);
});

test('understand with a missing file exits 2 with a not-found message and a hint', async () => {
  const { code, err } = await run(['understand', 'no-such-file.txt']);
  assert.equal(code, 2);
  assert.match(err, /no such file: no-such-file\.txt/);
  assert.match(err, /hint:/);
});

test('understand --explain shows each observation with its reader, source, span and confidence', async () => {
  const { code, out } = await run(['understand', '--explain'], 'ping me in 10\n');
  assert.equal(code, 0);
  assert.match(
    out,
    /request:nudge\(later, 600s\).*reader request-rules \(rule\)\s+span 0-7 "ping me"\s+confidence 0\.\d\d/,
  );
  const json = await run(
    ['understand', '--explain', '--json'],
    "i'm scared of what i might do to myself tonight\n",
  );
  const [line] = json.out
    .trim()
    .split('\n')
    .map((text) => JSON.parse(text));
  const risk = line.explained.find(
    (item: { observation: { kind: string } }) => item.observation.kind === 'risk',
  );
  assert.ok(risk, json.out);
  assert.ok(['rule', 'model'].includes(risk.source));
  assert.ok(risk.confidence > 0 && risk.confidence <= 1);
});
