/**
 * The word budget: a turn keeps the sentences that answer requests and drops the others,
 * lowest priority first, until it fits. Tired people get shorter turns (session rule 6).
 */
import type { MoveType } from '../spec/move.ts';
import { sentenceFacts } from './sentence-cache.ts';

/** Moves that answer a request or keep someone safe: never dropped. */
export const ANSWER_CARRYING: ReadonlySet<MoveType> = new Set<MoveType>([
  'answer-concrete',
  'shrink-step',
  'schedule-nudge',
  'deliver-cue',
  'ask-nudge-time',
  'hold',
  'propose-step',
  'explain',
  'close',
  'crisis',
]);

/** Lower drops first; answer-carrying moves are not listed. */
const DROP_PRIORITY: Partial<Record<MoveType, number>> = {
  reflect: 0,
  validate: 0,
  'values-link': 0,
  defuse: 1,
  'permission-to-stop': 1,
  'acknowledge-progress': 2,
  'ask-rating': 2,
  // listening moves: the reflection of their words stays longest, the extras go first
  summarize: 0,
  'validate-topic': 0,
  'say-scope': 0,
  affirm: 1,
  'reflect-feeling': 1,
  'open-question': 1,
  'reflect-clause': 2,
  'ask-permission': 2,
  // what they asked, or said we missed, is what the turn is for
  'take-up-question': 3,
  'own-miss': 3,
  'answer-apology': 3,
  'answer-thanks': 2,
};

/** The most words a turn may have at this fatigue (0–10): from 90 when fresh down to 30 when spent. */
export function fatigueWordCap(fatigue: number): number {
  const clamped = Math.min(10, Math.max(0, Number.isFinite(fatigue) ? fatigue : 0));
  return Math.round(90 - 6 * clamped);
}

export function effectiveBudget(wordBudget: number, fatigue: number): number {
  const budget = Number.isFinite(wordBudget) && wordBudget > 0 ? wordBudget : Number.POSITIVE_INFINITY;
  return Math.min(budget, fatigueWordCap(fatigue));
}

export type RenderedMove = { type: MoveType; sentences: string[] };

function words(move: RenderedMove): number {
  let sum = 0;
  for (const sentence of move.sentences) sum += sentenceFacts(sentence).words;
  return sum;
}

/** Drops whole low-priority moves (the later one first on ties) until the turn fits `budget`. */
export function fitToBudget(moves: readonly RenderedMove[], budget: number): RenderedMove[] {
  const kept = moves.slice();
  let total = kept.reduce((sum, move) => sum + words(move), 0);
  while (total > budget) {
    let dropIndex = -1;
    let dropPriority = Number.POSITIVE_INFINITY;
    kept.forEach((move, index) => {
      const priority = DROP_PRIORITY[move.type];
      if (priority !== undefined && priority <= dropPriority) {
        dropPriority = priority;
        dropIndex = index;
      }
    });
    if (dropIndex < 0) break;
    total -= words(kept[dropIndex]);
    kept.splice(dropIndex, 1);
  }
  return kept;
}
