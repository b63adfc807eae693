import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Turn } from '../../src/spec/transcript.ts';

/** The evaluator of an earlier commit, loaded in this process beside today's so both run on the same input. */
export type EvaluatorAtCommit = {
  commit: string;
  /** the temporary folder that holds its extracted src/ */
  folder: string;
  /** scores turns as that commit's evaluator did (its result's shape is whatever it was then) */
  evaluateTranscript: (turns: readonly Turn[]) => unknown;
  /** reads and scores one file with that commit's reader and evaluator */
  summarizeFile: (file: string) => { turns: number };
  clearEvaluatorMemos: () => void;
  /** that commit's (memoised) reading of a client line: what understanding costs its evaluator */
  understandCached: (text: string) => unknown;
  /** removes the extracted copy */
  dispose: () => void;
};

const REPOSITORY = resolve(import.meta.dirname, '../..');

/**
 * Extracts `src/` (with package.json and tsconfig.json, which make its .ts files ES modules) of the
 * commit into a temporary folder with `git archive`, links today's node_modules beside it and imports
 * its evaluator. No old code is kept in the repository; the history is the copy. Returns the reason
 * instead when there is no git or the commit is not in this clone's history (a shallow clone, a tarball).
 */
export async function loadEvaluatorAtCommit(commit: string): Promise<EvaluatorAtCommit | string> {
  try {
    execFileSync('git', ['cat-file', '-e', `${commit}^{commit}`], { cwd: REPOSITORY, stdio: 'ignore' });
  } catch {
    return `commit ${commit} is not in this clone's git history (a shallow clone or no git): its column is skipped`;
  }
  const folder = mkdtempSync(join(tmpdir(), `tinystep-evaluator-${commit}-`));
  const dispose = () => rmSync(folder, { recursive: true, force: true });
  try {
    const archive = execFileSync(
      'git',
      ['archive', '--format=tar', commit, 'src', 'package.json', 'tsconfig.json'],
      {
        cwd: REPOSITORY,
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    execFileSync('tar', ['-x', '-C', folder], { input: archive });
    symlinkSync(join(REPOSITORY, 'node_modules'), join(folder, 'node_modules'), 'dir');
    const load = (path: string) => import(pathToFileURL(join(folder, path)).href);
    const evaluator = await load('src/evaluator/index.ts');
    const memos = await load('src/evaluator/memos.ts');
    const understanding = await load('src/evaluator/understand-cached.ts');
    return {
      commit,
      folder,
      evaluateTranscript: evaluator.evaluateTranscript,
      summarizeFile: evaluator.summarizeFile,
      clearEvaluatorMemos: memos.clearEvaluatorMemos,
      understandCached: understanding.understandCached,
      dispose,
    };
  } catch (error) {
    dispose();
    return `the evaluator of ${commit} could not be loaded (${error instanceof Error ? error.message : String(error)}): its column is skipped`;
  }
}
