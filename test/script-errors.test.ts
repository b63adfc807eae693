import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;

test('a script stopped by bad input prints one line and a hint, exit 2, no stack trace', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tinystep-script-errors-'));
  const excerpt = `${JSON.stringify({ id: 'a', turns: ['hi'] })}\n`;
  writeFileSync(join(folder, 'human.jsonl'), excerpt);
  writeFileSync(join(folder, 'simulated.jsonl'), excerpt);
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/realism-mix.ts',
      join(folder, 'human.jsonl'),
      join(folder, 'out'),
      '1',
      join(folder, 'simulated.jsonl'),
      '--protocol',
      'forced-half',
      '--per-side',
      '10',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(run.status, 2, run.stderr);
  assert.match(
    run.stderr,
    /^tinystep: forced-half needs 10 excerpts a side; got 1 human and 1 simulated\n {2}hint: /,
  );
  assert.doesNotMatch(run.stderr, /\n\s+at /, run.stderr);
});
