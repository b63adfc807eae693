import { createKeywordScanner, type KeywordScanner } from '../../understanding/keyword-scan.ts';
import { gateLiterals } from '../gate-literals.ts';

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
 *
 * The alternations of a family share one scanner, and the last text's scan is kept: the coder asks
 * up to six of its cue alternations about the same utterance in a row, and the text is scanned once.
 */
export type GatedAlternation = {
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
  /** the joined pattern, as it was written (for tests and a look at the source) */
  readonly pattern: RegExp;
};

// a keyword's first characters occur wherever it does, so cutting keywords only lets more branches
// run, never fewer; at 8 characters the cue family's scanner builds in about a fifth of the time it
// takes at the scanner's own 12 (a cold `tinystep eval` builds it), and evaluation is as fast (at 6 it
// was 6% slower)
const KEYWORD_PREFIX = 8;

/** Alternations that share one scanner: those asked about the same texts (the coder's therapist cues). */
export type AlternationFamily = { alternation(sources: readonly string[]): GatedAlternation };

export function createAlternationFamily(): AlternationFamily {
  // the family's branches in one list; the scanner over them is (re)built on first use after a change
  const branches: RegExp[] = [];
  let scanner: KeywordScanner | undefined;
  let lastText: string | undefined;
  let lastLive: Uint8Array = new Uint8Array(0);
  const liveBranches = (text: string): Uint8Array => {
    if (scanner === undefined) {
      // the literals are derived from each branch's source, not written by hand, so an edited
      // branch can never fall out of its gate (a branch with no literal always runs)
      scanner = createKeywordScanner(
        branches.map(
          (branch) => gateLiterals(branch)?.map((literal) => literal.slice(0, KEYWORD_PREFIX)) ?? null,
        ),
      );
      lastText = undefined;
    }
    if (text !== lastText) {
      lastLive = scanner.scan(text);
      lastText = text;
    }
    return lastLive;
  };
  return {
    alternation(sources: readonly string[]): GatedAlternation {
      const pattern = new RegExp(sources.join('|'));
      const first = branches.length;
      for (const source of sources) branches.push(new RegExp(source));
      const end = branches.length;
      scanner = undefined;
      const exec = (text: string): RegExpExecArray | null => {
        const live = liveBranches(text);
        let best: RegExpExecArray | null = null;
        for (let index = first; index < end; index++) {
          if (live[index] === 0) continue;
          const match = branches[index].exec(text);
          if (match && (best === null || match.index < best.index)) {
            best = match;
            // nothing starts before 0, and a tie goes to the earlier branch: this one
            if (match.index === 0) break;
          }
        }
        return best;
      };
      return { exec, test: (text) => exec(text) !== null, pattern };
    },
  };
}

/** One alternation with a scanner of its own. */
export function gatedAlternation(sources: readonly string[]): GatedAlternation {
  return createAlternationFamily().alternation(sources);
}
