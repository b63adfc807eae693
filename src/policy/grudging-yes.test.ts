/**
 * A yes said with irritation ("sure, if you say so", "fine. whatever") or sarcasm at the idea ("oh
 * brilliant another breathing exercise") is not agreement: no step is pushed on after it, and the cue
 * of the step is not given. A plain "ok" is still a yes. Excerpts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';
import type { Turn } from '../spec/transcript.ts';

const STEP_MOVES = new Set(['propose-step', 'shrink-step', 'answer-concrete', 'deliver-cue']);

const offered = (answer: string): Turn[] => [
  { role: 'client', text: 'i need to email my landlord about the boiler but i keep putting it off' },
  { role: 'therapist', text: 'Next tiny step: open a blank email and type just his name.' },
  { role: 'client', text: answer },
];

test('a grudging or sarcastic yes gets no step and no cue', async () => {
  for (const answer of [
    'sure, if you say so',
    'fine. whatever',
    'ok sure whatever',
    'fine, ill do your stupid step',
    'oh brilliant another breathing exercise',
  ])
    for (const seed of [1, 2]) {
      const [reply] = await replyToTranscript(offered(answer), { which: 'last', seed });
      const kinds = reply.moves.map((move) => move.type);
      assert.ok(!kinds.some((kind) => STEP_MOVES.has(kind)), `${answer}: ${kinds.join()} ${reply.text}`);
    }
});

test('sarcasm in the words of a thanks is owned as a miss, not welcomed', async () => {
  const [reply] = await replyToTranscript(offered('oh great, thanks a lot'), { which: 'last', seed: 1 });
  assert.ok(!reply.moves.some((move) => move.type === 'answer-thanks'), reply.text);
  assert.equal(reply.moves[0]?.type, 'own-miss', reply.text);
});
