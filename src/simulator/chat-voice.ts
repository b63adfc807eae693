import type { PersonaVoice } from './persona-schema.ts';
import type { PersonalHabits } from './personal-habits.ts';
import { createRandom, deriveSeed, type Random } from './prng.ts';

/** Draws a turn length (words) from a log-normal through the card's median and 90th percentile. */
export function drawLength(voice: PersonaVoice, random: Random, scale = 1): number {
  const median = Math.max(1, voice.words.median);
  const sigma = Math.max(0.05, Math.log(Math.max(voice.words.p90, median + 0.5) / median) / 1.2816);
  // Box–Muller from two uniform draws (the seeded generator, never Math.random)
  const first = Math.max(1e-9, random.next());
  const normal = Math.sqrt(-2 * Math.log(first)) * Math.cos(2 * Math.PI * random.next());
  return Math.max(1, Math.round(median * scale * Math.exp(sigma * normal)));
}

/** "I'm" → "I am", "don't" → "do not"; articles dropped now and then: how a careful learner writes. */
function learnerEnglish(text: string, random: Random): string {
  return text
    .replace(/\bI'm\b/g, 'I am')
    .replace(/\b(do|does|did|can|is|was)n't\b/gi, (_whole, verb: string) => `${verb} not`)
    .replace(/\bcan not\b/gi, 'cannot')
    .replace(/\b(the|a) (?=\w)/gi, (whole) => (random.chance(0.3) ? '' : whole));
}

/** The contractions typed most, whose apostrophe a careless typist leaves out: n't, I'm, it's, that's. */
export const QUICK_APOSTROPHE = /(\w)['’](?=t\b|m\b|s\b(?<=\b(?:it|that|what|there|he|she)['’]s))/gi;

/** A line that opens on a yes, a no or a hedge of its own, which a tag before it doubles. */
const INTERJECTION =
  /^\W*(yeah|yes|ya|yep|no|nah|nope|ok|okay|maybe|sorry|well|right|i know|honestly|sure)\b/i;

/**
 * Types a turn the way this person types: learner English, their fillers, apostrophes and case
 * (their habit, the same nearly every turn), end punctuation, and their own emoji when the mood
 * suits. `plain` leaves out the fillers (a goodbye is typed as it is); `emojiAllowed` false when
 * they used one a moment ago (the same ":/" three turns running reads as a tic, not a mood);
 * `onFiller` is told when a filler is tacked on, and `fillerAllowed` false stops them (twice a
 * session at most: "omg" on every third message was a blind rater's tell in round 7).
 */
