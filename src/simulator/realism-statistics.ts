import { countWords } from '../text/sentences.ts';

/**
 * The one pattern that counts an explicit request in a client turn, for "tell me exactly…" and
 * "nudge / remind me…" alike (docs/simulator/calibration.md). Deliberately simple: the real-world
 * figure (about 1% of turns) was counted the same plain way.
 */
export const EXPLICIT_REQUEST =
  /\b(?:tell me (?:exactly|what to do|what i should do)|exactly what (?:to|i should|should i) do|(?:nudge|remind|ping|text|message) me)\b/i;

/** The real help-seekers' figures (about 20,000 chat turns; issue 18) and how far we may stray. */
export const REALISM_TARGETS = {
  medianWords: 12,
  p90Words: 30,
  questionShare: 0.1,
  requestShare: 0.01,
} as const;

/**
 * Further figures from real people typing in a counselling chat: the client side of MIBot v6.3A
 * (zaffnet/MIBOT_ACL2025@ebd991d, transcripts/, CC BY-SA 4.0; 106 chats, 1,574 client turns;
 * aggregate figures only, no text taken — docs/data.md). A guide beside the targets, not a bar:
 * those people were smokers talking with a study's chatbot, not help-seekers.
 */
export const REFERENCE_FIGURES = {
  lowercaseShare: 0.368,
  unpunctuatedShare: 0.663,
  shortShare: 0.228,
} as const;

/** ±25% of the target, the tolerance. */
export const TOLERANCE = 0.25;

export type RealismStatistics = {
  turns: number;
  medianWords: number;
  p90Words: number;
  /** Share of client turns with a question mark. */
  questionShare: number;
  /** Share of client turns matching EXPLICIT_REQUEST. */
  requestShare: number;
  /** Share typed all in lower case (with at least one letter). */
  lowercaseShare: number;
  /** Share not ending in . ! ? or … */
  unpunctuatedShare: number;
  /** Share of one- and two-word turns ("idk", "yeah ok"). */
  shortShare: number;
};

function quantile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  // nearest rank: the value below which `share` of the turns fall (or equal)
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1];
}

/** Statistics over client utterances, as a chat help-seeker's side is measured. */
export function realismStatistics(utterances: readonly string[]): RealismStatistics {
  const words = utterances.map(countWords).sort((left, right) => left - right);
  const turns = utterances.length;
  const share = (test: (text: string) => boolean) =>
    turns === 0 ? 0 : utterances.filter(test).length / turns;
  return {
    turns,
    medianWords: quantile(words, 0.5),
    p90Words: quantile(words, 0.9),
    questionShare: share((text) => text.includes('?')),
    requestShare: share((text) => EXPLICIT_REQUEST.test(text)),
    lowercaseShare: share((text) => /\p{L}/u.test(text) && text === text.toLowerCase()),
    unpunctuatedShare: share((text) => !/[.!?…]\s*$/u.test(text)),
    shortShare: share((text) => countWords(text) <= 2),
  };
}

export type RealismRow = {
  statistic: keyof typeof REALISM_TARGETS | keyof typeof REFERENCE_FIGURES;
  value: number;
  target: number;
  within: boolean;
};

/** Each statistic beside its target, within ±25% or not. */
export function compareWithTargets(statistics: RealismStatistics): RealismRow[] {
  return (Object.keys(REALISM_TARGETS) as Array<keyof typeof REALISM_TARGETS>).map((statistic) => {
    const target = REALISM_TARGETS[statistic];
    const value = statistics[statistic];
    return { statistic, value, target, within: Math.abs(value - target) <= target * TOLERANCE + 1e-9 };
  });
}

/** The reference figures beside ours (a guide, printed apart from the targets). */
export function compareWithReference(statistics: RealismStatistics): RealismRow[] {
  return (Object.keys(REFERENCE_FIGURES) as Array<keyof typeof REFERENCE_FIGURES>).map((statistic) => {
    const target = REFERENCE_FIGURES[statistic];
    const value = statistics[statistic];
    return { statistic, value, target, within: Math.abs(value - target) <= target * TOLERANCE + 1e-9 };
  });
}
