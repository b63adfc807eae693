import type { RatingObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';
import { matchesOf } from './matches.ts';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const NUMBER = `(10|[0-9](?:\\.5)?|${NUMBER_WORDS.join('|')})`;
// a number that is not a rating: "a 10-minute timer", "a 2 page essay", "a 5 minute walk"
const NOT_A_SCALE = `(?![-\\s]*(?:minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|months?|years?|steps?|pages?|words?|lines?|%|percent|o'clock|am|pm|things?|times?|people|of|or|and|more|x)\\b)(?![-\\w])`;
const PATTERNS = [
  new RegExp(`\\b${NUMBER}\\s*(?:\\/|out\\s+of)\\s*(?:10|ten)\\b`, 'g'),
  new RegExp(
    `\\b(?:about|around|like|maybe|roughly|probably|at|solid|rate\\s+it|rating|say|it's|its|i'm|im|i\\s+am|is|was|feels\\s+like|still|now|up\\s+to|down\\s+to|more\\s+like)\\s+(?:a|an)\\s+${NUMBER}${NOT_A_SCALE}`,
    'g',
  ),
  new RegExp(
    `\\b(?:distress|anxiety|stress|panic|level|rating|score|number)\\s+(?:is|'s|at|of|about|around|would\\s+be|was|is\\s+like|is\\s+about|is\\s+at|sits\\s+at)\\s+(?:about\\s+|around\\s+|like\\s+|maybe\\s+|probably\\s+|a\\s+|an\\s+)*${NUMBER}${NOT_A_SCALE}`,
    'g',
  ),
];

function ratingValue(word: string): number {
  const index = NUMBER_WORDS.indexOf(word);
  return index >= 0 ? index : Number(word);
}

/** One distress rating per utterance: the first 0–10 figure said as a rating. */
export function readRatings(prepared: Prepared): RatingObservation[] {
  let best: RatingObservation | undefined;
  for (const pattern of PATTERNS) {
    for (const match of matchesOf(pattern, prepared.folded)) {
      const value = ratingValue(match[1]);
      if (!(value >= 0 && value <= 10)) continue;
      const start = match.index ?? 0;
      if (!best || start < best.span[0])
        best = { kind: 'rating', scale: 'distress-0-10', value, span: [start, start + match[0].length] };
      break;
    }
  }
  return best ? [best] : [];
}
