/**
 * What surrounds a risk match: is it negated ("I'm not suicidal"), in the past ("I tried years
 * ago, I'm OK now"), about someone else ("my friend wants to die"), or hedged ("kms lol")?
 */

import { matchesOf } from './matches.ts';
import { expandWordClasses } from './risk-lexicon.ts';

// negation words that govern the risk words after them in the same clause
const NEGATION =
  /(?<![a-z'])(?:not|never|no longer|no way|nor|don'?t|dont|doesn'?t|didn'?t|didnt|won'?t|wont|wouldn'?t|wouldnt|isn'?t|aren'?t|ain'?t|am not|i'?m not|im not|without|hardly ever|have no|has no|no)(?![a-z'])/;
// negations that do not cancel what follows: "I can't stop thinking about killing myself"
const NOT_A_NEGATION =
  /(?:can'?t|cant|cannot|couldn'?t|won'?t) (?:stop|help|shake|get rid of|get over|escape|control|resist|fight|ignore)|not (?:sure|only|just|gonna lie|going to lie|kidding|joking)|don'?t (?:know|care|see why)|didn'?t (?:know|think)|no (?:idea|one|body|matter|point|reason)|never (?:stop|stopped|thought i'?d)|(?:doesn'?t|don'?t|didn'?t|won'?t) (?:go away|leave|stop)|ngl|nothing but/;

const WHITESPACE = /\s/;

/**
 * The last `count` whitespace-separated words, joined by one space: the same as
 * `text.trim().split(/\s+/).slice(-count).join(' ')`, read from the end so a long clause costs
 * no more than a short one.
 */
function lastWords(text: string, count: number): string {
  const words: string[] = [];
  let end = text.length;
  while (words.length < count) {
    while (end > 0 && WHITESPACE.test(text[end - 1])) end -= 1;
    if (end === 0) break;
    let start = end;
    while (start > 0 && !WHITESPACE.test(text[start - 1])) start -= 1;
    words.push(text.slice(start, end));
    end = start;
  }
  return words.reverse().join(' ');
}

/** True when a negation governs the words right before a match in its clause. */
export function isNegated(clauseBefore: string): boolean {
  const words = lastWords(clauseBefore, 5);
  if (!NEGATION.test(words)) return false;
  return !NOT_A_NEGATION.test(words);
}

// distant history: long enough ago that the question is how the person is now
const DISTANT_PAST = new RegExp(
  expandWordClasses(
    "(?:\\d+|a few|few|several|many|some|two|three|four|five|ten|a couple of) (?:years?|yrs?|months?|decades?) ago|a (?:long )?(?:time|while) ago|(?:^|\\s)(?:years|decades|ages) ago|(?:been|i'?ve been|ive been) (?:ok|okay|fine|good|well|better|safe|stable) (?:ever )?since|long ago|a while back|years back|when i was (?:younger|a (?:kid|child|teen|teenager|student)|little|in (?:school|high school|college|uni|university|my (?:teens|twenties|20s|thirties|30s))|\\d+|(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)|at (?:school|uni|college))|as a (?:teen|teenager|kid|child|student)|in (?:high school|secondary school|middle school|college|uni|university|my (?:teens|twenties|20s|thirties|30s))|back (?:then|in (?:the day|school|college|uni|\\d{4}))|(?:^|\\s)used to|in the past|in (?:19|20)\\d\\d|last year|(?:a |one )?(?:year|decade) ago|(?:i'?m|im|i am) (?:ok|okay|fine|good|alright|all right|better|much better|doing (?:ok|okay|well|better|fine)|safe|in a (?:better|good) place|recovered|stable) now|(?:i'?m|im|i am) in recovery|(?:clean|free) (?:for|since)|(?:haven'?t|have not|havent|didn'?t|never) (?:\\w+ ){0,3}since|in (?:years|ages|a long time|a long while)|for (?:years|ages|\\d+ years)|history of|previous(?:ly)?|(?:once|twice) (?:before|in my life)|before,? (?:but|and) (?:i'?m|im)|(?:^|\\s)before(?= *$)|after (?:my|the) (?:first|last) attempt|a long way since",
  ),
);
// recent: the person is describing now, whatever tense they use
const RECENT =
  /(?:last night|yesterday|this (?:morning|afternoon|evening|week)|today|tonight|earlier|just now|an hour ago|minutes ago|again|right now|still|these days|lately|recently|this month|couple of days|few days ago|every (?:day|night)|keep|kept)/;
// said in its own sentence after a history: "I tried years ago. I'm OK now."
const RECOVERY =
  /(?:been|i'?ve been) (?:ok|okay|fine|good|well|better|safe|stable) (?:ever )?since|(?:i'?m|im|i am) (?:ok|okay|fine|good|alright|better|safe|in a better place|doing (?:ok|okay|well|better|fine)|in recovery) now|(?:haven'?t|have not|havent) (?:\w+ ){0,3}since|(?:i'?m|im|i am) (?:ok|okay|fine|good|better|safe) these days/;

export function isPast(sentence: string, utterance: string, pastForm: boolean): boolean {
  if (RECENT.test(sentence) && !/(?:i'?m|im|i am) (?:ok|okay|fine|good|better|safe) now/.test(sentence))
    return false;
  if (DISTANT_PAST.test(sentence)) return true;
  return pastForm && RECOVERY.test(utterance) && !RECENT.test(utterance);
}

const OTHER_SUBJECT =
  /(?<![a-z'])(?:he|she|they|he'?s|she'?s|they'?re|hes|shes|theyre|he'?d|she'?d|his|her|their|someone|somebody|some one|a (?:friend|mate|colleague|coworker|co-worker|student|classmate|client|neighbou?r|kid|family member|relative|person i know)|my (?:\w+ ){0,2}(?:friend|friends|mate|bestie|bff|sister|brother|sibling|mum|mom|mother|dad|father|son|daughter|kid|child|partner|wife|husband|boyfriend|girlfriend|bf|gf|fiance|fiancee|roommate|flatmate|colleague|coworker|co-worker|cousin|aunt|uncle|niece|nephew|student|client|patient|neighbou?r|grandma|grandpa|grandmother|grandfather|teen|teenager|ex|buddy|pal|boss|manager|classmate|stepdad|stepmom|stepson|stepdaughter|twin|housemate|spouse|parent|parents)|(?:friend|brother|sister|cousin|colleague|coworker|mate|classmate)s? of mine|(?:my|our) (?:son|daughter|kid|child)'s)(?![a-z'])/g;
const SELF_SUBJECT = /(?<![a-z'])(?:i|i'?m|im|i'?ve|ive|i'?d|id|i'?ll|me|myself|iam)(?![a-z'])/g;
const OTHER_REFLEXIVE = /(?:himself|herself|themselves|themself|hisself|theirselves)/;
const SELF_REFLEXIVE = /(?:myself|my self|my-self|myslef|mysefl|meself|mself)/;
// reported speech keeps the subject it reports: "my friend said she wants to die" stays other
const FICTION =
  /(?:character|protagonist|villain|narrator|novel|story|scene|movie|film|episode|tv show|series|book|game|song|lyrics|poem|play i'?m|script)/;

/** Where the subject words of a sentence are, found once per sentence: [start, end) pairs. */
export type SubjectPositions = { other: [number, number][]; self: [number, number][] };

export function findSubjects(sentence: string): SubjectPositions {
  const spans = (pattern: RegExp) =>
    matchesOf(pattern, sentence).map((match): [number, number] => [
      match.index ?? 0,
      (match.index ?? 0) + match[0].length,
    ]);
  return { other: spans(OTHER_SUBJECT), self: spans(SELF_SUBJECT) };
}

/**
 * The end of the last subject before `cut`, as a scan of `sentence.slice(0, cut)` would find it;
 * undefined when a subject found in the whole sentence runs across the cut (the prefix alone may
 * read differently there, so the caller scans it). A subject ending exactly at the cut cannot
 * exist: risk matches start after a character that is not a letter, and subjects end in letters.
 */
function lastSubjectEnd(spans: [number, number][], cut: number): number | undefined {
  let last = -1;
  for (const [start, end] of spans) {
    if (start >= cut) break;
    if (end > cut) return undefined;
    last = end;
  }
  return last;
}

function lastSubjectEndByScan(pattern: RegExp, before: string): number {
  let last = -1;
  for (const match of matchesOf(pattern, before)) last = (match.index ?? 0) + match[0].length;
  return last;
}

/**
 * Whose risk a match is about, from a reflexive in the match or the nearest subject before it
 * (`matchStart` in `sentence`; `subjects` from findSubjects(sentence)).
 */
export function aboutFromSubject(
  matchText: string,
  sentence: string,
  matchStart: number,
  subjects: SubjectPositions = findSubjects(sentence),
): 'self' | 'other' {
  if (OTHER_REFLEXIVE.test(matchText)) return 'other';
  if (SELF_REFLEXIVE.test(matchText)) return 'self';
  // "better off without me", "no one would miss me": the speaker names themself inside the match
  if (matchText.search(SELF_SUBJECT) >= 0) return 'self';
  const before = sentence.slice(0, matchStart);
  const lastOther = lastSubjectEnd(subjects.other, matchStart) ?? lastSubjectEndByScan(OTHER_SUBJECT, before);
  const lastSelf = lastSubjectEnd(subjects.self, matchStart) ?? lastSubjectEndByScan(SELF_SUBJECT, before);
  if (lastOther > lastSelf) return 'other';
  if (lastSelf >= 0) return 'self';
  // "my dad collapsed and…": the subject is inside the match
  return matchText.search(OTHER_SUBJECT) === 0 ? 'other' : 'self';
}

export function aboutFromVictim(victim: string | undefined): 'self' | 'other' {
  if (victim === undefined) return 'self';
  return /^(?:me|us|i|i'?m|im|i am|i was|i'?ve been|i have been|i got|i get)$/.test(victim)
    ? 'self'
    : 'other';
}

// "my dog hurt himself jumping off the couch": pets are not who the crisis path is for
const ANIMAL =
  /(?<![a-z])(?:dog|dogs|cat|cats|puppy|kitten|pet|pets|horse|bird|hamster|rabbit|bunny|parrot|fish|guinea pig)(?![a-z])/;

export function isFiction(sentence: string): boolean {
  return FICTION.test(sentence) || ANIMAL.test(sentence);
}

const HEDGE = new RegExp(`(?<![a-z'])${expandWordClasses('{HEDGE}')}(?![a-z'])`);

/** Jokes, doubt and "sometimes" keep a match at 'possible': the person is still asked, gently. */
export function isHedged(sentence: string): boolean {
  return HEDGE.test(sentence);
}
