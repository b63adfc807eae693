import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkClientText } from './client-check.ts';
import { buildClientSystemPrompt, type ClientPersonaCard, createLlmClientResponder } from './llm-client.ts';
import { createLlmProvider } from './provider.ts';
import { promptText, scriptedModel } from './testing/mock-model.ts';
import { startOpenAiCompatibleServer } from './testing/openai-compatible-server.ts';

const persona: ClientPersonaCard = {
  name: 'Sam',
  problem: { summary: 'I put off my thesis chapter', context: 'PhD student, deadline in two weeks' },
  tasks: [{ domain: 'writing', object: 'the methods chapter' }],
  fears: ["it won't be good enough"],
  style: 'reserved',
  body: [{ part: 'chest', qualities: ['tight'] }],
  hedges: ["I don't know"],
};
const history = [{ role: 'therapist' as const, text: 'What would you like to work on today?' }];

test('builds the system prompt from the persona card', () => {
  const prompt = buildClientSystemPrompt(persona, 40);
  for (const expected of [
    'Sam',
    'methods chapter',
    "won't be good enough",
    'chest tight',
    'at most 40 words',
    'never the therapist',
  ]) {
    assert.ok(prompt.includes(expected), expected);
  }
});

test('answers in the client voice and reminds the model of its role every turn', async () => {
  const { llm, model } = scriptedModel(["I don't know. The methods chapter, I guess."]);
  const reply = await createLlmClientResponder({ llm, persona }).respond(history);
  assert.deepEqual(reply, { text: "I don't know. The methods chapter, I guess.", source: 'llm' });
  const sent = model.doGenerateCalls[0]?.prompt ?? [];
  assert.equal(sent[0]?.role, 'system');
  assert.equal(sent.at(-1)?.role, 'user', 'the therapist speaks as the user');
  assert.match(promptText(model, 0), /Stay in role: you are Sam, the client/);
});

test('refuses a reply in the therapist voice and keeps the retried one', async () => {
  const { llm, model } = scriptedModel([
    'Therapist: It sounds like you feel stuck.',
    'Sam: My chest is tight just thinking about it.',
  ]);
  const reply = await createLlmClientResponder({ llm, persona }).respond(history);
  assert.deepEqual(reply, { text: 'My chest is tight just thinking about it.', source: 'llm' });
  assert.match(promptText(model, 1), /refused because it speaks as the therapist/);
});

test('falls back to a safe line after two refusals', async () => {
  const long = Array.from({ length: 80 }, () => 'word').join(' ');
  const { llm } = scriptedModel([long, '- Break it down\n- Set a timer']);
  const reply = await createLlmClientResponder({ llm, persona, maxWords: 30 }).respond(history);
  assert.equal(reply.source, 'fallback');
  assert.match(reply.fallbackReason ?? '', /list of advice/);
  assert.ok(reply.text.length > 0);
});

test('falls back at once when the model server fails', async () => {
  const server = await startOpenAiCompatibleServer({ replies: [{ status: 500 }] });
  try {
    const llm = createLlmProvider({
      provider: 'openai-compatible',
      baseUrl: server.baseUrl,
      model: 'client',
    });
    const reply = await createLlmClientResponder({ llm, persona }).respond(history);
    assert.equal(reply.source, 'fallback');
    assert.match(reply.fallbackReason ?? '', /HTTP 500/);
    assert.equal(server.requests.length, 1);
  } finally {
    await server.close();
  }
});

test('plays the client through an OpenAI-compatible server with a ready system prompt', async () => {
  const server = await startOpenAiCompatibleServer({ replies: ['Can you make it smaller?'] });
  try {
    const responder = createLlmClientResponder({
      llm: { provider: 'openai-compatible', baseUrl: server.baseUrl, model: 'client', timeoutMs: 2000 },
      systemPrompt: 'You are a client who wants tiny steps.',
    });
    const reply = await responder.respond([
      ...history,
      { role: 'client', text: 'My thesis.' },
      { role: 'therapist', text: 'Open the file.' },
    ]);
    assert.equal(reply.text, 'Can you make it smaller?');
    const roles = server.requests[0]?.body.messages?.map((message) => message.role);
    assert.deepEqual(roles, ['system', 'user', 'assistant', 'user']);
  } finally {
    await server.close();
  }
});

test('refuses a none configuration at creation, not at the first turn', () => {
  assert.throws(() => createLlmClientResponder({ llm: { provider: 'none' }, persona }), { code: 'config' });
});

test('strips the client label and refuses talk about being an AI', () => {
  assert.deepEqual(checkClientText('Client: fine.', { maxWords: 10 }), { ok: true, text: 'fine.' });
  assert.equal(checkClientText('As an AI I cannot feel.', { maxWords: 10 }).ok, false);
});
