import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasMarker, MARKER_GAP } from './chat-markers.ts';
import { loadPersonaDirectory } from './load-persona.ts';

test('a laugh, face or emoji comes once in a stretch of talk, whatever carries it', async () => {
  // the runner plays the sessions; imported here as bare-answer.test.ts does
  const { playClientLines } = await import('../runner/client-lines.ts');
  const played = await playClientLines({
    personas: loadPersonaDirectory(),
    therapist: { kind: 'coach' },
    sessions: 48,
    seed: 23,
  });
  const close: string[] = [];
  for (const session of played) {
    let last = Number.NEGATIVE_INFINITY;
    session.lines.forEach((line, index) => {
      if (!hasMarker(line)) return;
      // (a first message may open on its own "omg": the budget starts there)
      if (index - last < MARKER_GAP) close.push(`${session.persona}: line ${index + 1}`);
      last = index;
    });
  }
  assert.deepEqual(close, []);
});
