import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** An earlier commit's `src/`, extracted into a temporary folder, whose modules can be imported. */
export type SourceAtCommit = {
  commit: string;
  folder: string;
  /** imports `path` (e.g. 'src/evaluator/index.ts') from the extracted copy */
  load: (path: string) => Promise<Record<string, unknown>>;
  /** removes the extracted copy */
  dispose: () => void;
};

const REPOSITORY = resolve(import.meta.dirname, '../..');

/**
 * Extracts `src/` (with package.json and tsconfig.json, which make its .ts files ES modules) of the
 * commit with `git archive` and links today's node_modules beside it. No old code is kept in the
 * repository; the history is the copy. Returns the reason instead when there is no git or the commit
 * is not in this clone's history (a shallow clone, a tarball).
 */
export function extractSourceAtCommit(commit: string): SourceAtCommit | string {
  try {
    execFileSync('git', ['cat-file', '-e', `${commit}^{commit}`], { cwd: REPOSITORY, stdio: 'ignore' });
  } catch {
    return `commit ${commit} is not in this clone's git history (a shallow clone or no git): its column is skipped`;
  }
  const folder = mkdtempSync(join(tmpdir(), `tinystep-source-${commit}-`));
  const dispose = () => rmSync(folder, { recursive: true, force: true });
  try {
    const archive = execFileSync(
      'git',
      ['archive', '--format=tar', commit, 'src', 'package.json', 'tsconfig.json'],
      { cwd: REPOSITORY, maxBuffer: 256 * 1024 * 1024 },
    );
    execFileSync('tar', ['-x', '-C', folder], { input: archive });
    symlinkSync(join(REPOSITORY, 'node_modules'), join(folder, 'node_modules'), 'dir');
  } catch (error) {
    dispose();
    return `the source of ${commit} could not be extracted (${error instanceof Error ? error.message : String(error)})`;
  }
  const load = (path: string) => import(pathToFileURL(join(folder, path)).href);
  return { commit, folder, load, dispose };
}
