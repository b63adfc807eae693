import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
  say('building the web UI (once)…');
  const { build } = await import('vite');
  // root given here too: the config's relative root would otherwise depend on the current directory
  await build({ configFile: join(REPOSITORY_ROOT, 'vite.config.ts'), root: WEB_SOURCE, logLevel: 'warn' });
}
