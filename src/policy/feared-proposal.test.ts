import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';
import type { Observation } from '../spec/observation.ts';
import { withoutFearedProposals } from './feared-proposal.ts';

test('a proposal read inside a fear is dropped; one beside it stays', () => {
  const fear: Observation = { kind: 'worry', about: 'i fail it again', span: [24, 47] };
  const inside: Observation = { kind: 'proposal', step: 'fail it again', span: [28, 47] };
  const apart: Observation = { kind: 'proposal', step: 'read one page', span: [50, 70] };
  assert.deepEqual(withoutFearedProposals([fear, inside, apart]), [fear, apart]);
});

test('"what if i fail it again" is never proposed back as a step', async () => {
  for (const seed of [1, 2, 3]) {
    const [reply] = await replyToTranscript(
      [
        { role: 'client', text: 'i need to revise my notes for the exam on friday' },
        { role: 'therapist', text: "Everyone gets nervous, you'll be fine." },
        { role: 'client', text: 'everyone says that. but what if i fail it again' },
      ],
      { which: 'last', seed },
    );
    assert.doesNotMatch(reply.text, /: fail it again/i, reply.text);
  }
});
