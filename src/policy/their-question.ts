/**
 * The person's direct question ("how do i stop", "is that normal?", "am I being unreasonable?")
 * and their push-back on the last reply ("that doesn't help", "u dont know that"). The
 * understanding gives neither as an observation yet, so the last sentence of their turn is read
 * here, narrowly: a question missed reads as not listening; a question misread as one is worse.
 */
import type { MoveOf, TheirQuestion } from '../spec/move.ts';

const FILLER = /\s+(?:tho|though|then|lol|lmao|haha|honestly|tbh|anyway|now|even)$/i;

/** Sentences of the turn, last first, lowercased, without the closing marks. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+|\n+/)
    .map((sentence) =>
      sentence
        .trim()
        .toLowerCase()
        .replace(/[?.!\s]+$/, ''),
    )
    .filter(Boolean)
    .reverse();
}

/** What they ask how to do, cut to a clean verb phrase ("say no without feeling awful"). */
function cleanAbout(phrase: string): string | undefined {
  let about = phrase.trim().replace(/[,;:].*$/, '');
  while (FILLER.test(about)) about = about.replace(FILLER, '');
  const words = about.split(/\s+/).filter(Boolean);
  // a long or pronoun-heavy phrase said back reads as garble: the question is taken up without it
  if (words.length === 0 || words.length > 7) return undefined;
  if (/\b(?:i|me|my|myself|i'm|im)\b/.test(about) && !/^(?:get|make) myself\b/.test(about)) return undefined;
  return about;
}

// "am I being unreasonable?": answered only for a verdict the person fears about themselves
const VERDICTS =
  /^(?:being |just being )?(?:unreasonable|selfish|dramatic|stupid|crazy|overreacting|overthinking(?: it)?|lazy|weird|silly|ridiculous|too sensitive|oversensitive|a bad person|a terrible person|a bad (?:friend|mum|mom|dad|parent|son|daughter|partner|sister|brother))$/;

const NORMAL =
  /^(?:is (?:this|that|it) (?:normal|common|weird|just me)|is it just me|am i the only one\b.*|do(?:es)? (?:other people|others|anyone else|everyone|most people) (?:feel|get|have|do|struggle)\b.*|is (?:this|that|it) normal\b.*)$/;

const HOW =
  /^(?:(?:ok(?:ay)?|cool|so|but|and|well|right)[, ]+)*how (?:do|can|should|would|does) (?:i|you|people|one|someone|anyone) (.+)$/;

/** Their direct question, when the turn ends on one the coach can take up. */
export function theirQuestionOf(text: string): TheirQuestion | undefined {
  const [last] = sentencesOf(text);
  if (!last) return undefined;
  if (NORMAL.test(last)) return { asks: 'normal' };
  const am = last.match(/^(?:(?:so|but|and|ok)[, ]+)?am i (.+)$/);
  if (am && VERDICTS.test(am[1])) return { asks: 'am-i', about: am[1] };
  const how = last.match(HOW);
  if (how) {
    const about = cleanAbout(how[1]);
    if (about) return { asks: 'how', about };
  }
  return undefined;
}

export type PushBack = MoveOf<'own-miss'>['missed'];

const PUSH_BACKS: [PushBack, RegExp][] = [
  // "yeah yeah ive read that linkedin post too", "my teacher said that": a line they have had before
  [
    'heard-before',
    /\b(?:i'?ve|ive|i have) (?:already |also )?(?:read|heard|seen) (?:that|this)\b|\b(?:my \w+|they|he|she) (?:said|says|told me) that(?=[.!,]|$)|\bheard (?:that|this) (?:one )?(?:before|a million times)\b/m,
  ],
  ['presumed', /\b(?:u|you) (?:don'?t|dont|do not) know that\b|\bhow would (?:u|you) know\b/],
  [
    'unclear',
    /\b(?:idk|i don'?t know|i dont know) what (?:that|this) (?:even )?(?:is|means)\b|\bwhat does that (?:even )?mean\b/,
  ],
  [
    'unhelpful',
    /\b(?:that|this|it) (?:does ?n'?t|doesnt|does not|isn'?t|isnt|is not) (?:really |actually )?(?:help|helping|helpful)\b(?! that| when| either)|\bnot (?:very |really )?helpful\b|\bthat'?s what everyone says\b|\bi (?:already )?know that(?=[.!,]|$)|\b(?:that'?s|thats|that is|it'?s|its|it is) (?:easy|easier) (?:for you )?to say\b|\bgroundbreaking\b|\bnever thought of that\b|\b(?:everybody|everyone) (?:keeps|keep) (?:telling|saying)\b|\bdoes not help\b(?! that| when)|^(?:\w+[,.]?\s+)?easy (?:for you )?to say\b|\b(?:every(?:one|body)|ppl|people) (?:says?|keeps? saying|keep telling me) that\b|\b(?:hear|get|getting|hearing) (?:it|that|this) from you (?:as well|too)\b|\bnot you too\b|\bprecisely what (?:she|he|they) says?\b|\bexactly what (?:she|he|they|everyone) says?\b/m,
  ],
];

/** They said the last reply missed: presumed something, was unclear, or did not help. */
export function pushBackOf(text: string): PushBack | undefined {
  const lower = text.toLowerCase();
  return PUSH_BACKS.find(([, pattern]) => pattern.test(lower))?.[0];
}

export type DeclinedSuggestion = { declined?: 'too-much' | 'not-now' };

// a suggestion turned down: "cant afford one", "tried that", "why would that help", "not tonight",
// "everyone says that", "thats too much", "no way", sarcasm ("oh yes let me just…", "the essay fairy?")
const TOO_MUCH =
  /\b(?:that'?s|thats|that is|it'?s|its|way) (?:way |far |a bit |just )?too (?:much|many|big|hard|long)\b|\btoo much for me\b/;
const TURNED_DOWN =
  /\b(?:can'?t|cant|cannot|could ?n'?t) afford\b|\b(?:i(?:'ve| have)?|ive) (?:already )?(?:tried|done) (?:that|this|it)\b|\bi tried\b|\bi did (?:this|that) before\b|\bwhy would (?:that|this|it) help\b|\bhow would (?:that|this|it) help\b|\bnot tonight\b|\b(?:every(?:one|body)|people) (?:says?|tells? me) that\b|\b(?:i'?ve|ive) been told that\b|\bno way\b|\bnever heard that one\b|\b(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt) (?:even )?(?:touch|help|work|fix|change)\b|\bnot an option\b|\bso no$|\bi (?:would not|wouldn'?t) (?:like|want)\b|^(?:sure|oh yes|oh yeah|yeah right)\b.*(?:\?|\blet me just\b)|\blet me just\b/;

// "not tonight. kids r still up": a time that does not suit, not a no to the idea
const NOT_NOW = /^(?:no[,.]?\s+)?not (?:tonight|today|now|right now|this week|yet)\b/;

/** They turned down the suggestion just made to them (only asked when one was made). */
export function declinedSuggestionOf(text: string): DeclinedSuggestion | undefined {
  const lower = text.toLowerCase().trim();
  if (TOO_MUCH.test(lower)) return { declined: 'too-much' };
  if (NOT_NOW.test(lower)) return { declined: 'not-now' };
  if (TURNED_DOWN.test(lower) || pushBackOf(lower) === 'unhelpful' || pushBackOf(lower) === 'heard-before')
    return {};
  return undefined;
}

export type Apology = MoveOf<'answer-apology'>['said'];

// "sorry, this sounds dramatic", "Sorry. That was rude.", "sorry for rambling", "sorry its just been
// a long day": an apology that opens a sentence, not "sorry for myself" or "sorry to hear"
const APOLOGY =
  /(?:^|[.!?]\s+)(?:(?:i'?m|im|i am) (?:so |really )?)?(?:sorry|soz|sry|srry|apologies)\b(?!\s+(?:for (?:myself|him|her|them|your|you)|to hear|about your|you))/;
const FEARED: [Apology, RegExp][] = [
  ['rude', /\b(?:rude|snappy|snapped|harsh|mean|blunt|short with you)\b/],
  ['dramatic', /\b(?:dramatic|over ?the ?top|overreact\w*|silly|stupid|pathetic|a lot|too much)\b/],
  [
    'rambling',
    /\b(?:ramble|rambling|rant|ranting|vent|venting|going on|long message|essay|wall of text|dumping)\b/,
  ],
];

/** They apologised for what they said: what they feared it came across as, or a plain sorry. */
export function apologyOf(text: string): Apology | undefined {
  const lower = text.toLowerCase().trim();
  if (!APOLOGY.test(lower)) return undefined;
  return FEARED.find(([, pattern]) => pattern.test(lower))?.[0] ?? 'plain';
}
