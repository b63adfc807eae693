/**
 * Self-censored words read as the word they hide: "k*lled myself", "s*icide", "d*e", "unal*ve". People
 * mask the very words a filter looks for, so a word with a star or a hash for a letter or two is read as
 * the one risk word that fits it. A masked word that fits none, or more than one, stays as written
 * ("f*ck", "d**n" are not ours to read).
 */
import { type Edit, type Normalised, rewrite } from './normalised-text.ts';

// the words people mask when they speak of harm; whole forms, so a fit is exact
const MASKED_WORDS = [
  'kill',
  'kills',
  'killed',
  'killing',
  'myself',
  'suicide',
  'suicidal',
  'die',
  'died',
  'dying',
  'dead',
  'death',
  'cut',
  'cutting',
  'hang',
  'hanging',
  'overdose',
  'unalive',
  'rape',
  'raped',
  'abuse',
  'abused',
];

// letters with one or two mask characters among them (a lone "*" or "**bold**" are no word)
const MASKED = /(?<![\p{L}\p{N}*#])(?=[\p{L}*#]*\p{L}[\p{L}*#]*[*#]|[*#])[\p{L}*#]{3,12}(?![\p{L}\p{N}*#])/gu;
const MASK = /[*#]/g;

function unmasked(written: string): string | undefined {
  const masks = written.match(MASK)?.length ?? 0;
  if (masks === 0 || masks > 2 || masks * 2 > written.length) return undefined;
  const fit = new RegExp(`^${written.toLowerCase().replace(MASK, '\\p{L}')}$`, 'u');
  const fitting = MASKED_WORDS.filter((word) => fit.test(word));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** Rewrites each masked risk word to the word it hides; everything else is left as it is. */
export function readMaskedWords(source: Normalised): Normalised {
  if (!source.text.includes('*') && !source.text.includes('#')) return source;
  const edits: Edit[] = [];
  for (const match of source.text.matchAll(MASKED)) {
    const word = unmasked(match[0]);
    const start = match.index ?? 0;
    if (word) edits.push({ start, end: start + match[0].length, replacement: word });
  }
  return rewrite(source, edits);
}
