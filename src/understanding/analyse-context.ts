import { prepare } from './analyse-prepare.ts';
import { type FoundDuration, findDurations } from './durations.ts';
import { withCorrectionsApplied } from './durations-corrected.ts';
import { earlierNormalised } from './earlier-normalised.ts';
import { foldText } from './fold.ts';
import { analyseLanguage, type LinguisticAnalysis } from './linguistic-analysis.ts';
import type { Normalised } from './normalise.ts';
import type { ReaderContext } from './reader.ts';

/*
 * What every reader of one utterance is handed (reader.ts's ReaderContext): the text prepared once, and
 * what only some readers need (durations, the linguistic analysis, the earlier turns) worked out on the
 * first ask. Split from analyse.ts unchanged.
 */

// a class, not closures per utterance: under tsx (keepNames) each named closure costs a defineProperty
export class LazyContext implements ReaderContext {
  readonly text: string;
  readonly prepared: ReturnType<typeof prepare>;
  private foundDurations: FoundDuration[] | undefined;
  private analysis: LinguisticAnalysis | undefined;

  private readonly earlierTurns: readonly string[];
  private earlierFolded: string | undefined;

  constructor(normalised: Normalised, earlier: readonly string[] = []) {
    this.text = normalised.text;
    this.prepared = prepare(normalised.text);
    this.earlierTurns = earlier;
  }

  // folded only when a reader asks (a clock time after an ask): most turns ask for nothing
  get earlier(): string {
    this.earlierFolded ??=
      this.earlierTurns.length === 0 ? '' : foldText(this.earlierTurns.map(earlierNormalised).join('\n'));
    return this.earlierFolded;
  }

  durations(): FoundDuration[] {
    this.foundDurations ??= withCorrectionsApplied(
      findDurations(this.text, this.prepared.folded, { approximate: true }),
      this.prepared.folded,
    );
    return this.foundDurations;
  }

  language(): LinguisticAnalysis {
    this.analysis ??= analyseLanguage(this.text);
    return this.analysis;
  }
}
