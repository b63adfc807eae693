import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';
import { isUnheard, unheardClause } from './unheard.ts';

test('being disbelieved or unheard is found, with its words', () => {
  assert.ok(isUnheard('why does it matter nobody believes me anyway'));
  assert.equal(unheardClause('no one listens to me at home')?.text, 'no one listens to me');
  assert.equal(isUnheard('why does that help'), false);
});

test('"why does it matter nobody believes me" is heard, not answered with our rationale', async () => {
  for (const seed of [1, 2, 3]) {
    const [reply] = await replyToTranscript(
      [
        { role: 'therapist', text: 'Could you tell the head what happened?' },
        { role: 'client', text: 'why does it matter nobody believes me anyway' },
      ],
      { which: 'last', seed },
    );
    assert.doesNotMatch(reply.text, /It helps because|helps because/i, reply.text);
    assert.match(reply.text, /believes you/i, reply.text);
  }
});
