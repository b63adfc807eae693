/**
 * The person's direct question ("how do i stop", "is that normal?", "am I being unreasonable?") and
 * an apology for what they said ("sorry, this sounds dramatic"). Read on the turn as written (the
 * last sentence for a question), narrowly: a question missed reads as not listening; a question
 * misread as one is worse. Moved from the policy, which now reads these observations.
 */

import type { TheirQuestion } from '../spec/move.ts';
import type { ApologyKind, ApologyObservation, TheirQuestionObservation } from '../spec/observation.ts';

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

/** The turn's last non-empty sentence, lowercased, without the closing marks (the others are not read). */
function lastSentenceOf(text: string): string | undefined {
  const sentences = text.split(/(?<=[.?!])\s+|\n+/);
  for (let index = sentences.length - 1; index >= 0; index--) {
    const sentence = sentences[index]
      .trim()
      .toLowerCase()
      .replace(/[?.!\s]+$/, '');
    if (sentence) return sentence;
  }
  return undefined;
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

// "is that stupid", "Is that wrong?": a verdict on what they just told (not "is that bad for him", a fact)
const THAT_VERDICT =
  /^(?:(?:so|but|and|ok|like)[, ]+)?is (?:(?:that|this) (?:so |really |too |just )?(stupid|wrong|selfish|silly|crazy|dumb|pathetic|petty)(?: of me)?|it (stupid|wrong|selfish|silly|crazy|dumb|pathetic|petty) of me)$/;

const NORMAL =
  /^(?:is (?:this|that|it) (?:normal|common|weird|just me)|is it just me|am i the only one\b.*|do(?:es)? (?:other people|others|anyone else|everyone|most people) (?:feel|get|have|do|struggle)\b.*|is (?:this|that|it) normal\b.*)$/;

const HOW =
  /^(?:(?:ok(?:ay)?|cool|so|but|and|well|right)[, ]+)*how (?:do|can|should|would|does) (?:i|you|people|one|someone|anyone) (.+)$/;

// "should i text back", "so should i?", "shud i just quit": a decision that is theirs
const SHOULD =
  /^(?:(?:so|but|and|ok(?:ay)?|then|thanks(?: lol)?|yeah|ye|idk|hmm)[, ]+)*(?:should|shud|shld) i (?!be\b|have\b|feel\b|worry\b|do\b)([a-z' ]{2,60})$/;
const SHOULD_ALONE =
  /^(?:(?:so|but|and|ok(?:ay)?|then|thanks(?: lol)?|yeah|ye|idk|hmm)[, ]+)*(?:should|shud) i()$/;
// "i dont know if i must say something or leave it": the same decision, said as not knowing
const UNSURE_WHETHER =
  /^(?:(?:and|but|so|idk|honestly)[, ]+)*i (?:dont|don't|do not) know (?:if|whether) i (?:should|shud|must|need to) ([a-z' ]{2,60})$/;
const CLINICAL =
  /\b(?:meds?|medication|medicine|dose|dosage|pills?|tablets?|antidepressants?|prescription)\b/;
const WHAT_WOULD_YOU =
  /\bwhat would (?:you|u) do\b|\bwhat (?:do|would) (?:you|u) (?:reckon|think i should do)\b/;
// a bare "have i?" (overreacted, been unfair…), said back as a question
const HAVE_I = /^(?:(?:so|but|and|ok|hmm|well)[, ]+)*have i(?: though| tho| really)?$/;

// "and then i say what", "what would u actually write", "what should i text him" (not the rhetorical
// "what can you say to that", "no what would i even say")
const WORDS =
  /(?:^|\b(?:and|then|so|ok)\s+)(?:then\s+)?i (say|write|text|put) what$|\bwhat (?:(?:do|should|shall) i|would (?:u|you)) (?:actually |literally |honestly )?(say|write|text|put|send)\b(?! to that\b)/;

function stripJust(about: string): string {
  return about.replace(/^just\s+/, '');
}

/** What they might do, said back only when it is one course ("text back"), not "tell her or wait". */
function oneCourse(about: string | undefined): { about?: string } {
  return about && !/\bor\b/.test(about) ? { about: stripJust(about) } : {};
}

/** Their direct question, when the turn ends on one the coach can take up. */
export function theirQuestionOf(text: string): TheirQuestion | undefined {
  const last = lastSentenceOf(text);
  if (!last) return undefined;
  if (NORMAL.test(last)) return { asks: 'normal' };
  const am = last.match(/^(?:(?:so|but|and|ok)[, ]+)?am i (.+)$/);
  if (am && VERDICTS.test(am[1])) return { asks: 'am-i', about: am[1] };
  // ("Is that wrong? Feels like lying": the ask can sit just before a short last line)
  // (the sentence before the last, split once: the rules below read it too)
  const [, previous] = sentencesOf(text);
  const that =
    last.match(THAT_VERDICT) ??
    (previous && last.split(' ').length <= 6 ? previous.match(THAT_VERDICT) : undefined);
  if (that) return { asks: 'is-that', about: that[1] ?? that[2] };
  // "what would you do" anywhere in the turn's last two sentences makes it a decision question
  const before = previous;
  if (WHAT_WOULD_YOU.test(last) || (before && WHAT_WOULD_YOU.test(last + ' ' + before))) {
    const should = (before ?? '').match(SHOULD) ?? last.match(SHOULD);
    const about = should ? cleanAbout(should[1] ?? '') : undefined;
    return { asks: 'should', ...oneCourse(about) };
  }
  const should = last.match(SHOULD_ALONE) ?? last.match(SHOULD) ?? last.match(UNSURE_WHETHER);
  // "should I up my meds?" is a clinician's question (scope-question.ts answers it), not a decision to weigh
  if (should && !CLINICAL.test(last)) {
    const about = should[1] ? cleanAbout(should[1]) : undefined;
    return { asks: 'should', ...oneCourse(about) };
  }
  if (HAVE_I.test(last)) return { asks: 'have-i' };
  // "and then i say what? i have no words for this": the ask can sit just before a short last line
  const words =
    last.match(WORDS) ?? (before && last.split(' ').length <= 6 ? before.match(WORDS) : undefined);
  if (words) return { asks: 'words', medium: /say/.test(words[1] ?? words[2] ?? '') ? 'said' : 'written' };
  const how = last.match(HOW);
  if (how) {
    const about = cleanAbout(how[1]);
    if (about) return { asks: 'how', about };
  }
  return undefined;
}

// "sorry, this sounds dramatic", "Sorry. That was rude.", "sorry for rambling", "sorry its just been
// a long day": an apology that opens a sentence, not "sorry for myself" or "sorry to hear"
const APOLOGY =
  /(?:^|[.!?]\s+)(?:(?:i'?m|im|i am) (?:so |really )?)?(?:sorry|soz|sry|srry|apologies)\b(?!\s+(?:for (?:myself|him|her|them|your|you)|to hear|about your|you))/;
const FEARED: [ApologyKind, RegExp][] = [
  ['rude', /\b(?:rude|snappy|snapped|harsh|mean|blunt|short with you)\b/],
  // ("sorry thats too much info" fears oversharing, not being dramatic)
  [
    'dramatic',
    /\b(?:dramatic|over ?the ?top|overreact\w*|silly|stupid|pathetic|a lot|too much(?! info| information| detail))\b/,
  ],
  [
    'rambling',
    /\b(?:ramble|rambling|rant|ranting|vent|venting|going on|long message|essay|wall of text|dumping|tmi|too much (?:info|information|detail)|overshar\w*)\b/,
  ],
];

/** They apologised for what they said: what they feared it came across as, or a plain sorry. */
export function apologyOf(text: string): ApologyKind | undefined {
  const lower = text.toLowerCase().trim();
  if (!APOLOGY.test(lower)) return undefined;
  return FEARED.find(([, pattern]) => pattern.test(lower))?.[0] ?? 'plain';
}

/** Their question and their apology as observations over the whole turn (spans on the text as written). */
export function theirQuestionAndApology(text: string): (TheirQuestionObservation | ApologyObservation)[] {
  const found: (TheirQuestionObservation | ApologyObservation)[] = [];
  const span: [number, number] = [0, text.length];
  const question = theirQuestionOf(text);
  if (question) found.push({ kind: 'their-question', question, span });
  const said = apologyOf(text);
  if (said) found.push({ kind: 'apology', said, span });
  return found;
}
