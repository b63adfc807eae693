import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import OpenAI from 'openai';
import { startTestServer, type TestServer } from './test-support.ts';

let server: TestServer;
let client: OpenAI;
before(async () => {
  server = await startTestServer();
  client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused', maxRetries: 0, timeout: 20_000 });
});
after(async () => {
  await server.stop();
});

const conversation: OpenAI.Chat.ChatCompletionMessageParam[] = [
  { role: 'system', content: 'ignored: tinystep is the coach' },
  { role: 'user', content: 'I have been avoiding cleaning my kitchen for a week' },
];

test('the official openai client gets the coach’s next turn (non-stream)', async () => {
  const completion = await client.chat.completions.create({
    model: 'tinystep-coach',
    messages: conversation,
  });
  assert.equal(completion.object, 'chat.completion');
  assert.match(completion.id, /^chatcmpl-/);
  assert.equal(completion.choices.length, 1);
  const [choice] = completion.choices;
  assert.equal(choice.message.role, 'assistant');
  assert.ok((choice.message.content ?? '').trim().length > 0);
  assert.equal(choice.finish_reason, 'stop');
});

test('the official openai client streams the same turn in chunks that join to the whole reply', async () => {
  const request = { model: 'tinystep-coach', messages: conversation, seed: 11 };
  const whole = await client.chat.completions.create(request);
  const stream = await client.chat.completions.create({ ...request, stream: true });
  const pieces: string[] = [];
  const finishReasons: (string | null)[] = [];
  for await (const chunk of stream) {
    assert.equal(chunk.object, 'chat.completion.chunk');
    pieces.push(chunk.choices[0]?.delta?.content ?? '');
    finishReasons.push(chunk.choices[0]?.finish_reason ?? null);
  }
  assert.ok(pieces.filter(Boolean).length >= 1);
  assert.equal(finishReasons.at(-1), 'stop');
  assert.equal(pieces.join(''), whole.choices[0].message.content, 'same seed, same transcript: same reply');
});

test('a conversation that does not end with the user is a 400 the client reports', async () => {
  await assert.rejects(
    client.chat.completions.create({
      model: 'tinystep-coach',
      messages: [...conversation, { role: 'assistant', content: 'Which part first?' }],
    }),
    (error: unknown) => error instanceof OpenAI.BadRequestError && error.status === 400,
  );
});

test('the multi-turn transcript is honoured: the coach does not repeat its earlier turn', async () => {
  const first = await client.chat.completions.create({
    model: 'tinystep-coach',
    messages: conversation,
    seed: 3,
  });
  const earlier = first.choices[0].message.content ?? '';
  const next = await client.chat.completions.create({
    model: 'tinystep-coach',
    seed: 3,
    messages: [
      ...conversation,
      { role: 'assistant', content: earlier },
      { role: 'user', content: 'maybe a 7' },
    ],
  });
  const reply = next.choices[0].message.content ?? '';
  assert.ok(reply.trim().length > 0);
  assert.notEqual(reply, earlier);
});
