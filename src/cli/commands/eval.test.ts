import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCliInProcess } from '../testing/run-cli-in-process.ts';

const run = (argv: string[], cwd: string) => runCliInProcess(argv, { cwd });

function folderWithTranscripts(): string {
  const folder = mkdtempSync(join(tmpdir(), 'tinystep-eval-'));
  writeFileSync(
    join(folder, 'a.txt'),
    'Client: Can you tell me exactly what to do?\n\nCoach: Open the file and read the first line.\n',
  );
  writeFileSync(
    join(folder, 'b.jsonl'),
    `${JSON.stringify({ role: 'client', text: 'Nudge me in 30 seconds.' })}\n${JSON.stringify({ role: 'therapist', text: 'Okay.' })}\n`,
  );
  return folder;
}

test('eval --json prints the DESIGN.md document for one transcript', async () => {
  const folder = folderWithTranscripts();
  const result = await run(['eval', 'a.txt', '--json'], folder);
  assert.equal(result.code, 0, result.err);
  const json = JSON.parse(result.out);
  assert.equal(json.turns, 2);
  assert.equal(json.summary.responsiveness, 1);
  assert.deepEqual(json.perTurn[1].answers, ['concrete']);
});

test('eval on a folder gives per-file summaries and means', async () => {
  const result = await run(['eval', folderWithTranscripts(), '--json'], process.cwd());
  assert.equal(result.code, 0, result.err);
  const json = JSON.parse(result.out);
  assert.equal(json.transcripts, 2);
  assert.equal(json.files.length, 2);
  assert.equal(json.mean.responsiveness, 0.5);
});

test('a session saved both as text and as JSON Lines (simulate --out) counts once', async () => {
  const folder = folderWithTranscripts();
  writeFileSync(join(folder, 'b.txt'), 'Client: Nudge me in 30 seconds.\n\nTherapist: Okay.\n');
  writeFileSync(join(folder, 'summary.json'), '{}');
  const result = await run(['eval', folder, '--json'], process.cwd());
  assert.equal(result.code, 0, result.err);
  const json = JSON.parse(result.out);
  assert.equal(json.transcripts, 2);
  assert.deepEqual(
    json.files.map((file: { file: string }) => file.file.split('/').pop()),
    ['a.txt', 'b.jsonl'],
  );
});

test('eval --html writes one self-contained file with inline SVG and no network', async () => {
  const folder = folderWithTranscripts();
  const result = await run(['eval', 'b.jsonl', '--html', 'report.html'], folder);
  assert.equal(result.code, 0, result.err);
  const html = readFileSync(join(folder, 'report.html'), 'utf8');
  assert.match(html, /<meta name="viewport"/);
  assert.match(html, /<svg /);
  assert.doesNotMatch(html, /<script|<link|https?:\/\//);
});

test('eval defaults to the Markdown report', async () => {
  const result = await run(['eval', 'b.jsonl'], folderWithTranscripts());
  assert.equal(result.code, 0, result.err);
  assert.match(result.out, /^# Evaluation/);
  assert.match(result.out, /missed nudge/);
});

test('eval on a missing file exits 2 with a hint', async () => {
  const result = await run(['eval', 'nope.txt'], folderWithTranscripts());
  assert.equal(result.code, 2);
  assert.match(result.err, /nope\.txt: no such file/);
  assert.match(result.err, /hint:/);
});
