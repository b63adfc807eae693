/**
 * Durations written in English text ("30 seconds", "a minute", "half a minute", "10 min",
 * "a couple of minutes", "1.5 minutes"), so a checker can hold a model to the time the plan
 * promised, and phrasing the plan can say it the same way.
 */

export type FoundDuration = {
  /** Milliseconds; NaN for vague amounts ("a few minutes", "some seconds"). */
  ms: number;
  text: string;
  index: number;
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
};
const VAGUE_WORDS = ['a few', 'few', 'several', 'some', 'a number of', 'many'];
const UNIT_MS: Record<string, number> = { second: 1000, minute: 60_000, hour: 3_600_000 };

const amount = [
  '\\d+(?:\\.\\d+)?',
  '(?:twenty|thirty|forty|fifty)[- ](?:one|two|three|four|five|six|seven|eight|nine)',
  ...Object.keys(NUMBER_WORDS).sort((left, right) => right.length - left.length),
  ...VAGUE_WORDS,
].join('|');
const unit = '(seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h)';
const pattern = new RegExp(
  `\\b(half (?:a|an) (?:minute|hour)|(?:${amount})(?:\\s*(?:and a half|and half))?[- ]?\\s*${unit}(?:\\s+and a half)?)(?![\\p{L}\\d])`,
  'giu',
);

function unitMs(word: string): number {
  const lower = word.toLowerCase();
  if (lower.startsWith('h')) return UNIT_MS.hour as number;
  if (lower.startsWith('m')) return UNIT_MS.minute as number;
  return UNIT_MS.second as number;
}

function amountValue(word: string): number {
  const lower = word.toLowerCase().trim();
  if (/^\d/.test(lower)) return Number(lower);
  if (VAGUE_WORDS.includes(lower)) return Number.NaN;
  const compound = lower.match(/^(twenty|thirty|forty|fifty)[- ](\w+)$/);
  if (compound)
    return (
      (NUMBER_WORDS[compound[1] as string] ?? Number.NaN) +
      (NUMBER_WORDS[compound[2] as string] ?? Number.NaN)
    );
  return NUMBER_WORDS[lower] ?? Number.NaN;
}

/** Every duration in `text`, in order. */
export function findDurations(text: string): FoundDuration[] {
  const found: FoundDuration[] = [];
  for (const match of text.matchAll(pattern)) {
    const phrase = match[1] as string;
    const lower = phrase.toLowerCase();
    const half = lower.match(/^half an? (minute|hour)$/);
    let ms: number;
    if (half) {
      ms = unitMs(half[1] as string) / 2;
    } else {
      const unitWord = match[2] as string;
      // a bare "s"/"h" only counts after a digit ("30s", "2h"), never after a word ("as")
      const amountText = lower
        .replace(/\s*and a half/g, '')
        .replace(new RegExp(`[- ]?\\s*${unit}$`, 'i'), '');
      if (/^(s|h)$/i.test(unitWord) && !/\d$/.test(amountText)) continue;
      ms = amountValue(amountText) * unitMs(unitWord);
      if (/and a half/.test(lower)) ms += unitMs(unitWord) / 2;
    }
    found.push({ ms, text: phrase, index: match.index ?? 0 });
  }
  return found;
}

/** How the plan's time is said: "30 seconds", "1 minute", "90 seconds", "2 minutes", "1 hour". */
export function formatDuration(ms: number): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (ms % 3_600_000 === 0 && ms >= 3_600_000) return plural(ms / 3_600_000, 'hour');
  if (ms % 60_000 === 0 && ms >= 60_000) return plural(ms / 60_000, 'minute');
  return plural(Math.round(ms / 1000), 'second');
}
