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

type WithExtension = { tinystep?: { nudges: { dueInMs: number; text: string }[] } };
const nudgeRequest: OpenAI.Chat.ChatCompletionMessageParam[] = [
  { role: 'user', content: 'I keep avoiding my tax return' },
  { role: 'assistant', content: 'What is the smallest part of it you could touch?' },
  { role: 'user', content: 'sure, please remind me in a minute to open the folder' },
];
// a sentence that promises something later from a channel that can never send it
const PROMISE =
  /\bI(?:'|’)ll (?:nudge|remind|check in|be back|give you a nudge)|I will (?:nudge|remind)|nudge will say|you(?:'|’)ll hear/i;

test('the endpoint never promises a nudge; the nudge the coach wanted comes in the tinystep field', async () => {
  const completion = (await client.chat.completions.create({
    model: 'tinystep-coach',
    messages: nudgeRequest,
    seed: 5,
  })) as OpenAI.Chat.ChatCompletion & WithExtension;
  const text = completion.choices[0].message.content ?? '';
  assert.doesNotMatch(text, PROMISE, text);
  assert.match(text, /timer/i, 'the request is still answered: set a timer yourself');
  const nudges = completion.tinystep?.nudges ?? [];
  assert.equal(nudges.length, 1, JSON.stringify(completion.tinystep));
  assert.equal(nudges[0].dueInMs, 60_000);
  assert.ok(nudges[0].text.length > 0);
});

test('the stream never promises a nudge either, and its last chunk carries the tinystep field', async () => {
  const stream = await client.chat.completions.create({
    model: 'tinystep-coach',
    messages: nudgeRequest,
    seed: 5,
    stream: true,
  });
  let text = '';
  let last: (OpenAI.Chat.ChatCompletionChunk & WithExtension) | undefined;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta?.content ?? '';
    last = chunk as OpenAI.Chat.ChatCompletionChunk & WithExtension;
  }
  assert.doesNotMatch(text, PROMISE, text);
  assert.equal(last?.choices[0]?.finish_reason, 'stop');
  assert.equal(last?.tinystep?.nudges.length, 1);
});

test('a message over 4,000 characters is an OpenAI-shaped 400 naming the message', async () => {
  const long = 'a'.repeat(4001);
  await assert.rejects(
    client.chat.completions.create({
      model: 'tinystep-coach',
      messages: [{ role: 'user', content: long }],
    }),
    (error: unknown) => {
      assert.ok(error instanceof OpenAI.BadRequestError, String(error));
      assert.equal(error.status, 400);
      const body = error.error as { type?: string; param?: string; message?: string; code?: string };
      assert.equal(body.type, 'invalid_request_error');
      assert.equal(body.param, 'messages.0.content');
      assert.match(String(body.message), /4000 characters/);
      return true;
    },
  );
  const parts = await fetch(`${server.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: [{ type: 'text', text: long }] }] }),
  });
  assert.equal(parts.status, 400, 'content given as parts is held to the same limit');
  const tooMany = await fetch(`${server.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      messages: Array.from({ length: 30 }, () => ({ role: 'user', content: 'b'.repeat(3000) })),
    }),
  });
  assert.equal(tooMany.status, 413, 'the whole body is held to 64 KB');
  const body = (await tooMany.json()) as { error: { type: string; message: string } };
  assert.equal(body.error.type, 'invalid_request_error');
});

test('a pause asked for over the endpoint is not answered with a check-in it cannot make', async () => {
  const completion = await client.chat.completions.create({
    model: 'tinystep-coach',
    seed: 2,
    messages: [
      { role: 'user', content: 'I keep avoiding my tax return' },
      { role: 'assistant', content: 'What is the smallest part of it you could touch?' },
      { role: 'user', content: 'can we pause for 2 minutes? I need a break' },
    ],
  });
  const text = completion.choices[0].message.content ?? '';
  assert.doesNotMatch(text, /I(?:'|’)ll (?:check in|come back)/i, text);
  assert.match(text, /2 minutes/, text);
});
