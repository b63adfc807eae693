import { normalizeSentence } from '../text/sentences.ts';
import type { TherapistTurnReading } from './therapist-turn-types.ts';
import type { PromiseVerdict } from './types.ts';

/** How far from the promised time a nudge may land and still count as kept. */
export function promiseToleranceMs(afterMs: number): number {
  return Math.max(5000, afterMs * 0.2);
}

type ReadTurn = {
  role: 'client' | 'therapist';
  text: string;
  at?: number;
  nudge: boolean;
  reading?: TherapistTurnReading;
};

/**
 * Every therapist promise and whether it was kept. With times (the promise has a delay and the turns
 * carry `at`), a nudge turn must land at the promised time ± tolerance, even if the client spoke in
 * between — a timer does not stop because the person talked; each nudge turn keeps one promise, and one
 * that carries the promised words is preferred. Without times, a nudge turn must come at all before the
 * client speaks again. A promise whose time is not up when the transcript ends is pending.
 */
export function judgePromises(turns: readonly ReadTurn[]): PromiseVerdict[] {
  const normalized = new Map<number, string>();
  const textOf = (index: number) => {
    let text = normalized.get(index);
    if (text === undefined) {
      text = normalizeSentence(turns[index].text);
      normalized.set(index, text);
    }
    return text;
  };
  const lastAt = turns.reduce((latest, turn) => Math.max(latest, turn.at ?? -Infinity), -Infinity);
  const verdicts: PromiseVerdict[] = [];
  const timed: { verdict: PromiseVerdict; dueAt: number; tolerance: number; cue: string }[] = [];
  turns.forEach((turn, index) => {
    for (const promise of turn.reading?.promises ?? []) {
      const verdict: PromiseVerdict = { turn: index, text: promise.text, status: 'unkept' };
      if (promise.afterMs !== undefined) verdict.afterMs = promise.afterMs;
      if (promise.condition !== undefined) verdict.condition = promise.condition;
      if (promise.cue !== undefined) verdict.cue = promise.cue;
      verdicts.push(verdict);
      if (index === turns.length - 1) verdict.status = 'pending';
      else if (turn.at !== undefined && promise.afterMs !== undefined) {
        const cue = promise.cue ? normalizeSentence(promise.cue) : '';
        timed.push({
          verdict,
          dueAt: turn.at + promise.afterMs,
          tolerance: promiseToleranceMs(promise.afterMs),
          cue,
        });
      }
    }
  });
  const claimed = new Set<number>();
  // on time first, best pairs first (the promised words, then the nearest time), so one nudge
  // does not keep two promises and an early off-time match cannot take a later promise's nudge
  const pairs: { item: (typeof timed)[number]; turn: number; score: number }[] = [];
  for (const item of timed) {
    for (let later = item.verdict.turn + 1; later < turns.length; later++) {
      const turn = turns[later];
      if (turn.role !== 'therapist' || !turn.nudge || turn.at === undefined) continue;
      const lateness = Math.abs(turn.at - item.dueAt);
      if (lateness <= item.tolerance)
        pairs.push({ item, turn: later, score: cueScore(item.cue, turn.text, textOf(later)) + lateness });
    }
  }
  pairs.sort((left, right) => left.score - right.score);
  for (const pair of pairs) {
    if (claimed.has(pair.turn) || pair.item.verdict.status !== 'unkept') continue;
    pair.item.verdict.status = 'kept';
    pair.item.verdict.nudgeTurn = pair.turn;
    claimed.add(pair.turn);
  }
  for (const item of timed) {
    if (item.verdict.status !== 'unkept') continue;
    const late = lateNudge(turns, item, claimed, textOf);
    if (late !== undefined) {
      item.verdict.status = 'off-time';
      item.verdict.nudgeTurn = late;
      claimed.add(late);
    } else if (lastAt < item.dueAt + item.tolerance) item.verdict.status = 'pending';
  }
  // without times: a nudge turn before the client speaks again
  for (const verdict of verdicts) {
    if (verdict.status !== 'unkept' || timed.some((item) => item.verdict === verdict)) continue;
    for (let later = verdict.turn + 1; later < turns.length && turns[later].role === 'therapist'; later++) {
      if (claimed.has(later) || !turns[later].nudge) continue;
      verdict.status = 'kept';
      verdict.nudgeTurn = later;
      claimed.add(later);
      break;
    }
  }
  // a reminder called off out loud is withdrawn, not broken (the crisis path cancels reminders)
  const withdrawals = turns.flatMap((turn, index) => (turn.reading?.withdrawsPromises ? [index] : []));
  for (const verdict of verdicts)
    if (verdict.status === 'unkept' && withdrawals.some((index) => index > verdict.turn))
      verdict.status = 'withdrawn';
  return verdicts;
}

const QUOTED = /["“]([^"“”]{1,120})["”]/g;

/** Lower is a better match: the nudge quotes exactly the promised words, then contains them, then no words were promised. */
function cueScore(cue: string, rawText: string, normalizedText: string): number {
  if (cue === '') return 1e9;
  if (!normalizedText.includes(cue)) return 1e12;
  for (const match of rawText.matchAll(QUOTED)) if (normalizeSentence(match[1]) === cue) return 0;
  return 1e6;
}

function lateNudge(
  turns: readonly ReadTurn[],
  item: { verdict: PromiseVerdict; dueAt: number; tolerance: number; cue: string },
  claimed: ReadonlySet<number>,
  textOf: (index: number) => string,
): number | undefined {
  let clientSpoke = false;
  for (let later = item.verdict.turn + 1; later < turns.length; later++) {
    const turn = turns[later];
    if (turn.role === 'client') clientSpoke = true;
    if (turn.role !== 'therapist' || !turn.nudge || claimed.has(later) || turn.at === undefined) continue;
    if (turn.at - item.dueAt <= item.tolerance) continue;
    // a late nudge is this promise's only if it brings its words, or nothing came between
    if (item.cue ? textOf(later).includes(item.cue) : !clientSpoke) return later;
  }
  return undefined;
}
