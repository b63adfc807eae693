/**
 * Whether the therapist's turn gives a reason, now, to doubt that anyone is there: it repeats
 * itself, misses them, or comes out broken. A doubt after a fitting question read to a blind
 * rater (round 7) as a line slotted in.
 */
import type { TurnSituation } from './turn-situation.ts';

export function doubtInvited(situation: TurnSituation): boolean {
  return (
    situation.repeat || situation.broken || situation.felt === 'unheard' || situation.felt === 'misheard'
  );
}
