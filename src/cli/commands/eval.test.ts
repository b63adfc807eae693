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

test('a folder run scores the good files and reports a broken, an empty, a binary and a 10 MB file', async () => {
  const folder = folderWithTranscripts();
  writeFileSync(join(folder, 'broken.txt'), 'Client: hi\n\nNarrator: nobody\n');
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x43, 0x00, 0xff, 0x10, 0x00]));
  writeFileSync(join(folder, 'huge.txt'), `Client: ${'word '.repeat(2 * 1024 * 1024)}\n`);
  writeFileSync(
    join(folder, 'hours.txt'),
    '[1:02:03] Client: I cannot start.\n[1:02:09] Therapist: What gets in the way?\n',
  );
  const result = await run(['eval', folder, '--json'], process.cwd());
  assert.equal(result.code, 2);
  const json = JSON.parse(result.out);
  assert.equal(json.transcripts, 3);
  const problems = new Map(
    json.problems.map((problem: { file: string; line: number; message: string }) => [
      problem.file.split('/').pop(),
      problem,
    ]),
  );
  assert.deepEqual([...problems.keys()].sort(), ['binary.txt', 'broken.txt', 'empty.txt', 'huge.txt']);
  assert.equal((problems.get('broken.txt') as { line: number }).line, 3);
  assert.match(result.err, /broken\.txt:3: unknown speaker "Narrator"/);
  assert.match(result.err, /empty\.txt:1: the file is empty/);
  assert.match(result.err, /binary\.txt:1: looks like a binary file/);
  assert.match(result.err, /huge\.txt:1: .*over the 5 MB limit/);
  assert.match(result.err, /4 files could not be scored; 3 scored/);
});

test('the Markdown report of a folder lists the files it could not score', async () => {
  const folder = folderWithTranscripts();
  writeFileSync(join(folder, 'broken.jsonl'), '{"role":"client","text":"a"}\n{"role":\n');
  const result = await run(['eval', folder], process.cwd());
  assert.equal(result.code, 2);
  assert.match(result.out, /## Files not scored/);
  assert.match(result.out, /broken\.jsonl \| 2 \| invalid JSON/);
});
