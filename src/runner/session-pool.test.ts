import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPersona } from '../simulator/load-persona.ts';
import { runBatch } from './run-batch.ts';
import { SessionPool } from './session-pool.ts';

const options = {
  personas: [loadPersona('seed-client'), loadPersona('exam-avoider')],
  therapists: [{ kind: 'eliza' as const }],
  sessions: 3,
  seed: 9,
  keepTranscripts: true,
};

test('one pool of workers plays batch after batch, each the same as in this thread', async () => {
  const pool = new SessionPool(2);
  try {
    const first = await runBatch({ ...options, pool });
    const second = await runBatch({ ...options, seed: 10, pool });
    const inline = await runBatch({ ...options, workers: 0 });
    const inlineSecond = await runBatch({ ...options, seed: 10, workers: 0 });
    assert.deepEqual(first, inline);
    assert.deepEqual(second, inlineSecond);
    assert.notDeepEqual(first, second);
  } finally {
    await pool.close();
  }
});

test('a failing job rejects its batch with the error, not a hang', async () => {
  const pool = new SessionPool(1);
  try {
    await assert.rejects(
      runBatch({
        ...options,
        therapists: [{ kind: 'chat', baseUrl: 'http://127.0.0.1:9/v1', model: 'none' }],
        pool,
      }),
    );
  } finally {
    await pool.close();
  }
});
