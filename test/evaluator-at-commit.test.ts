import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { loadEvaluatorAtCommit } from '../bench/support/evaluator-at-commit.ts';

// bench:eval compares today's evaluator with the one before issue 19, taken from git history
const BEFORE_ISSUE_19 = 'd03d8ea';

function inHistory(commit: string): boolean {
  try {
    execFileSync('git', ['cat-file', '-e', `${commit}^{commit}`], {
      cwd: import.meta.dirname,
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

test('a commit missing from the history gives a reason, not an exception', async () => {
  const loaded = await loadEvaluatorAtCommit('0123456789abcdef0123456789abcdef01234567');
  assert.equal(typeof loaded, 'string');
  assert.match(loaded as string, /not in this clone's git history.*skipped/);
});

test('the evaluator before issue 19 is loaded from history and scores a transcript with its own code', {
  skip: inHistory(BEFORE_ISSUE_19) ? false : `${BEFORE_ISSUE_19} is not in this clone's history`,
}, async () => {
  const loaded = await loadEvaluatorAtCommit(BEFORE_ISSUE_19);
  assert.notEqual(typeof loaded, 'string', String(loaded));
  if (typeof loaded === 'string') return;
  const result = loaded.evaluateTranscript([
    { role: 'client', text: 'can you nudge me in 30 seconds?' },
    { role: 'therapist', text: "Sure, I'll nudge you in 30 seconds." },
  ]) as { turns: number; requests: unknown[]; miti?: unknown };
  assert.equal(result.turns, 2);
  assert.equal(result.requests.length, 1);
  // the MITI coding came with issue 19: its absence shows this is the older code, not today's
  assert.equal(result.miti, undefined);
  assert.ok(existsSync(loaded.folder));
  loaded.dispose();
  assert.ok(!existsSync(loaded.folder), 'the extracted copy is removed');
});
