import type { Promise_, TherapistTurnReading } from './therapist-turn-types.ts';
import type { PromiseVerdict } from './types.ts';

/** How far from the promised time a nudge may land and still count as kept. */
export function promiseToleranceMs(afterMs: number): number {
  return Math.max(5000, afterMs * 0.2);
}

type ReadTurn = { role: 'client' | 'therapist'; at?: number; nudge: boolean; reading?: TherapistTurnReading };

/**
 * Every therapist promise and whether it was kept: a nudge turn (a therapist turn with no client turn
 * since the promise) must come — at the promised time (± tolerance) when the transcript has times,
 * or at all before the client speaks again when it has none. A promise at the very end is pending.
 */
export function judgePromises(turns: readonly ReadTurn[]): PromiseVerdict[] {
  const verdicts: PromiseVerdict[] = [];
  turns.forEach((turn, index) => {
    for (const promise of turn.reading?.promises ?? []) verdicts.push(judgeOne(turns, index, promise));
  });
  return verdicts;
}

function judgeOne(turns: readonly ReadTurn[], index: number, promise: Promise_): PromiseVerdict {
  const verdict: PromiseVerdict = { turn: index, text: promise.text, status: 'unkept' };
  if (promise.afterMs !== undefined) verdict.afterMs = promise.afterMs;
  if (promise.condition !== undefined) verdict.condition = promise.condition;
  if (index === turns.length - 1) return { ...verdict, status: 'pending' };
  const promisedAt = turns[index].at;
  for (let later = index + 1; later < turns.length; later++) {
    const turn = turns[later];
    if (turn.role === 'client') return verdict;
    const timed = promisedAt !== undefined && turn.at !== undefined && promise.afterMs !== undefined;
    if (!timed) return { ...verdict, status: 'kept', nudgeTurn: later };
    const lateness = (turn.at ?? 0) - promisedAt - (promise.afterMs ?? 0);
    if (Math.abs(lateness) <= promiseToleranceMs(promise.afterMs ?? 0)) {
      return { ...verdict, status: 'kept', nudgeTurn: later };
    }
    // an early nudge may belong to another promise; keep looking, but remember this one came off time
    if (lateness > 0) return { ...verdict, status: 'off-time', nudgeTurn: later };
  }
  return verdict;
}
