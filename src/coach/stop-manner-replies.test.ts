import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from '../understanding/index.ts';

const stops = (text: string) =>
  understand(text).filter(
    (item): item is RequestObservation => item.kind === 'request' && item.type === 'stop',
  );

test('"can we stop talking abt this" leaves a subject, not the chat: no goodbye, and a stop for tonight still ends it', async () => {
  const { replyToTranscript } = await import('./replay.ts');
  const reply = async (text: string) => {
    const turns = [
      { role: 'client' as const, text: 'i keep thinking about my ex' },
      { role: 'client' as const, text: 'she left in june' },
      { role: 'client' as const, text },
    ];
    const [last] = await replyToTranscript(turns, { which: 'last', seed: 1 });
    return last;
  };
  for (const text of [
    'can we stop talking abt this',
    'can we stop talking about her',
    'stop going on about it',
  ]) {
    const found = stops(text);
    assert.ok(
      found.every((request) => request.manner === true),
      text,
    );
    const heard = await reply(text);
    assert.ok(!heard.moves.some((move) => move.type === 'close'), `${text}: ${heard.text}`);
  }
  const ended = await reply('can we stop for tonight');
  assert.ok(
    ended.moves.some((move) => move.type === 'close'),
    ended.text,
  );
  // a risk said beside it is answered first, as ever
  const risk = await reply('i just want to die. can we stop talking about this');
  assert.equal(risk.moves[0]?.type, 'crisis', risk.text);
});

test('"can we stop talking about this" after a risk check-in: no goodbye, and the lines left open', async () => {
  const { replyToTranscript } = await import('./replay.ts');
  const [last] = await replyToTranscript(
    [
      { role: 'client', text: 'i have to finish my thesis' },
      { role: 'client', text: 'sometimes i wish i could just not wake up' },
      { role: 'client', text: 'can we stop talking about this' },
    ],
    { which: 'last', seed: 1 },
  );
  assert.ok(!last.moves.some((move) => move.type === 'close'), last.text);
  assert.ok(
    last.moves.some((move) => move.type === 'crisis'),
    last.text,
  );
});
