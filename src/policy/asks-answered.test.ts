/**
 * Asks answered as asked (the lead's first-run classes on fresh v23, round 13): a kind word asked for
 * gets a kind word, not a stock step read out as a cue; an ask to have it written gets the words
 * written; "sorry too much info" is an apology, not an ask for a smaller step. Excerpts written for
 * these tests (not from any rated set).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';
import type { Turn } from '../spec/transcript.ts';

async function lastReply(turns: Turn[], seed: number) {
  const [reply] = await replyToTranscript(turns, { which: 'last', seed });
  return reply;
}

test('"can you just tell me its fine" with no task gets a kind word, not a stock step read as a cue', async () => {
  for (const seed of [1, 2, 3, 4]) {
    const reply = await lastReply(
      [
        { role: 'client', text: 'my mate hasnt answered in two days and im spiralling' },
        { role: 'therapist', text: "That sounds hard. What's going through your head?" },
        { role: 'client', text: 'that hes done with me. can you just tell me its fine' },
      ],
      seed,
    );
    const kinds = reply.moves.map((move) => move.type);
    const cue = reply.moves.find((move) => move.type === 'deliver-cue');
    assert.ok(cue?.type === 'deliver-cue' && cue.kind, JSON.stringify(reply.moves));
    assert.ok(!kinds.includes('propose-step'), kinds.join());
    assert.doesNotMatch(reply.text, /glass of water|"/i, reply.text);
  }
});

test('"can you just write it for me. i\'ll copy it" gets the words written, not a step', async () => {
  for (const seed of [1, 2]) {
    const reply = await lastReply(
      [
        { role: 'client', text: 'i need to reply to my landlord about the deposit' },
        { role: 'therapist', text: 'What do you want to say to them?' },
        { role: 'client', text: "can you just write it for me. i'll copy it" },
      ],
      seed,
    );
    const concrete = reply.moves.find((move) => move.type === 'answer-concrete');
    assert.ok(
      concrete?.type === 'answer-concrete' && concrete.script === 'written',
      JSON.stringify(reply.moves),
    );
    assert.doesNotMatch(reply.text, /going round in your head|greeting/i, reply.text);
  }
});

test('"sorry too much info" gets no smaller step pushed', async () => {
  for (const seed of [1, 2]) {
    const reply = await lastReply(
      [
        { role: 'client', text: 'i keep putting off the washing up since my sister moved out' },
        { role: 'client', text: 'sorry too much info' },
      ],
      seed,
    );
    const kinds = reply.moves.map((move) => move.type);
    assert.ok(
      !kinds.includes('shrink-step') && !kinds.includes('propose-step'),
      `${kinds.join()}: ${reply.text}`,
    );
  }
});
