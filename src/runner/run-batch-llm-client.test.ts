import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLlmProvider } from '../llm/provider.ts';
import { startOpenAiCompatibleServer } from '../llm/testing/openai-compatible-server.ts';
import { loadPersona } from '../simulator/load-persona.ts';
import { llmClient } from './llm-simulated-client.ts';
import { runBatch } from './run-batch.ts';

test('a batch with an LLM client never has more model calls in flight than its concurrency', async () => {
  const server = await startOpenAiCompatibleServer({ otherwise: { text: 'Okay, what next?', delayMs: 30 } });
  let inFlight = 0;
  let most = 0;
  // counts calls around the real fetch to the real test server
  const countingFetch: typeof fetch = async (input, init) => {
    inFlight += 1;
    most = Math.max(most, inFlight);
    try {
      return await fetch(input, init);
    } finally {
      inFlight -= 1;
    }
  };
  try {
    const llm = createLlmProvider({
      provider: 'openai-compatible',
      baseUrl: server.baseUrl,
      model: 'm',
      fetch: countingFetch,
    });
    const records = await runBatch({
      personas: [loadPersona('seed-client'), loadPersona('exam-avoider')],
      therapists: [{ kind: 'eliza' }],
      sessions: 3,
      seed: 1,
      maxTurns: 2,
      client: llmClient({ llm }),
      concurrency: 2,
    });
    assert.equal(records.length, 6);
    assert.ok(records.every((record) => record.client === 'llm' && record.end === 'max-turns'));
    assert.equal(server.requests.length, 12);
    assert.ok(most <= 2, `at most 2 calls at once, saw ${most}`);
    assert.equal(most, 2, 'the two lanes did overlap');
    // records come back in the fixed (persona, therapist, session) order
    assert.deepEqual(
      records.map((record) => `${record.persona}/${record.sessionIndex}`),
      [
        'seed-client/0',
        'seed-client/1',
        'seed-client/2',
        'exam-avoider/0',
        'exam-avoider/1',
        'exam-avoider/2',
      ],
    );
  } finally {
    await server.close();
  }
});

test('a rule-client batch has no client or note fields, so its records stay as they were', async () => {
  const records = await runBatch({
    personas: [loadPersona('seed-client')],
    therapists: [{ kind: 'eliza' }],
    sessions: 1,
    seed: 1,
    maxTurns: 3,
    workers: 0,
  });
  assert.equal('client' in records[0], false);
  assert.equal('note' in records[0], false);
});
