/**
 * Their push-back on the last reply ("that doesn't help", "u dont know that") and a suggestion
 * turned down ("tried that", "thats too much", "not tonight"). Read on the turn as written, narrowly,
 * as the policy used to read it (moved from policy/their-question.ts): the policy decides from these
 * observations whether a suggestion was on the table and whether the complaint is the point.
 */
import type {
  PushBackKind,
  PushBackObservation,
  StatementObservation,
  TurnedDownObservation,
} from '../spec/observation.ts';
import { createKeywordScanner } from './keyword-scan.ts';
import { requiredLiterals } from './required-literals.ts';

// "easy for u to say" and kin; a sarcastic "great plan, ill just…" (not "good idea, ill just do that");
// "mate dont" as the whole turn; "but the judges don't grade on that": the advice misses their world
const UNHELPFUL_CHAT =
  /^(?:\w+[,.]?\s+)?(?:(?:that'?s|thats|its|it'?s)\s+)?(?:easy|easier) (?:(?:for (?:you|u|ya) )?(?:to say|for say|say)\b|said\b|for (?:you|u|ya)\W*$)|^(?:\w+[,.]?\s+)?(?:be serious|get real)\b|\bcatch (?:yourself|urself|yerself|yrself) on\b|^(?:ya|yeah|yea|oh|right|sure|aye|ah)[,.!]*\s+(?:great|brilliant|genius|fantastic|amazing|perfect|lovely|wonderful) (?:plan|idea)\b[^?]*?\b(?:i'?ll|ill|i will|let me) just (?!do (?:it|that)\b|try\b)|^(?:(?:mate|bro|man|dude|pal|hun|babe)[,.]?\s+(?:just\s+)?(?:don'?t|dont)|(?:don'?t|dont)[,.]?\s+(?:mate|bro|man|dude|pal|hun|babe))\W*$|^(?:\w+[,.]?\s+)?but (?:the \w+|they|he|she|my \w+|\w+s) (?:don'?t|dont|do not|doesn'?t|doesnt|does not|won'?t|wont) (?:grade|mark|care|count|judge|score|look at|pay for)\w* (?:on |about |for )?(?:that|this|it)\b/m;

