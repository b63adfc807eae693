import { findDurations } from '../understanding/index.ts';

// smallest actions first: the first match wins
const ACTION_SIZES: [RegExp, number][] = [
  [/\b(?:look|glance|stare|peek)\b/, 2],
  [/\b(?:click|tap|touch)\b/, 5],
  [/\b(?:cursor|highlight|select)\b/, 10],
  [/\b(?:open|unlock|pick up)\b/, 20],
  [/\b(?:one|a single|first) (?:word|line|noun|sentence)\b/, 40],
  [/\b(?:type|write|read|answer|reply)\b/, 120],
  [/\b(?:tidy|fix|finish|clean)\b/, 600],
];

/**
 * Seconds of effort a free-form step takes ("set a 10-minute timer" → 600, "one click" → 5),
 * so a step the person proposes can be placed on the ladder and compared.
 */
export function estimateStepSize(text: string, afterMs?: number): number {
  if (afterMs !== undefined && afterMs > 0) return Math.round(afterMs / 1000);
  const lowered = text.toLowerCase();
  // the one duration grammar ("a 10-minute timer", "half a minute", "five minutes")
  const duration = findDurations(lowered)[0];
  if (duration) return Math.round(duration.ms / 1000);
  for (const [pattern, size] of ACTION_SIZES) if (pattern.test(lowered)) return size;
  return 120;
}
