/**
 * Seconds of effort a free-form step takes ("set a 10-minute timer" → 600, "one click" → 5),
 * so a step the person proposes can be placed on the ladder and compared.
 */
const UNIT_SECONDS: Record<string, number> = { second: 1, sec: 1, minute: 60, min: 60, hour: 3600, hr: 3600 };
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  five: 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  half: 0.5,
};

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

export function estimateStepSize(text: string, afterMs?: number): number {
  if (afterMs !== undefined && afterMs > 0) return Math.round(afterMs / 1000);
  const lowered = text.toLowerCase();
  const duration = lowered.match(
    /\b(\d+(?:\.\d+)?|an?|one|two|three|five|ten|fifteen|twenty|thirty|half)[\s-](?:an? )?(second|sec|minute|min|hour|hr)s?\b/,
  );
  if (duration) {
    const amount = NUMBER_WORDS[duration[1]] ?? Number(duration[1]);
    return Math.round(amount * UNIT_SECONDS[duration[2]]);
  }
  for (const [pattern, size] of ACTION_SIZES) if (pattern.test(lowered)) return size;
  return 120;
}
