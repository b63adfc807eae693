import { formatDuration } from '../realizer/durations.ts';
import type { Realizer } from '../realizer/types.ts';
import type { Move } from '../spec/move.ts';

/**
 * The plan as a channel that cannot deliver nudges must say it. `/v1/chat/completions` is
 * stateless: nothing can reach the person later, so a planned `schedule-nudge` becomes an honest
 * sentence — set a timer yourself, and what to tell yourself when it goes off — instead of a promise
 * nobody keeps. The nudge the plan wanted goes back to the caller in the `tinystep` extension field.
 * This rewrites moves, not reply text: every realizer (templates or a model) phrases the new plan
 * and its checks hold it to that plan, so no "I'll nudge you" can slip through.
 */
export function planForChannelWithoutNudges(plan: readonly Move[]): Move[] {
  const alreadyCued = plan.some((other) => other.type === 'deliver-cue');
  const nudgeTimes = new Set(plan.flatMap((move) => (move.type === 'schedule-nudge' ? [move.afterMs] : [])));
  return plan.flatMap((move): Move[] => {
    if (move.type === 'hold') {
      // a pause says "I'll check in after"; with a nudge at the same time, the nudge's sentence says it all
      if (nudgeTimes.has(move.afterMs)) return [];
      const time = formatDuration(move.afterMs);
      const rationale = `Take ${time} for it; this chat can't check in on its own, so come back and tell me when the time is up.`;
      return [{ type: 'explain', rationale, scope: true }];
    }
    if (move.type !== 'schedule-nudge') return [move];
    const time = formatDuration(move.afterMs);
    const paused = plan.some((other) => other.type === 'hold' && other.afterMs === move.afterMs);
    const rationale = paused
      ? `Take ${time} for it; this chat can't check in on its own, so set a timer for ${time} and come back when it goes off.`
      : `This chat can't send you a reminder later, so set a timer for ${time} yourself.`;
    return [
      { type: 'explain', rationale, scope: true },
      ...(move.cue.trim() && !alreadyCued ? [{ type: 'deliver-cue' as const, phrase: move.cue }] : []),
    ];
  });
}

/** A realizer that phrases every plan as `planForChannelWithoutNudges` rewrites it. */
export function withoutNudgePromises(inner: Realizer): Realizer {
  return {
    name: inner.name,
    realize: (plan, context) => inner.realize(planForChannelWithoutNudges(plan), context),
    realizeNudge: (nudge, context) => inner.realizeNudge(nudge, context),
  };
}
