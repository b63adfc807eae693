import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startOpenAiCompatibleServer } from '../../llm/testing/openai-compatible-server.ts';
import { runCliInProcess } from '../testing/run-cli-in-process.ts';

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) =>
  runCliInProcess(argv, { env, cwd: mkdtempSync(join(tmpdir(), 'tinystep-simulate-')) });

test('simulate --client llm writes transcripts whose client lines come from the model', async () => {
  const server = await startOpenAiCompatibleServer({
    otherwise: 'Can you tell me exactly what to do first?',
  });
  const out = mkdtempSync(join(tmpdir(), 'tinystep-simulate-out-'));
  try {
    const result = await run([
      'simulate',
      '--persona',
      'seed-client',
      '--client',
      'llm',
      '--llm',
      'openai-compatible',
      '--llm-base-url',
      server.baseUrl,
      '--llm-model',
      'client-model',
      '--max-turns',
      '3',
      '--out',
      out,
    ]);
    assert.equal(result.code, 0, result.err);
    const files = readdirSync(out).sort();
    assert.deepEqual(files, [
      'seed-client-llm-client-coach-1.jsonl',
      'seed-client-llm-client-coach-1.txt',
      'summary.json',
    ]);
    const transcript = readFileSync(join(out, 'seed-client-llm-client-coach-1.txt'), 'utf8');
    assert.match(transcript, /Can you tell me exactly what to do first\?/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    assert.equal(summary.sessions[0].client, 'llm');
    assert.equal(summary.sessions[0].end, 'max-turns');
    assert.equal(server.requests.length, 3);
  } finally {
    await server.close();
  }
});

test('simulate --client llm reads its model from the TINYSTEP_LLM environment variables', async () => {
  const server = await startOpenAiCompatibleServer({ otherwise: 'I guess I could open the file.' });
  try {
    const result = await run(
      ['simulate', '--persona', 'seed-client', '--client', 'llm', '--max-turns', '2'],
      {
        TINYSTEP_LLM: 'openai-compatible',
        TINYSTEP_LLM_BASE_URL: server.baseUrl,
        TINYSTEP_LLM_MODEL: 'client-model',
      },
    );
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /I guess I could open the file\./);
  } finally {
    await server.close();
  }
});

test('simulate --client llm without a model configured exits 2 with one error line, before any session', async () => {
  const result = await run(['simulate', '--persona', 'seed-client', '--client', 'llm']);
  assert.equal(result.code, 2);
  const lines = result.err.trim().split('\n');
  assert.equal(lines.filter((line) => line.startsWith('tinystep:')).length, 1);
  assert.match(lines[0], /--client llm needs a model/);
  assert.equal(result.out, '');
});

test('simulate --client llm with a malformed base URL exits 2 naming the URL', async () => {
  const result = await run([
    'simulate',
    '--persona',
    'seed-client',
    '--client',
    'llm',
    '--llm',
    'openai-compatible',
    '--llm-base-url',
    'localhost:11434',
    '--llm-model',
    'm',
  ]);
  assert.equal(result.code, 2);
  assert.match(result.err.split('\n')[0], /base URL 'localhost:11434'/);
  assert.equal(result.out, '');
});

test('simulate --client with an unknown kind exits 2', async () => {
  const result = await run(['simulate', '--persona', 'seed-client', '--client', 'gpt']);
  assert.equal(result.code, 2);
  assert.match(result.err, /--client: unknown client 'gpt'/);
});

test('bench --client llm plays in bounded concurrency and prints the table with a progress line', async () => {
  const server = await startOpenAiCompatibleServer({ otherwise: 'Can you make it smaller?' });
  try {
    const result = await run([
      'bench',
      '--personas',
      'seed-client,exam-avoider',
      '--therapists',
      'coach,eliza',
      '--sessions',
      '1',
      '--max-turns',
      '2',
      '--client',
      'llm',
      '--concurrency',
      '2',
      '--llm',
      'openai-compatible',
      '--llm-base-url',
      server.baseUrl,
      '--llm-model',
      'm',
      '--json',
    ]);
    assert.equal(result.code, 0, result.err);
    const { runs } = JSON.parse(result.out);
    assert.equal(runs.length, 4);
    assert.match(result.err, /sessions 4\/4 \(LLM client, 2 sessions at once\)/);
    assert.equal(server.requests.length, 8);
  } finally {
    await server.close();
  }
});
