/** What the person just did to the conversation, taken up first (their-turn-moves.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';

test('"why would that help" with a new complaint beside it: the reason, then the complaint heard', async () => {
  for (const seed of [1, 2, 3]) {
    const [reply] = await replyToTranscript(
      [
        { role: 'client', text: 'i cant sleep, keep worrying about the job' },
        { role: 'therapist', text: 'Try some slow breathing when you lie down, breathe out longer than in.' },
        { role: 'client', text: 'why would that help? my ears are ringing all night' },
      ],
      { which: 'last', seed },
    );
    assert.equal(reply.moves[0]?.type, 'own-miss', reply.text);
    assert.match(reply.text, /ears are ringing/, reply.text);
    assert.doesNotMatch(reply.text, /give it a go anyway|set it aside/, reply.text);
  }
});
