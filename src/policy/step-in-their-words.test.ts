/**
 * A step they proposed is given back in our voice: their "my" becomes "your" ("When you're ready, ask
 * my dad." read as the coach's dad). Excerpt written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';

test('their own step is said back with the person turned', async () => {
  for (const seed of [1, 2, 3]) {
    const [reply] = await replyToTranscript(
      [
        { role: 'client', text: 'i have to ring the council about my nans bins and i keep not doing it' },
        { role: 'therapist', text: 'What makes the call hard?' },
        { role: 'client', text: 'maybe i could just ask my sister to sit with me while i ring' },
      ],
      { which: 'last', seed },
    );
    assert.match(reply.text, /your sister/, reply.text);
    assert.doesNotMatch(reply.text, /\bmy sister\b|\bi ring\b/, reply.text);
  }
});
