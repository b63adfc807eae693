import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';
import type { Move } from '../spec/move.ts';
import type { Turn } from '../spec/transcript.ts';
import { nudgeWordsProblem } from './nudge-words.ts';

const nudge = (words: Record<string, string>): Move =>
  ({ type: 'schedule-nudge', nudgeId: 'n1', afterMs: 60_000, ...words }) as Move;

test('a nudge brings its own words, or none beside what it is for', () => {
  assert.equal(nudgeWordsProblem(nudge({ cue: 'Open the draft.' })), undefined);
  assert.equal(nudgeWordsProblem(nudge({ cue: '', about: 'the tax return' })), undefined);
  assert.equal(nudgeWordsProblem(nudge({ cue: '' })), undefined);
});

test('a blank cue, an about beside a cue, or an empty about breaks the contract', () => {
  assert.ok(nudgeWordsProblem(nudge({ cue: '  ' })));
  assert.ok(nudgeWordsProblem(nudge({ cue: 'Open the draft.', about: 'the draft' })));
  assert.ok(nudgeWordsProblem(nudge({ cue: '', about: ' ' })));
});

// reminders asked beside a stock step, a step of theirs, a condition and a time of day
const SESSIONS: string[][] = [
  ['i keep putting off my tax return', 'can you remind me at 9pm to do it'],
  ['i need to email my landlord about the damp', 'nudge me in 10 minutes'],
  ['i keep fiddling with the intro of my essay', 'nudge me if i start fiddling again'],
  ['ugh i have to clean the kitchen', "what's the first tiny step", 'ok remind me in 5 min'],
  ['remind me tomorrow morning to call the dentist'],
];

test('every nudge the coach schedules keeps the contract', async () => {
  let nudges = 0;
  for (const lines of SESSIONS) {
    const turns: Turn[] = lines.map((text) => ({ role: 'client', text }));
    for (const seed of [1, 2, 3]) {
      for (const reply of await replyToTranscript(turns, { which: 'all', seed })) {
        for (const move of reply.moves) {
          if (move.type !== 'schedule-nudge') continue;
          nudges++;
          assert.equal(nudgeWordsProblem(move), undefined, JSON.stringify(move));
        }
      }
    }
  }
  assert.ok(nudges >= 10, `only ${nudges} nudges scheduled`);
});
