/**
 * "What would you do" asks for our view, not for an order (round 15, issue 17): the step is given as
 * what we would do in their place, and a plain "tell me what to do" keeps the direct answer. Every
 * explicit ask is still answered in the same turn with a concrete step. Excerpts written for these
 * tests (not from any rated set).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';
import type { Turn } from '../spec/transcript.ts';

async function lastReply(turns: Turn[], seed: number) {
  const [reply] = await replyToTranscript(turns, { which: 'last', seed });
  return reply;
}

// (forms understanding reads as a request for a step; "honestly what would you do" is read only as
// their question, taken up as a decision: left to the understanding lane, see the round note)
const OPINION_ASKS = [
  'ok what would you do',
  'so what would you do then',
  'should i just ring them? what would you do',
];

test('"what would you do" gets the step as ours, still a concrete answer to the ask', async () => {
  for (const [index, ask] of OPINION_ASKS.entries()) {
    for (const seed of [1, 2, 3]) {
      const reply = await lastReply(
        [
          { role: 'client', text: 'i owe the council tax people and the letters keep coming' },
          { role: 'therapist', text: 'That sounds like a lot of pressure landing through the door.' },
          { role: 'client', text: ask },
        ],
        seed + index * 10,
      );
      const concrete = reply.moves.find((move) => move.type === 'answer-concrete');
      assert.ok(concrete?.type === 'answer-concrete' && concrete.asOurs, JSON.stringify(reply.moves));
      assert.match(reply.text, /\b(?:if it were me|in your shoes|if i were you)\b/i, reply.text);
      assert.doesNotMatch(reply.text, /exactly what to do/i, reply.text);
      // the step itself is said in the reply (the evaluator's reading of these forms as a concrete
      // answer is held by the session-rule checks in src/runner, which may import the evaluator)
      assert.ok(reply.text.toLowerCase().includes(concrete.steps[0].toLowerCase().slice(0, 20)), reply.text);
    }
  }
});

test('a plain "just tell me what to do" is answered directly, not as our view', async () => {
  for (const seed of [1, 2, 3, 4]) {
    const reply = await lastReply(
      [
        { role: 'client', text: 'my cv is years old and i need a job by next month' },
        { role: 'therapist', text: "That's a tight spot to be in." },
        { role: 'client', text: 'look just tell me what to do' },
      ],
      seed,
    );
    const concrete = reply.moves.find((move) => move.type === 'answer-concrete');
    assert.ok(concrete?.type === 'answer-concrete' && !concrete.asOurs, JSON.stringify(reply.moves));
    assert.doesNotMatch(reply.text, /\b(?:if it were me|in your shoes|if i were you)\b/i, reply.text);
    // (a single step after the first is no finale: "Finally, tell me how it went" read as a form)
    assert.doesNotMatch(reply.text, /\b(?:Finally|Last|To finish),/, reply.text);
    assert.ok(reply.text.toLowerCase().includes(concrete.steps[0].toLowerCase().slice(0, 20)), reply.text);
  }
});

test('"what would you do" beside a disclosure still gets the crisis reply first', async () => {
  const reply = await lastReply(
    [
      { role: 'client', text: 'the debt is crushing me' },
      { role: 'therapist', text: 'That sounds like a heavy weight.' },
      { role: 'client', text: 'what would you do. i just want to kill myself honestly' },
    ],
    1,
  );
  assert.ok(
    reply.moves.some((move) => move.type === 'crisis'),
    JSON.stringify(reply.moves.map((move) => move.type)),
  );
  assert.doesNotMatch(reply.text, /\b(?:if it were me|in your shoes)\b/i, reply.text);
});
