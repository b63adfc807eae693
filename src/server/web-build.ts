import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_SOURCE = join(REPOSITORY_ROOT, 'web');
export const WEB_ROOT = join(REPOSITORY_ROOT, 'dist', 'web');

function newestChange(directory: string): number {
  let newest = 0;
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    const stats = statSync(path);
    newest = Math.max(newest, stats.isDirectory() ? newestChange(path) : stats.mtimeMs);
  }
  return newest;
}

export function webBuildIsCurrent(): boolean {
  const built = join(WEB_ROOT, 'index.html');
  return existsSync(built) && statSync(built).mtimeMs >= newestChange(WEB_SOURCE);
}

/** Builds the web UI with vite when dist/web is missing or older than web/. */
export async function ensureWebBuilt(say: (line: string) => void = () => {}): Promise<void> {
  if (webBuildIsCurrent()) return;
  // test files run in parallel processes: one builds, the others wait for it (vite empties dist/web first)
  if (!(await takeBuildLock())) return;
  try {
    if (webBuildIsCurrent()) return;
    say('building the web UI (once)…');
    const { build } = await import('vite');
    // root given here too: the config's relative root would otherwise depend on the current directory
    await build({ configFile: join(REPOSITORY_ROOT, 'vite.config.ts'), root: WEB_SOURCE, logLevel: 'warn' });
  } finally {
    rmSync(BUILD_LOCK, { force: true });
  }
}

const BUILD_LOCK = join(REPOSITORY_ROOT, 'dist', '.web-build.lock');
/** A lock older than this was left by a process that died mid-build. */
const STALE_LOCK_MS = 120_000;

/** True when this process holds the lock; false when another process finished a current build meanwhile. */
async function takeBuildLock(): Promise<boolean> {
  mkdirSync(join(REPOSITORY_ROOT, 'dist'), { recursive: true });
  for (;;) {
    try {
      closeSync(openSync(BUILD_LOCK, 'wx'));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    await sleep(100);
    if (!existsSync(BUILD_LOCK) && webBuildIsCurrent()) return false;
    try {
      if (Date.now() - statSync(BUILD_LOCK).mtimeMs > STALE_LOCK_MS) rmSync(BUILD_LOCK, { force: true });
    } catch {
      // the lock went away between the two calls: try to take it again
    }
  }
}