export function typeInVoice(
  text: string,
  voice: PersonaVoice,
  habits: PersonalHabits,
  random: Random,
  plain = false,
  emojiAllowed = true,
  fillerAllowed = true,
  onFiller?: () => void,
): string {
  // (a plain turn — a goodbye, a first message — is typed without fillers)
  let typed = voice.nonNative ? learnerEnglish(text, random) : text;
  // now and then: a tag on every other turn is a tic a reader spots across people
  // (not onto a question — "I guess how do people stop…" was a hedge glued on — nor a bare reply)
  const tackable = !/\?\s*$/.test(typed) && typed.split(/\s+/).length >= 3;
  if (!plain && voice.fillers.length > 0 && random.chance(0.1) && fillerAllowed && tackable) {
    const filler = random.pick(voice.fillers);
    onFiller?.();
    // a trailing "like" or "literally" only after a real sentence: "not really literally" is no one's
    // (mostly after: the human-written chats end lines on "lol", "tbh", "anyway" and seldom open on
    // a tag; "Mate yeah I could" — a tag before a yes — read as an injected opener, round 8)
    const after = (random.chance(0.75) || INTERJECTION.test(typed)) && typed.split(/\s+/).length >= 4;
    typed = after ? `${typed.replace(/[.!]$/, '')} ${filler}` : `${filler} ${lowerFirst(typed)}`;
  }
  // habits, not coin flips, and the same on every turn: a person who writes "dont" in lower case
  // writes it that way all session (one capitalised turn in a lower-case excerpt read as two writers)
  // (the quick ones only, "dont", "im", "thats", and "I've", "she'd", "mum's" kept: every apostrophe of a turn
  // gone read to the lead's rater as a device; people drop the ones they type most)
  if (habits.dropsApostrophes) typed = typed.replace(QUICK_APOSTROPHE, '$1');
  else typed = withApostrophes(typed);
  const quick = typed.split(/\s+/).filter(Boolean).length <= QUICK_WORDS;
  // (its own draw, from the words and the person's voice: the session's stream, and so every later
  // choice of what to say, stays as it was; made only when a quick or stop-less line needs a draw)
  const seeded = typed;
  let shadeStream: Random | undefined;
  const shade = () => {
    shadeStream ??= createRandom(
      deriveSeed(
        18,
        'shade',
        seeded,
        voice.words.median,
        voice.words.p90,
        voice.lowercase,
        voice.endPunctuation,
      ),
    );
    return shadeStream;
  };
  if (habits.casing === 'lower') typed = typed.toLowerCase();
  else typed = capitalise(typed);
  // (no stop between sentences from someone who types none at the end: personal-habits.ts)
  if (habits.runOn !== undefined) typed = runTogether(typed, habits.runOn);
  // (a quick reply goes without the capital now and then, from a person who capitalises: see QUICK_WORDS)
  if (habits.casing === 'proper' && quick && shade().chance(QUICK_LOWER)) typed = lowerFirst(typed);
  // ("u're" is no one's spelling: who writes "u" writes "ur")
  typed = typed.replace(/\bu['’]re\b/gi, 'ur');
  // (no emoji after a "lol" or a ":(" the line already ends with: "lol haha" is two laughs pasted)
  const laughed = /\b(?:lol|haha|omg)$|[:;][()/]$/i.test(typed);
  if (!laughed && emojiAllowed && habits.emoji.length > 0 && random.chance(voice.emoji))
    typed = `${typed} ${random.pick(habits.emoji)}`;
  else if (!habits.endsWithStop || (quick && shade().chance(QUICK_NO_STOP)))
    typed = endStopAfterSentences(typed.replace(/[.!]+$/, ''), habits, shade);
  else if (!/[.!?…)]$/u.test(typed) && !/\p{Extended_Pictographic}$/u.test(typed)) typed = `${typed}.`;
  return typed;
}

/**
 * Real people's habits shade with a turn's length (MIBot v6.3A, the dev half's 769 client turns): a
 * full stop ends 9% of turns of one to three words, 28% of four to twelve and 58% of longer ones;
 * lower case is 57%, 40% and 13%. A quick "no thanks" goes without the stop and the capital a long
 * message has, and someone who leaves the stop off a line may still end a message of several
 * sentences with one. (Rounds 7–10 made both all-or-nothing habits after raters of model-written
 * chats named a mix as a tell; the real chats mix, by length.)
 */
const QUICK_WORDS = 3;
const QUICK_LOWER = 0.35;
const QUICK_NO_STOP = 0.7;
const LONG_STOP = 0.35;

/**
 * Full stops between sentences replaced by the person's join; "?" and "!" stay, and so do "..." and
 * "e.g.", and the stop after an opening yes or no ("yeah. i'd love it finished" is a reaction and a
 * thought, where "yeah, i'd love it finished" glues the two: round-seven-tells.test.ts).
 */
const OPENING_REACTION = /^\W*(yes|yeah|yep|ya|right|exactly|not exactly|no|nah|nope|ok|okay|sure|maybe)\./i;
export function runTogether(typed: string, join: string): string {
  const kept = OPENING_REACTION.exec(typed)?.[0].length ?? 0;
  return typed.slice(0, kept) + typed.slice(kept).replace(/(?<=\p{L}{2}|\d)\.\s+(?=\p{L})/gu, join);
}

/** A message of several sentences, from someone who leaves the stop off, ends with one now and then. */
function endStopAfterSentences(typed: string, habits: PersonalHabits, random: () => Random): string {
  if (habits.endsWithStop || !/[.!?]\s+\S/u.test(typed) || /[.!?…)]$/u.test(typed)) return typed;
  return random().chance(LONG_STOP) ? `${typed}.` : typed;
}

/** Short forms a card may have written without apostrophes, and only those no other word spells. */
const CONTRACTIONS: Record<string, string> = {
  cant: "can't",
  dont: "don't",
  im: "I'm",
  ive: "I've",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  wont: "won't",
  thats: "that's",
  whats: "what's",
  theyll: "they'll",
  theyre: "they're",
  youre: "you're",
  hes: "he's",
  shes: "she's",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  havent: "haven't",
};
const CONTRACTION = new RegExp(`\\b(${Object.keys(CONTRACTIONS).join('|')})\\b`, 'gi');

/** Someone who types apostrophes types them in every line, the card's own lines too. */
function withApostrophes(text: string): string {
  return text.replace(CONTRACTION, (word) => {
    const fixed = CONTRACTIONS[word.toLowerCase()];
    return word[0] === word[0].toUpperCase() ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed;
  });
}

function capitalise(text: string): string {
  const fixed = text
    .replace(/\bi\b(?=['’\s]|$)/g, 'I')
    .replace(/([.!?] )(\p{Ll})/gu, (_whole, mark: string, letter: string) => mark + letter.toUpperCase());
  return fixed.charAt(0).toUpperCase() + fixed.slice(1);
}

/** The first letter in lower case, unless it starts "I" or a capitalised short form ("GP", "MOT"). */
export function lowerFirst(text: string): string {
  if (/^I\b/.test(text) || /^\p{Lu}{2}/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
