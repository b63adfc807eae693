import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from '../understanding/index.ts';
import { endsTheSession } from './close.ts';

const ends = (text: string) =>
  understand(text)
    .filter((item): item is RequestObservation => item.kind === 'request' && item.type === 'stop')
    .some((request) => endsTheSession(request));

test('asking to stop the session ends it', () => {
  for (const text of ['can we stop for now', 'i need to stop', "let's stop here"])
    assert.ok(ends(text), text);
});

test('"stop with the questions" asks to be heard, not to leave', () => {
  for (const text of [
    'can we stop with the questions. i just wanted to vent not be interviewed',
    'stop asking me questions',
    'can you stop asking so many questions',
  ])
    assert.equal(ends(text), false, text);
});

test('their own ask to stop gets a plain yes first, not a closing line on them', async () => {
  const { replyToTranscript } = await import('../coach/replay.ts');
  for (const seed of [1, 2, 3]) {
    const [reply] = await replyToTranscript(
      [
        { role: 'client', text: 'my sister and i had a huge row about the house' },
        { role: 'therapist', text: 'What happened between you two?' },
        { role: 'client', text: 'can we stop for today' },
      ],
      { which: 'last', seed },
    );
    assert.match(reply.text, /^(Of course|Yes, of course)/, reply.text);
    assert.ok(reply.moves.some((move) => move.type === 'close' && move.asked === true));
  }
});
