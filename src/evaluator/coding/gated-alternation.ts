import { createKeywordScanner, type KeywordScanner } from '../../understanding/keyword-scan.ts';
import { deriveRequiredLiterals } from '../../understanding/required-literals.ts';

/**
 * A big alternation of cue patterns that runs only the branches whose required literals occur in
 * the text, and finds the same match as the joined RegExp. The joined RegExp tries every branch at
 * every position, and most utterances contain none of a branch's words; one keyword scan of the text
 * (`keyword-scan.ts`, the gate understanding uses) says which branches can match at all.
 *
 * Why the match is the same: the joined pattern returns the leftmost position where any branch
 * matches and, at that position, the first branch in order that matches there, with that branch's
 * own match. A branch whose literals are absent matches nowhere. Each live branch run alone gives its
 * leftmost match; the earliest index wins, a tie going to the earlier branch. Only `[0]` and `index`
 * of the result are meaningful (capture group numbers are the branch's own).
 */
export type GatedAlternation = {
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
  /** the joined pattern, as it was written (for tests and a look at the source) */
  readonly pattern: RegExp;
};

type Built = { branches: RegExp[]; scanner: KeywordScanner };

/** The alternation of `branches` (RegExp sources, no flags), gated branch by branch. */
export function gatedAlternation(branches: readonly string[]): GatedAlternation {
  const pattern = new RegExp(branches.join('|'));
  // built on first use: the literals are derived from each branch's source, not written by hand,
  // so an edited branch can never fall out of its gate (a branch with no literal always runs)
  let built: Built | undefined;
  const build = (): Built => {
    const compiled = branches.map((source) => new RegExp(source));
    return {
      branches: compiled,
      scanner: createKeywordScanner(compiled.map((branch) => deriveRequiredLiterals(branch))),
    };
  };
  const exec = (text: string): RegExpExecArray | null => {
    built ??= build();
    const live = built.scanner.scan(text);
    let best: RegExpExecArray | null = null;
    for (let index = 0; index < live.length; index++) {
      if (live[index] === 0) continue;
      const match = built.branches[index].exec(text);
      if (match && (best === null || match.index < best.index)) {
        best = match;
        // nothing starts before 0, and a tie goes to the earlier branch: this one
        if (match.index === 0) break;
      }
    }
    return best;
  };
  return { exec, test: (text) => exec(text) !== null, pattern };
}
