import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import OpenAI from 'openai';
import { VirtualClock } from '../clock/index.ts';
import { startTestServer, type TestServer } from './test-support.ts';

// `/v1/chat/completions` carries no times and no country of its own: the reply is worked out at the
// server's now, and a caller may name the person's locale in the `tinystep` extension (docs/api.md)

// 12:00 UTC on Monday 5 January 2026
const NOON = Date.UTC(2026, 0, 5, 12);

let server: TestServer;
let client: OpenAI;
before(async () => {
  server = await startTestServer({ clock: new VirtualClock(NOON) });
  client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused', maxRetries: 0, timeout: 20_000 });
});
after(async () => {
  await server.stop();
});

type WithExtension = { tinystep?: { nudges: { dueInMs: number; text: string }[] } };
// the SDK sends body fields it does not know as they are
type ExtendedRequest = OpenAI.Chat.ChatCompletionCreateParamsNonStreaming & {
  tinystep?: { locale?: string };
};

async function complete(
  request: Omit<ExtendedRequest, 'model'>,
): Promise<OpenAI.Chat.ChatCompletion & WithExtension> {
  return (await client.chat.completions.create({
    model: 'tinystep-coach',
    ...request,
  } as ExtendedRequest)) as OpenAI.Chat.ChatCompletion & WithExtension;
}

test('"remind me at 3pm" at noon is a timer for 3 hours, counted from now (not from 1970)', async () => {
  const completion = await complete({
    messages: [
      { role: 'user', content: 'I need to call the dentist' },
      { role: 'assistant', content: 'How heavy does that feel, 0 to 10?' },
      { role: 'user', content: 'remind me at 3pm' },
    ],
  });
  const text = completion.choices[0].message.content ?? '';
  const nudges = completion.tinystep?.nudges ?? [];
  assert.equal(nudges.length, 1, text);
  assert.equal(nudges[0].dueInMs, 3 * 60 * 60 * 1000);
  assert.match(text, /\b3 hours\b/, text);
});

const crisis: OpenAI.Chat.ChatCompletionMessageParam[] = [{ role: 'user', content: 'I want to end my life' }];

test('a crisis turn gives the crisis lines of the locale in the tinystep field', async () => {
  const british = (await complete({ messages: crisis, tinystep: { locale: 'en-GB' } })).choices[0].message
    .content;
  assert.match(british ?? '', /116 123/, british ?? '');
  assert.doesNotMatch(british ?? '', /\b988\b/, british ?? '');
  // without it and with no country configured: no US line, the local number and a directory
  const unnamed = (await complete({ messages: crisis })).choices[0].message.content;
  assert.doesNotMatch(unnamed ?? '', /\b988\b/, unnamed ?? '');
  assert.match(unnamed ?? '', /local emergency number/, unnamed ?? '');
});

test('a malformed locale in the tinystep field is an OpenAI-shaped 400 naming it', async () => {
  await assert.rejects(
    complete({ messages: crisis, tinystep: { locale: 'not a locale!' } }),
    (error: unknown) =>
      error instanceof OpenAI.BadRequestError &&
      error.status === 400 &&
      /tinystep\.locale/.test(String(error.param)),
  );
});

test("a stream asked with include_usage ends with OpenAI's usage chunk (no choices), after the stop chunk", async () => {
  const stream = await client.chat.completions.create({
    model: 'tinystep-coach',
    messages: [{ role: 'user', content: 'I keep avoiding my taxes' }],
    stream: true,
    stream_options: { include_usage: true },
  });
  const chunks: OpenAI.Chat.ChatCompletionChunk[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  const last = chunks.at(-1);
  assert.deepEqual(last?.choices, []);
  assert.equal(last?.usage?.total_tokens, 0);
  assert.equal(chunks.at(-2)?.choices[0]?.finish_reason, 'stop');
  assert.ok(chunks.slice(0, -1).every((chunk) => chunk.usage === undefined || chunk.usage === null));
});