const PUSH_BACKS: [PushBackKind, RegExp][] = [
  // "yeah yeah ive read that linkedin post too", "my teacher said that": a line they have had before
  [
    'heard-before',
    /\b(?:i'?ve|ive|i have) (?:already |also )?(?:read|heard|seen) (?:that|this)\b|\b(?:my \w+|they|he|she) (?:said|says|told me) that(?=[.!,]|$)|\bheard (?:that|this) (?:one )?(?:before|a million times)\b/m,
  ],
  // "can we not do the job thing right now", "i dont want to talk about it": a subject they ask to set
  // aside, honoured, not said back as "can you not do the job thing" (the v16 rater: "garbled echo");
  // "can we stop talking about him" leaves the person out of it, not the session (v15, v16 references)
  [
    'leave-topic',
    /^(?:\w+[,.]?\s+)?(?:can|could) (?:we|u|you) (?:please )?(?:not (?:do|talk (?:about|abt|bout)|go into)|stop (?:talking|talkin|going on) (?:about|abt|bout|bou)|leave|drop|skip) (?:the \w+ (?:thing|stuff|bit)|(?:it|that|this|him|her|them|(?:my|his|her|their) \w+)(?: for now| right now| now)?(?:[.,!]? (?:actually|please|tbh|ok))?[.!]*$)|\bi (?:don'?t|dont|do not) (?:really )?(?:want to|wanna) talk (?:about|abt|bout) (?:it|that|this|the \w+)\b|\bcan we (?:talk about|change) (?:something else|the subject)\b|\b(?:(?:i )?(?:don'?t|dont|do not) (?:really )?(?:want to|wanna) (?:get|go) into|i'?d (?:rather|prefer) not (?:to )?(?:talk about|get into|go into)|(?:rather|prefer) not (?:to )?(?:talk about|get into|go into)) (?:it|that|this|all that|the details)\b|\b(?:it'?s |its )?not something i (?:want to|wanna|like to) (?:talk|go) (?:about|into)\b/m,
  ],
  // ("you dont know her": a reassurance about someone only they know, v16)
  [
    'presumed',
    /\b(?:u|you) (?:don'?t|dont|do not) know that\b|\b(?:u|you) (?:don'?t|dont|do not) know (?:her|him|them|my \w+)(?=[.!,]|$)|\bhow would (?:u|you) know\b/m,
  ],
  [
    'unclear',
    /\b(?:idk|i don'?t know|i dont know) what (?:that|this) (?:even )?(?:is|means)\b|\bwhat does that (?:even )?mean\b/,
  ],
  // (the chat and learner forms of the same push-back, round 19: "easy for u to say", "easy for say",
  // "aye easy said", "be serious", "catch yourself on", "ya great plan, ill just walk
  // in…", "mate dont", "ok but the judges don't grade on that": each read only where it opens or is the
  // turn, so "it is easy for her to get there" or "i need to be serious about money" is no push-back;
  // "easy for her" (after "miss just say ignore them") is aimed at someone else's advice, not ours, so it
  // is not owned as our miss)
  ['unhelpful', UNHELPFUL_CHAT],
  [
    'unhelpful',
    /\b(?:that|this|it) (?:does ?n'?t|doesnt|does not|isn'?t|isnt|is not) (?:really |actually )?(?:help|helping|helpful)\b(?! that| when| either)|\bnot (?:very |really )?helpful\b|\bthat'?s what everyone says\b|\bi (?:already )?know that(?=[.!,]|$)|\b(?:that'?s|thats|that is|it'?s|its|it is) (?:easy|easier) (?:for you )?to say\b|\bgroundbreaking\b|\bnever thought of that\b|\b(?:everybody|everyone) (?:keeps|keep) (?:telling|saying)\b|\bdoes not help\b(?! that| when)|^(?:\w+[,.]?\s+)?easy (?:for you )?to say\b|\b(?:every(?:one|body)|ppl|people) (?:says?|keeps? saying|keep telling me) that\b|\b(?:hear|get|getting|hearing) (?:it|that|this) from you (?:as well|too)\b|\bnot you too\b|\bprecisely what (?:she|he|they) says?\b|\bexactly what (?:she|he|they|everyone) says?\b/m,
  ],
  // "not funny for me", "its not funny really", "not a joke to me": the last reply made light of
  // something that hurts (a supporter's "Haha, that's very human" met with it on the seen v31/v32 sets);
  // read only as the turn's opening words, so "my brother isnt funny" is no push-back
  [
    'made-light',
    /^(?:\w+[,.]?\s+)?(?:(?:it'?s|its|that'?s|thats|it is|that is|this is|is|but)\s+)?not (?:so |very |that |really |at all |even )?(?:funny|a joke|a laughing matter|something to laugh at)\b/m,
  ],
];

// nearly no turn pushes back: one scan for each pattern's required words (derived from the pattern
// itself, lowercase like the text it reads) skips the patterns that cannot match
const PUSH_BACK_GATE = createKeywordScanner(PUSH_BACKS.map(([, pattern]) => requiredLiterals(pattern)));

/** They said the last reply missed: presumed something, was unclear, or did not help. */
export function pushBackOf(text: string): PushBackKind | undefined {
  const lower = text.toLowerCase();
  const live = PUSH_BACK_GATE.scan(lower);
  for (let index = 0; index < PUSH_BACKS.length; index++)
    if (live[index] === 1 && PUSH_BACKS[index][1].test(lower)) return PUSH_BACKS[index][0];
  return undefined;
}

export type DeclinedSuggestion = { declined?: 'too-much' | 'not-now' };

// a suggestion turned down: "cant afford one", "tried that", "why would that help", "not tonight",
// "everyone says that", "thats too much", "no way", sarcasm ("oh yes let me just…", "the essay fairy?")
// ("i cant even look at the envelopes", "i cant even get to the shop" said to a list of things to do:
// the list was too much, and the human references owned that, "Sorry, that was a whole list")
const TOO_MUCH =
  /\b(?:that'?s|thats|that is|it'?s|its|way) (?:way |far |a bit |just )?too (?:much(?! info| information| detail)|many|big|hard|long)\b|\btoo much for me\b|^(?:\w+[,.]?\s+)?i (?:can'?t|cant|cannot) even (?:look at|get to|get out|do|open|think about|face|start|manage|read)\b/;
// (the last alternatives: a yes said with irritation is not agreement, round 13 fresh end, where irritation
// was taken as a yes and the step pushed on: "sure, if you say so", "fine. whatever", "ok sure whatever",
// "fine, ill do your stupid step"; and sarcasm at the idea itself, "oh brilliant another breathing exercise")
const TURNED_DOWN =
  /\b(?:can'?t|cant|cannot|could ?n'?t) afford\b|\b(?:i(?:'ve| have)?|ive) (?:already )?(?:tried|done) (?:that|this|it)\b|\bi tried\b|\bi did (?:this|that) before\b|\bwhy would (?:that|this|it) help\b|\bhow would (?:that|this|it) help\b|\bnot tonight\b|\b(?:every(?:one|body)|people) (?:says?|tells? me) that\b|\b(?:i'?ve|ive) been told that\b|\bno way\b|\bnever heard that one\b|\b(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt) (?:even )?(?:touch|help|work|fix|change)\b|\bnot an option\b|^(?:\w+[,.]?\s+)?(?:it'?s |its |it is )?not the same\W*$|\bso no$|\bi (?:would not|wouldn'?t) (?:like|want)\b|^(?:sure|oh yes|oh yeah|yeah right)\b.*(?:\?|\blet me just\b)|\blet me just\b|\bif (?:you|u) say so\b|^(?:(?:fine|ok|okay|sure|yeah|k)[,.!]*\s+){1,2}whatever\W*$|^(?:fine|whatever)\W*$|\byour (?:stupid|silly|little|pointless) (?:step|idea|exercise|list|thing)\b|^(?:oh\s+)?(?:great|brilliant|lovely|fantastic|perfect|wonderful|amazing)[,.!]*\s+(?:another|more)\b/;

// "not tonight. kids r still up": a time that does not suit, not a no to the idea; "honestly not
// today", "i cant. not today" likewise (a sentence that opens on it, after a word or two of lead-in);
// "not yet" answers a question ("have you got a lawyer?" "not yet"), it turns nothing down
const NOT_NOW =
  /(?:^|[.!?]\s+)(?:(?:no|nah|nope|honestly|sorry|maybe|just|ok|okay|yeah|tbh|but|and|so|really)[,.]?\s+){0,2}not (?:tonight|today|now|right now|rn|this week)\b/;
// "this is too much honestly i dont have the head for it today", "cant face it tonight": a no for
// today, said with how it feels; heard as not now, never answered with a smaller step pushed at once
// (the lead's v22 reading: "fill in just your name on the paperwork" right after it)
const NOT_TODAY =
  /\b(?:too much|can'?t face (?:it|this|that|anything)|cant face (?:it|this|that|anything)|(?:don'?t|dont|do not) have (?:the )?(?:head|energy|brain|headspace|head space|capacity|spoons|bandwidth|strength)(?: for (?:it|this|that|anything))?|not up to (?:it|this|that|anything))\b[^.?!]{0,40}?\b(?:today|tonight|right now|rn)\b|\b(?:today|tonight)[^.?!]{0,12}?\b(?:i (?:can'?t|cant) face|is too much|too much)\b/;

const TOO_MUCH_GATE = 0;
const NOT_NOW_GATE = 1;
const TURNED_DOWN_GATE = 2;
const NOT_TODAY_GATE = 3;
const DECLINE_GATE = createKeywordScanner([TOO_MUCH, NOT_NOW, TURNED_DOWN, NOT_TODAY].map(requiredLiterals));

/** They turned down the suggestion just made to them (only asked when one was made). */
export function declinedSuggestionOf(text: string): DeclinedSuggestion | undefined {
  const lower = text.toLowerCase().trim();
  const live = DECLINE_GATE.scan(lower);
  // (a no for today wins over "too much": the time is what they turned down, not the size)
  if (live[NOT_TODAY_GATE] === 1 && NOT_TODAY.test(lower)) return { declined: 'not-now' };
  if (live[TOO_MUCH_GATE] === 1 && TOO_MUCH.test(lower)) return { declined: 'too-much' };
  if (live[NOT_NOW_GATE] === 1 && NOT_NOW.test(lower)) return { declined: 'not-now' };
  if (live[TURNED_DOWN_GATE] === 1 && TURNED_DOWN.test(lower)) return {};
  // asked once (it was asked twice, of the same text)
  const missed = pushBackOf(lower);
  return missed === 'unhelpful' || missed === 'heard-before' ? {} : undefined;
}

/** The turn's last sentence, as the policy cut it (on ". ", "! ", "? "). */
const lastSentenceOf = (text: string) =>
  text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .at(-1) ?? '';

/** Their push-back and a suggestion turned down, as observations over the whole turn as written. */
export function pushBackAndTurnedDown(text: string): (PushBackObservation | TurnedDownObservation)[] {
  const found: (PushBackObservation | TurnedDownObservation)[] = [];
  const span: [number, number] = [0, text.length];
  const missed = pushBackOf(text);
  if (missed)
    found.push({ kind: 'push-back', missed, endsOnIt: pushBackOf(lastSentenceOf(text)) !== undefined, span });
  const declined = declinedSuggestionOf(text);
  if (declined) found.push({ kind: 'turned-down', ...declined, span });
  return found;
}

/** A statement marked when the clause itself pushes back or turns a suggestion down (else unchanged). */
export function withTurnMarks(statement: StatementObservation): StatementObservation {
  const pushesBack = pushBackOf(statement.text) !== undefined;
  const turnsDown = declinedSuggestionOf(statement.text) !== undefined;
  if (!pushesBack && !turnsDown) return statement;
  return {
    ...statement,
    ...(pushesBack ? { pushesBack: true as const } : {}),
    ...(turnsDown ? { turnsDown: true as const } : {}),
  };
}
