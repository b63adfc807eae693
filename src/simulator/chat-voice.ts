import type { PersonaVoice } from './persona-schema.ts';
import type { Random } from './prng.ts';
import { EMOJI_HIGH, EMOJI_LOW } from './reaction-bank.ts';

/** Slips people make most often in chat; otherwise a letter is swapped, dropped or doubled. */
const COMMON_SLIPS: Record<string, string> = {
  because: 'becuase',
  really: 'realy',
  definitely: 'definately',
  probably: 'probly',
  something: 'somthing',
  the: 'teh',
  just: 'jsut',
  know: 'kno',
  think: 'thnk',
  about: 'abt',
  though: 'tho',
  with: 'wiht',
  tomorrow: 'tommorow',
  anyway: 'anyways',
  received: 'recieved',
};

/** Draws a turn length (words) from a log-normal through the card's median and 90th percentile. */
export function drawLength(voice: PersonaVoice, random: Random, scale = 1): number {
  const median = Math.max(1, voice.words.median);
  const sigma = Math.max(0.05, Math.log(Math.max(voice.words.p90, median + 0.5) / median) / 1.2816);
  // Box–Muller from two uniform draws (the seeded generator, never Math.random)
  const first = Math.max(1e-9, random.next());
  const normal = Math.sqrt(-2 * Math.log(first)) * Math.cos(2 * Math.PI * random.next());
  return Math.max(1, Math.round(median * scale * Math.exp(sigma * normal)));
}

function slip(word: string, random: Random): string {
  const common = COMMON_SLIPS[word.toLowerCase()];
  if (common && random.chance(0.6)) return word === word.toLowerCase() ? common : word;
  if (word.length < 4 || !/^[a-z]+$/i.test(word)) return word;
  const at = 1 + random.int(word.length - 2);
  // a swapped pair or a dropped letter, the slips thumbs make most
  if (random.chance(0.45)) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return word.slice(0, at) + word.slice(at + 1);
}

/** "I'm" → "I am", "don't" → "do not"; articles dropped now and then: how a careful learner writes. */
function learnerEnglish(text: string, random: Random): string {
  return text
    .replace(/\bI'm\b/g, 'I am')
    .replace(/\b(do|does|did|can|is|was)n't\b/gi, (_whole, verb: string) => `${verb} not`)
    .replace(/\bcan not\b/gi, 'cannot')
    .replace(/\b(the|a) (?=\w)/gi, (whole) => (random.chance(0.3) ? '' : whole));
}

/** Slips of the keyboard at the card's rate (more for a less practised writer). */
export function slipWords(text: string, voice: PersonaVoice, random: Random): string {
  // the card's rate, a little higher for a less practised writer, lower for a careful one
  const typoRate = voice.typoRate * (1.3 - voice.literacy * 0.6);
  if (typoRate <= 0) return text;
  return text.replace(/[A-Za-z]+/g, (word) => (random.chance(typoRate) ? slip(word, random) : word));
}

/**
 * Types a turn the way this person types: learner English, apostrophes, case, end
 * punctuation, fillers and emoji — each from the card, with mood deciding which emoji.
 */
export function typeInVoice(text: string, voice: PersonaVoice, random: Random, distress: number): string {
  let typed = voice.nonNative ? learnerEnglish(text, random) : text;
  if (voice.fillers.length > 0 && random.chance(0.18)) {
    const filler = random.pick(voice.fillers);
    typed = random.chance(0.5) ? `${filler} ${lowerFirst(typed)}` : `${typed.replace(/[.!]$/, '')} ${filler}`;
  }
  if (random.chance(voice.dropApostrophes)) typed = typed.replace(/(\w)['’](\w)/g, '$1$2');
  if (random.chance(voice.lowercase)) typed = typed.toLowerCase();
  else typed = capitalise(typed);
  if (random.chance(voice.emoji)) typed = `${typed} ${random.pick(distress >= 6 ? EMOJI_LOW : EMOJI_HIGH)}`;
  else if (!random.chance(voice.endPunctuation)) typed = typed.replace(/[.!]+$/, '');
  else if (!/[.!?…)]$/u.test(typed) && !/\p{Extended_Pictographic}$/u.test(typed)) typed = `${typed}.`;
  return typed;
}

function capitalise(text: string): string {
  const fixed = text
    .replace(/\bi\b(?=['’\s]|$)/g, 'I')
    .replace(/([.!?] )(\p{Ll})/gu, (_whole, mark: string, letter: string) => mark + letter.toUpperCase());
  return fixed.charAt(0).toUpperCase() + fixed.slice(1);
}

export function lowerFirst(text: string): string {
  if (/^I\b/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
