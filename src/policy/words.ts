import { lowerFirstLetter } from '../text/person.ts';
/** Small text helpers the policy uses to phrase contents in the person's own words. */

/** First-person words turned to second person: "if I start fiddling" → "you start fiddling". */
export function secondPerson(text: string): string {
  return text
    .trim()
    .replace(/[.,;:!?]+$/, '')
    .replace(/^(?:if|when|whenever|once)\s+/i, '')
    .replace(
      /\b(?:I'm|I am|I've|I'll|I|me|my|myself|mine|you|your|you're|yourself)\b/gi,
      (word) => SWAPS[word.toLowerCase()] ?? word,
    );
}

// one pass, so "if you see me start" becomes "I see you start" and not "you see you start"
const SWAPS: Record<string, string> = {
  "i'm": "you're",
  'i am': 'you are',
  "i've": "you've",
  "i'll": "you'll",
  i: 'you',
  me: 'you',
  my: 'your',
  myself: 'yourself',
  mine: 'yours',
  you: 'I',
  your: 'my',
  "you're": "I'm",
  yourself: 'myself',
};

/** "look at the cursor" → "Look at the cursor." */
export function asInstruction(text: string): string {
  const trimmed = text.trim().replace(/[\s,;:]+$/, '');
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]["'”’]?$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

export function lowerFirst(text: string): string {
  return lowerFirstLetter(text);
}

const BASE_FORMS: Record<string, string> = {
  sitting: 'sit',
  opening: 'open',
  highlighting: 'highlight',
  noticing: 'notice',
  clicking: 'click',
  looking: 'look',
  typing: 'type',
  writing: 'write',
  reading: 'read',
  putting: 'put',
  setting: 'set',
  trying: 'try',
  starting: 'start',
  answering: 'answer',
  tidying: 'tidy',
  naming: 'name',
  saying: 'say',
  leaving: 'leave',
  closing: 'close',
  making: 'make',
  doing: 'do',
  taking: 'take',
  watching: 'watch',
  breathing: 'breathe',
  sending: 'send',
  calling: 'call',
};

/** "opening it and just highlighting one word" → "open it and just highlight one word": steps are said as instructions. */
export function asImperative(text: string): string {
  return text.replace(/\b[a-z]+ing\b/gi, (word) => BASE_FORMS[word.toLowerCase()] ?? word);
}

/** Feelings (the feeling lexicon's labels) that are good news: a clause naming one is no struggle. */
export const POSITIVE_FEELINGS: ReadonlySet<string> = new Set(['calm', 'hopeful', 'proud', 'relieved']);
