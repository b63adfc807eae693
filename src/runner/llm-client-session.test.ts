import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_CLIENT_FALLBACK_LINES } from '../llm/llm-client.ts';
import { createLlmProvider } from '../llm/provider.ts';
import {
  type ScriptedReply,
  startOpenAiCompatibleServer,
  type TestServerOptions,
} from '../llm/testing/openai-compatible-server.ts';
import { loadPersona } from '../simulator/load-persona.ts';
import { llmClient } from './llm-simulated-client.ts';
import { therapistFactory } from './resolve-therapist.ts';
import { runSession } from './run-session.ts';

const persona = loadPersona('seed-client');

async function playAgainstCoach(
  serverOptions: TestServerOptions,
  options: { maxTurns: number; timeoutMs?: number },
) {
  const server = await startOpenAiCompatibleServer(serverOptions);
  try {
    const llm = createLlmProvider({
      provider: 'openai-compatible',
      baseUrl: server.baseUrl,
      model: 'client-model',
    });
    const result = await runSession({
      persona,
      therapist: await therapistFactory({ kind: 'coach' }),
      seed: 7,
      maxTurns: options.maxTurns,
      // generous: the first call warms the HTTP client, and the test machine is shared (under a
      // load of 30 on two cores a 6 s budget ran out and the fallback line was said instead)
      client: llmClient({ llm, timeoutMs: options.timeoutMs ?? 20_000 }),
    });
    return { result, requests: server.requests };
  } finally {
    await server.close();
  }
}

const clientLines = (turns: { role: string; text: string }[]) =>
  turns.filter((turn) => turn.role === 'client').map((turn) => turn.text);

test('an LLM client session against the coach runs to the end with the model lines as the client', async () => {
  const lines = [
    "I keep putting off my presentation script. I don't know where to start.",
    'Can you tell me exactly what to do first?',
    'Okay, I opened the file. Can you make it smaller?',
    'I did it. I read the first line.',
  ];
  const { result, requests } = await playAgainstCoach({ replies: lines }, { maxTurns: 4 });
  assert.equal(result.end, 'max-turns');
  assert.deepEqual(clientLines(result.turns), lines);
  // the coach answered every client line
  assert.equal(result.turns.at(-1)?.role === 'client', false);
  // what the client asked for is read from its own words
  assert.ok(result.requests.some((types) => types.includes('smaller')));
  // no rule-client state for a model-played client
  assert.ok(result.turns.every((turn) => turn.state === undefined));
  assert.equal(result.client.turns, 4);
  assert.equal(result.client.note, undefined);
  // repeatable as far as the model allows: greedy decoding and a seed on every call
  for (const request of requests) {
    assert.equal(request.body.temperature, 0);
    assert.equal(typeof request.body.seed, 'number');
  }
  const system = requests[0].body.messages?.[0];
  assert.equal(system?.role, 'system');
  assert.match(String(system?.content), new RegExp(persona.name));
});

test('a client line that speaks as the therapist is refused and the fallback line is said instead', async () => {
  const therapistVoice: ScriptedReply[] = [
    'Therapist: Let us break this into smaller steps.',
    'It sounds like you are feeling stuck. How does that make you feel?',
  ];
  const { result } = await playAgainstCoach(
    { replies: [...therapistVoice, 'Okay. What do I do first?'] },
    { maxTurns: 2 },
  );
  const said = clientLines(result.turns);
  assert.deepEqual(said, [DEFAULT_CLIENT_FALLBACK_LINES[0], 'Okay. What do I do first?']);
  assert.ok(said.every((line) => !/therapist:|sounds like you/i.test(line)));
  assert.equal(result.end, 'max-turns');
});

test('a model that hangs once gets the fallback line and the session goes on to its end', async () => {
  const { result } = await playAgainstCoach(
    { replies: [{ hang: true }, 'Can you make it smaller?', 'I opened the file.'] },
    { maxTurns: 3, timeoutMs: 300 },
  );
  assert.deepEqual(clientLines(result.turns), [
    DEFAULT_CLIENT_FALLBACK_LINES[0],
    'Can you make it smaller?',
    'I opened the file.',
  ]);
  assert.equal(result.end, 'max-turns');
});

test('a model that keeps answering 500 gets fallback lines, then the session ends with client-error and a note', async () => {
  const { result } = await playAgainstCoach({ otherwise: { status: 500 } }, { maxTurns: 10 });
  assert.equal(result.end, 'client-error');
  // two fallback turns are said; the third failure ends the session without a line
  assert.deepEqual(clientLines(result.turns), DEFAULT_CLIENT_FALLBACK_LINES.slice(0, 2));
  assert.match(result.client.note ?? '', /failed 3 times in a row/);
  assert.match(result.client.note ?? '', /127\.0\.0\.1/);
  assert.equal(result.client.turns, 3);
});

test('a persona event is said verbatim by an LLM client: leaving early ends the session', async () => {
  const leaver = loadPersona('early-leaver');
  const event = leaver.events.find((candidate) => candidate.kind === 'leave-early');
  assert.ok(event, 'early-leaver has a leave-early event');
  const server = await startOpenAiCompatibleServer({ otherwise: 'Okay, I can try that.' });
  try {
    const llm = createLlmProvider({ provider: 'openai-compatible', baseUrl: server.baseUrl, model: 'm' });
    const result = await runSession({
      persona: leaver,
      therapist: await therapistFactory({ kind: 'eliza' }),
      seed: 3,
      maxTurns: event.turn + 5,
      client: llmClient({ llm }),
    });
    assert.equal(result.end, 'leave-early');
    assert.equal(clientLines(result.turns).length, event.turn);
    assert.equal(server.requests.length, event.turn - 1);
  } finally {
    await server.close();
  }
});

test('an LLM client plays the same card and voice as the rule client: its prompt carries the voice', async () => {
  const teenager = loadPersona('teenager');
  const server = await startOpenAiCompatibleServer({ otherwise: 'idk' });
  try {
    const llm = createLlmProvider({ provider: 'openai-compatible', baseUrl: server.baseUrl, model: 'm' });
    const result = await runSession({
      persona: teenager,
      therapist: await therapistFactory({ kind: 'eliza' }),
      seed: 5,
      maxTurns: 2,
      client: llmClient({ llm }),
    });
    assert.deepEqual(clientLines(result.turns), ['idk', 'idk']);
    const system = String(server.requests[0].body.messages?.[0]?.content);
    assert.match(system, new RegExp(teenager.name));
    assert.match(system, /lower case/);
    assert.match(system, new RegExp(`about ${teenager.voice.words.median} words`));
    assert.match(system, /almost never ask to be told exactly what to do/);
    assert.ok(system.includes(teenager.story[0]), 'the story comes from the card');
  } finally {
    await server.close();
  }
});
