/**
 * Per-turn statistics of client turns beside the counsellor turn they answer: the comparison of real
 * MIBot clients with simulated smokers (issue 18). Wider than `realism-statistics.ts` (the calibration
 * targets): how people start and end a turn, hedge, answer yes or no, and take up the counsellor's
 * words. Aggregate figures only; no text leaves this module.
 */
import { countWords } from '../text/sentences.ts';
import type { ClientTurn } from './mibot-realism.ts';

export type TurnStatistics = {
  turns: number;
  medianWords: number;
  p90Words: number;
  /** Share of one-word turns ("Apprehensive", "no"). */
  oneWord: number;
  /** Share of turns typed all in lower case. */
  lowercase: number;
  /** Share whose first letter is a capital. */
  capitalStart: number;
  /** Share ending with no . ! ? or … */
  unpunctuated: number;
  /** Share of turns with more than one sentence. */
  severalSentences: number;
  /** Share with a question mark. */
  question: number;
  /** Share with a hedge ("not sure", "maybe", "i guess", "i think"). */
  hedge: number;
  /** Share written without an apostrophe where one belongs ("im", "dont"). */
  droppedApostrophe: number;
  /** Share that open on yes / no / ok. */
  yesNoOpening: number;
  /** Share that follow a counsellor turn with a question. */
  afterQuestion: number;
  /** Share that take up a content word of the counsellor turn before them. */
  takesUpWords: number;
  /** Share that talk about smoking or vaping by name (topic held). */
  namesTopic: number;
};

const HEDGE =
  /\b(not sure|unsure|maybe|perhaps|i guess|i suppose|i think|probably|kind of|kinda|sort of|dunno|i don'?t know|idk|no idea)\b/i;
const DROPPED = /\b(im|dont|cant|ive|didnt|doesnt|isnt|wont|wasnt|thats|theres|youre|id|ill)\b/;
const YES_NO = /^(yes|yeah|yep|yup|ya|no|nope|nah|not really|ok|okay|sure|definitely|absolutely)\b/i;
const TOPIC = /\b(smok\w*|cigarettes?|cigs?|vap\w*|nicotine|quit\w*|tobacco|packs?)\b/i;
const STOP = new Set(
  'that this with have what about your there their would could should when where which been from they them then than were will just like more some into also does very much really thing things feel feeling'.split(
    ' ',
  ),
);

const contentWords = (text: string) =>
  new Set(
    (text.toLowerCase().match(/\p{L}+/gu) ?? [])
      .filter((word) => word.length >= 4 && !STOP.has(word))
      .map((word) => word.slice(0, 5)),
  );

function quantile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.max(1, Math.ceil(share * sorted.length)) - 1];
}

export function turnStatistics(turns: readonly ClientTurn[]): TurnStatistics {
  const words = turns.map((turn) => countWords(turn.text)).sort((left, right) => left - right);
  const share = (test: (turn: ClientTurn) => boolean) =>
    turns.length === 0 ? 0 : turns.filter(test).length / turns.length;
  return {
    turns: turns.length,
    medianWords: quantile(words, 0.5),
    p90Words: quantile(words, 0.9),
    oneWord: share((turn) => countWords(turn.text) === 1),
    lowercase: share((turn) => /\p{L}/u.test(turn.text) && turn.text === turn.text.toLowerCase()),
    capitalStart: share((turn) => /^\P{L}*\p{Lu}/u.test(turn.text)),
    unpunctuated: share((turn) => !/[.!?…]\s*$/u.test(turn.text)),
    severalSentences: share((turn) => /[.!?…]+\s+\S/u.test(turn.text.trim())),
    question: share((turn) => turn.text.includes('?')),
    hedge: share((turn) => HEDGE.test(turn.text)),
    droppedApostrophe: share((turn) => DROPPED.test(turn.text.toLowerCase())),
    yesNoOpening: share((turn) => YES_NO.test(turn.text.trim())),
    afterQuestion: share((turn) => turn.after.includes('?')),
    takesUpWords: share((turn) => {
      const before = contentWords(turn.after);
      return [...contentWords(turn.text)].some((word) => before.has(word));
    }),
    namesTopic: share((turn) => TOPIC.test(turn.text)),
  };
}

/** Two columns side by side, shares as percentages. */
export function describeTurnStatistics(
  leftName: string,
  left: TurnStatistics,
  rightName: string,
  right: TurnStatistics,
): string {
  const format = (key: keyof TurnStatistics, value: number) =>
    key === 'turns' || key === 'medianWords' || key === 'p90Words'
      ? String(value)
      : `${(100 * value).toFixed(1)}%`;
  const rows = (Object.keys(left) as Array<keyof TurnStatistics>).map(
    (key) => `| ${key} | ${format(key, left[key])} | ${format(key, right[key])} |`,
  );
  return [`| per client turn | ${leftName} | ${rightName} |`, '| --- | --- | --- |', ...rows].join('\n');
}
