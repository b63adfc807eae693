/**
 * Runs a bench again as the CLI ships: built by esbuild the way scripts/build-cli.mjs builds dist/cli
 * (one ESM bundle, npm packages external, node20, whitespace minified), then run by plain node. The
 * benches themselves run under tsx, whose transform keeps every function's name (keepNames) and cost
 * the coach's turn about a sixth more than the shipped build on round 12's machine, so the two figures
 * are printed side by side and neither hides the other.
 *
 * The bundle is written two folders below the repository root, as dist/cli's chunks are: the model
 * loader looks for its files at `../../src/understanding/model/` from the bundle, and a bundle one
 * folder down (bench/x.mjs, as round 10–11's A/B bundles were) silently runs without the learned
 * readers.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Set in the child, so a bench run as shipped does not build and run itself again. */
export const AS_SHIPPED_ENV = 'TINYSTEP_BENCH_AS_SHIPPED';

export const runningAsShipped = () => process.env[AS_SHIPPED_ENV] === '1';

/** Builds `entry` (a path from the repository root) as shipped, runs it, and returns what it printed. */
export async function runAsShipped(entry: string): Promise<string> {
  const folder = join(ROOT, 'bench', `.as-shipped-${process.pid}`);
  const outfile = join(folder, `${basename(entry, '.ts')}.mjs`);
  mkdirSync(folder, { recursive: true });
  try {
    await build({
      absWorkingDir: ROOT,
      entryPoints: [entry],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      minifyWhitespace: true,
      logLevel: 'warning',
    });
    const run = spawnSync(process.execPath, [outfile], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, [AS_SHIPPED_ENV]: '1' },
    });
    if (run.status !== 0) throw new Error(`the shipped build of ${entry} failed: ${run.stderr.trim()}`);
    return run.stdout.trimEnd();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
