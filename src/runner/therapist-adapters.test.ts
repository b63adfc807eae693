import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VirtualClock } from '../clock/virtual-clock.ts';
import { loadPersona } from '../simulator/load-persona.ts';
import { chatTherapist } from './chat-therapist.ts';
import { therapistFactory } from './resolve-therapist.ts';
import { runSession } from './run-session.ts';
import { type FakeChatServer, startFakeChatServer } from './testing/fake-chat-server.ts';
import type { TherapistFactory } from './therapist.ts';

let server: FakeChatServer;
before(async () => {
  server = await startFakeChatServer([
    'That sounds hard. What is the task?',
    'Open the file and read the first line.',
    'How did that go?',
  ]);
});
after(() => server.close());

/** One conversation suite that every therapist adapter runs (hono's runTest pattern). */
const adapters: Array<{ name: string; factory: () => Promise<TherapistFactory> }> = [
  { name: 'coach', factory: () => therapistFactory({ kind: 'coach' }) },
  { name: 'eliza', factory: () => therapistFactory({ kind: 'eliza' }) },
  { name: 'url', factory: async () => chatTherapist({ baseUrl: server.baseUrl, model: 'fake-therapist' }) },
];

for (const adapter of adapters) {
  describe(`therapist adapter: ${adapter.name}`, () => {
    test('answers every client turn with text stamped at the clock time', async () => {
      const clock = new VirtualClock(0);
      const therapist = (await adapter.factory()).create({ clock, seed: 3, sessionId: 'adapter-test' });
      await therapist.open();
      for (const text of ['I keep putting off my report.', 'Can you tell me exactly what to do?']) {
        clock.advance(10_000);
        const messages = await therapist.reply(text);
        assert.ok(messages.length > 0);
        for (const message of messages) {
          assert.ok(message.text.trim().length > 0);
          assert.equal(message.at, clock.now());
          assert.equal(message.nudge, false);
        }
      }
      assert.ok(Array.isArray(therapist.takeNudges()));
      await therapist.close();
      assert.equal(therapist.closed, true);
    });

    test('plays a whole bounded session against the seed client', async () => {
      const result = await runSession({
        persona: loadPersona('seed-client'),
        therapist: await adapter.factory(),
        seed: 5,
        maxTurns: 4,
      });
      assert.ok(result.turns.some((turn) => turn.role === 'therapist'));
      assert.ok(result.turns.filter((turn) => turn.role === 'client').length <= 4);
    });
  });
}

test('the URL therapist sends the conversation so far, with the model name', async () => {
  const before = server.calls.length;
  const clock = new VirtualClock(0);
  const therapist = chatTherapist({ baseUrl: server.baseUrl, model: 'llama3' }).create({
    clock,
    seed: 1,
    sessionId: 's',
  });
  await therapist.reply('First thing I say.');
  await therapist.reply('Second thing I say.');
  const call = server.calls[before + 1];
  assert.equal(call.model, 'llama3');
  assert.deepEqual(
    call.messages.map((message) => message.role),
    ['system', 'user', 'assistant', 'user'],
  );
  assert.equal(call.messages.at(-1)?.content, 'Second thing I say.');
});
