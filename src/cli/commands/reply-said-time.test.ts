import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCliInProcess } from '../testing/run-cli-in-process.ts';

// `tinystep reply` on a JSON Lines transcript whose turns carry their time: the promise names the day
// and the half of the day the person meant, as the clock stood when they said it (UTC: no zone given)
async function replyAt(at: number, text: string): Promise<{ text: string; dueInMs: number[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'tinystep-said-time-'));
  try {
    const lines = [
      { role: 'user', text: 'I need to send the tax form', at: at - 60_000 },
      { role: 'user', text, at },
    ];
    writeFileSync(join(folder, 't.jsonl'), lines.map((line) => JSON.stringify(line)).join('\n'));
    const run = await runCliInProcess(['reply', 't.jsonl', '--json'], { cwd: folder });
    assert.equal(run.code, 0, run.err);
    const reply = JSON.parse(run.out) as { text: string; nudges: { dueInMs: number }[] };
    return { text: reply.text, dueInMs: reply.nudges.map((nudge) => nudge.dueInMs) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const HOUR = 3_600_000;
// Thursday 10 December 2026
const THURSDAY = (hour: number) => Date.UTC(2026, 11, 10, hour);

test('"friday at 6" said on a Thursday evening is Friday 6pm, said as Friday, not only "tomorrow"', async () => {
  const reply = await replyAt(THURSDAY(20), 'can you remind me friday at 6');
  assert.deepEqual(reply.dueInMs, [22 * HOUR]);
  assert.match(reply.text, /\b6pm on Friday\b/, reply.text);
  assert.doesNotMatch(reply.text, /\btomorrow\b/, reply.text);
});

test('"fri at 6" said on a Monday is Friday, not today', async () => {
  const monday = Date.UTC(2026, 11, 7, 10);
  const reply = await replyAt(monday, 'fri at 6 remind me pls');
  assert.deepEqual(reply.dueInMs, [Date.UTC(2026, 11, 11, 18) - monday]);
  assert.match(reply.text, /\b6pm on Friday\b/, reply.text);
});

test('"at 11" said at 10pm is 11pm tonight; "at 7" said at 8pm is 7am tomorrow, unless "tonight"', async () => {
  const late = await replyAt(THURSDAY(22), 'check on me at 11 to see if i submitted');
  assert.deepEqual(late.dueInMs, [HOUR]);
  assert.match(late.text, /\b11pm\b/, late.text);
  const evening = await replyAt(THURSDAY(20), 'ring me at 7');
  assert.deepEqual(evening.dueInMs, [11 * HOUR]);
  assert.match(evening.text, /\b7am tomorrow\b/, evening.text);
  // the hour said in the morning keeps its usual half
  const morning = await replyAt(THURSDAY(10), 'ring me at 7');
  assert.deepEqual(morning.dueInMs, [9 * HOUR]);
  assert.match(morning.text, /\b7pm\b/, morning.text);
});
