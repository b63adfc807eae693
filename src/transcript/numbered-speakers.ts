import type { Role, Turn } from '../spec/transcript.ts';
import { isNumberedSpeaker, roleOfSpeaker } from './speakers.ts';

// a counsellor asks and says "you"; a client says "I"
function therapistLikeness(texts: readonly string[]): number {
  let score = 0;
  for (const text of texts) {
    const lower = text.toLowerCase();
    score += (lower.match(/\?/g)?.length ?? 0) * 2;
    score += lower.match(/\byou(r|rs|rself|'re|'ve|'ll)?\b/g)?.length ?? 0;
    score -= lower.match(/\b(i|i'm|i've|i'll|my|me|myself)\b/g)?.length ?? 0;
  }
  return score / Math.max(1, texts.length);
}

/**
 * Settles the roles of "Speaker 1"-style labels from the talk: when the named speakers leave one
 * role empty, the numbered label takes it; otherwise the most counsellor-like label (questions,
 * "you") is the therapist and the others are clients, the first speaker winning a tie.
 */
export function assignNumberedSpeakers(turns: Turn[]): Turn[] {
  const numbered = [...new Set(turns.map((turn) => turn.speaker ?? '').filter(isNumberedSpeaker))];
  if (numbered.length === 0) return turns;
  const namedRoles = new Set(
    turns.map((turn) => roleOfSpeaker(turn.speaker ?? '')).filter((role): role is Role => role !== undefined),
  );
  const roleOf = new Map<string, Role>();
  if (namedRoles.size === 1) {
    const missing: Role = namedRoles.has('client') ? 'therapist' : 'client';
    for (const label of numbered) roleOf.set(label, missing);
  } else {
    const scored = numbered.map((label, order) => ({
      label,
      order,
      score: therapistLikeness(turns.filter((turn) => turn.speaker === label).map((turn) => turn.text)),
    }));
    scored.sort((left, right) => right.score - left.score || left.order - right.order);
    const therapist = namedRoles.has('therapist') ? undefined : scored[0].label;
    for (const { label } of scored) roleOf.set(label, label === therapist ? 'therapist' : 'client');
  }
  for (const turn of turns) {
    const role = turn.speaker === undefined ? undefined : roleOf.get(turn.speaker);
    if (role) turn.role = role;
  }
  return turns;
}
