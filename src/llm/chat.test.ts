import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TinystepError } from '../spec/errors.ts';
import { completeChat } from './chat.ts';
import { scriptedModel } from './testing/mock-model.ts';
import { startOpenAiCompatibleServer } from './testing/openai-compatible-server.ts';

const messages = [
  { role: 'system' as const, content: 'You are terse.' },
  { role: 'user' as const, content: 'secret session words' },
];

test('returns the reply text from an OpenAI-compatible server, non-streamed', async () => {
  const server = await startOpenAiCompatibleServer({ replies: ['  Hello there.  '] });
  try {
    const text = await completeChat({ baseUrl: server.baseUrl, model: 'tiny', apiKey: 'k-1', messages });
    assert.equal(text, 'Hello there.');
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0]?.body.model, 'tiny');
    assert.equal(server.requests[0]?.headers.authorization, 'Bearer k-1');
    assert.deepEqual(
      server.requests[0]?.body.messages?.map((message) => message.role),
      ['system', 'user'],
    );
  } finally {
    await server.close();
  }
});

test('joins a streamed reply', async () => {
  const server = await startOpenAiCompatibleServer({ replies: ['One small step, then another.'] });
  try {
    const text = await completeChat({ baseUrl: server.baseUrl, model: 'tiny', messages, stream: true });
    assert.equal(text, 'One small step, then another.');
    assert.equal(server.requests[0]?.body.stream, true);
  } finally {
    await server.close();
  }
});

test('maps HTTP 500 to unavailable without the prompt in the message', async () => {
  const server = await startOpenAiCompatibleServer({ replies: [{ status: 500 }] });
  try {
    await assert.rejects(completeChat({ baseUrl: server.baseUrl, model: 'tiny', messages }), (error) => {
      assert.ok(error instanceof TinystepError);
      assert.equal(error.code, 'unavailable');
      assert.match(error.message, /HTTP 500/);
      assert.doesNotMatch(error.message, /secret session words/);
      assert.equal(error.cause, undefined);
      return true;
    });
    assert.equal(server.requests.length, 1, 'no silent SDK retries');
  } finally {
    await server.close();
  }
});

test('maps HTTP 404 to llm', async () => {
  const server = await startOpenAiCompatibleServer({ replies: [{ status: 404, body: 'model not found' }] });
  try {
    await assert.rejects(completeChat({ baseUrl: server.baseUrl, model: 'nope', messages }), { code: 'llm' });
  } finally {
    await server.close();
  }
});

test('gives up on a server that hangs after the timeout', async () => {
  const server = await startOpenAiCompatibleServer({ replies: [{ hang: true }] });
  try {
    const started = performance.now();
    await assert.rejects(completeChat({ baseUrl: server.baseUrl, model: 'tiny', messages, timeoutMs: 150 }), {
      code: 'unavailable',
      message: /did not answer within 150 ms/,
    });
    assert.ok(performance.now() - started < 5000, 'returned long before the default 8 s');
  } finally {
    await server.close();
  }
});

test('stops when the caller aborts', async () => {
  const server = await startOpenAiCompatibleServer({ replies: [{ hang: true }] });
  try {
    const controller = new AbortController();
    const call = completeChat({
      baseUrl: server.baseUrl,
      model: 'tiny',
      messages,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(call, { code: 'unavailable', message: /aborted/ });
  } finally {
    await server.close();
  }
});

test('maps a refused connection to unavailable', async () => {
  const server = await startOpenAiCompatibleServer();
  const baseUrl = server.baseUrl;
  await server.close();
  await assert.rejects(completeChat({ baseUrl, model: 'tiny', messages, timeoutMs: 2000 }), {
    code: 'unavailable',
  });
});

test('rejects an empty answer as llm', async () => {
  const { llm } = scriptedModel(['   ']);
  await assert.rejects(completeChat({ llm, messages }), { code: 'llm' });
});

test('sends leading system messages as the system prompt and the rest as chat', async () => {
  const { llm, model } = scriptedModel(['Fine.']);
  assert.equal(await completeChat({ llm, messages }), 'Fine.');
  assert.equal(model.doGenerateCalls.length, 1);
  assert.deepEqual(
    model.doGenerateCalls[0]?.prompt.map((message) => message.role),
    ['system', 'user'],
  );
});

test('a missing base URL is a config error', async () => {
  await assert.rejects(completeChat({ model: 'tiny', messages }), { code: 'config' });
});
