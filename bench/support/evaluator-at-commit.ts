import type { Turn } from '../../src/spec/transcript.ts';
import { extractSourceAtCommit } from './source-at-commit.ts';

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

/**
 * The evaluator of `commit` (its `src/` extracted by source-at-commit.ts), imported into this process.
 * Returns the reason instead when there is no git or the commit is not in this clone's history.
 */
export async function loadEvaluatorAtCommit(commit: string): Promise<EvaluatorAtCommit | string> {
  const source = extractSourceAtCommit(commit);
  if (typeof source === 'string') return source;
  try {
    const evaluator = await source.load('src/evaluator/index.ts');
    const memos = await source.load('src/evaluator/memos.ts');
    const understanding = await source.load('src/evaluator/understand-cached.ts');
    return {
      commit,
      folder: source.folder,
      evaluateTranscript: evaluator.evaluateTranscript as EvaluatorAtCommit['evaluateTranscript'],
      summarizeFile: evaluator.summarizeFile as EvaluatorAtCommit['summarizeFile'],
      clearEvaluatorMemos: memos.clearEvaluatorMemos as EvaluatorAtCommit['clearEvaluatorMemos'],
      understandCached: understanding.understandCached as EvaluatorAtCommit['understandCached'],
      dispose: source.dispose,
    };
  } catch (error) {
    source.dispose();
    return `the evaluator of ${commit} could not be loaded (${error instanceof Error ? error.message : String(error)}): its column is skipped`;
  }
}
