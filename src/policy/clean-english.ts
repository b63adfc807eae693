/**
 * Whether a clause can be said back as it was written and read as a listener's English (issue 17).
 * A blind rater scored verbatim echoes of fragments and non-native grammar as parroting ("It sounds
 * like ye you know", "It sounds like in this you are not", "you sleep on duty small"); such a clause
 * is heard, not echoed: the reply names their topic or asks about it instead. General shapes only.
 */

import { endsWhole } from '../text/whole-end.ts';

// a line that opens on a filler or a hedge is a fragment of talk, not a clause ("ye you know", "its like")
const FILLER_START =
  /^(?:ye|yeah|yea|yep|like|you know|i mean|in this|in that|it'?s like|its like|so like|kind of|sort of|feels like|felt like|that (?:i|you|he|she|they|we|my|your)|whether)\b/i;
// a clause that stops on a word that needs something after it was cut off ("in this you are not")
const DANGLING_END =
  /\b(?:not|to|the|a|an|of|and|but|so|or|with|for|at|in|on|is|are|am|was|were|be|my|your|that|very|too|because|if|when)$/i;
// chat shorthand ("n" for and, "u", "rn") and a worry asked inside the clause ("…what if this judge is
// different") read as mimicry, or as a question turned into a statement, said back
// (and the discourse particles of other Englishes: "sha", "sef", "lah", "abi", "jor")
const FILLER_INSIDE =
  /\b(?:you know|ye|idk|lol|tbh|ngl|innit|n|u|ur|rn|smth|prob|what if|sha|sef|lah|abi|jor|haha|lmao)\b/i;
// a common word in capitals is the person's emphasis ("i KNOW"): said back, it reads as mocking
const EMPHASIS =
  /\b(?:KNOW|NEVER|ALWAYS|REALLY|HATE|NEED|WANT|CANT|CAN'T|DONT|DON'T|NOT|ALL|EVERY|VERY|TRIED|DID|HAVE|JUST|NOTHING|EVERYTHING|LITERALLY|SO|NO)\b/;
// verbs a learner leaves bare after a singular subject ("the dentist say", "your wife cook"); not
// those that are nouns too ("the phone call", "my pulse like 20 times", "the school work")
const BARE =
  'say|ask|cook|go|want|tell|give|come|look|need|think|know|speak|try|take|get|make|see|send|write|understand|eat|seem|have|do|explain|shout|laugh|expect|wait|live|listen|learn|bring|believe|remember|forget|accept|agree|complain|blame';
// words after which a bare verb is right ("did she say", "let my wife know", "heard the dentist say")
const BARE_OK =
  '(?:do|does|did|will|would|can|could|should|must|might|may|shall|let|make|made|help|helped|hear|heard|see|saw|watch|watched|watching|seeing|to|never|rather|why|how|what|when|where)';
// grammar a learner writes that would read as mimicry said back: "sometime you", "this forms",
// a bare verb before "ago", "is finish", a subject with "not" and no verb ("my english not good")
const LEARNER_SHAPES = [
  /\bsometime\b/i,
  /\bthis \w+[^su']s\b/i,
  /\b(?:buy|go|see|open|get|take|make|come|say|tell|find|lose|leave|start) (?:\w+ ){0,3}\d+ \w+ ago\b/i,
  /\bis (?:finish|end|die|close|open)\b/i,
  // a role with no article: "i am engineer", "you feel bad mother"
  /\b(?:am|are|is|was|i'm|im|you're|feel|feels) (?:\w+ )?(?:engineer|doctor|nurse|teacher|student|mother|father|mum|mom|dad|wife|husband|daughter|son|person|worker)\b(?<!\b(?:a|an|the|my|your|his|her|their) \w+)/i,
  /\b(?:english|job|boss|family|life|work) not \w+/i,
  /\b(?:very|so|too) (?:much|many)? ?small\b|\bon duty small\b/i,
  // a singular subject with a bare verb: "he go", "the dentist say to me", "your wife cook for all"
  // (the lookahead only names what the subject starts with: the costly lookbehind is then tried
  // where a subject can start, not at every character; the same matches)
  new RegExp(
    `\\b(?=he|she|my |the |his |her |our |your |every|nobody|someone|no one)(?<!\\b${BARE_OK} (?:\\w+ )?)(?:he|she|everyone|everybody|nobody|someone|no one|(?:my|the|his|her|our|your) (?!people\\b|children\\b|police\\b|staff\\b|family\\b|team\\b)[a-z]+[^s\\W]) (?:${BARE})\\b`,
    'i',
  ),
  // a plural number with a singular unit: "10 hour every day", "3 day ago"
  /\b(?:[2-9]|\d{2,}) (?:hour|day|week|month|year|minute|time|pound|euro|dollar)(?= every| each| a | per| ago|$)/i,
  // "not" with no helping verb: "my writing not improve"
  /(?<!\b(?:do|does|did|will|would|can|could|should|must|might|may|to|why|or|rather|just|better|'d|'ll)\s)\bnot (?:improve|change|work|help|understand|know|like|want|get|come|go|speak|listen|answer|reply)\b/i,
  // an adverb between a verb and its object: "i know also the weakness"
  /\b(?:know|like|want|need|understand|love|see) also\b/i,
  // a second "i" run on after a time word with no joining word: "try again i want that one"
  /(?<=\b[a-z']+ )(?:again|anymore|now|today|already|though|tho) i (?!think\b|guess\b|mean\b|suppose\b|know\b)[a-z']+/i, // a tag question on the end: "it's not about me is it" said back as "it's not about you is it"
  /\b(?:is|isn'?t|was|wasn'?t|does|doesn'?t|did|didn'?t|are|aren'?t|can|can'?t|will|won'?t|innit) (?:it|i|you|he|she|they|we)$/i,
  // a verb left bare after "want", "need", "try": "i dont want go out"
  /\b(?:want|wants|need|needs|try|tries) (?:go|come|do|make|see|eat|sleep|talk|speak|work|get|take|be|stay|leave)\b/i,
  // a span of time opening the clause with no joining word: "3 years i am patient"
  /^\d+ (?:years?|yrs?|months?|weeks?|days?|hours?|hrs?) (?:i|you|he|she|we|they)\b/i,
  // a form of address on the end with no comma: "i know doctor", "ok sir"
  /\b(?:know|see|understand|agree|sorry|thanks|ok|okay|yes|no|right) (?:doctor|doc|sir|miss|madam|mate|bro|man|dude|babe|love)$/i,
  // a countable thing with no article: "fall asleep on chair", "lose job"
  /\b(?:on|in|at) (?:chair|bus|train|table|sofa|desk|car|phone)\b|\b(?:lose|lost|find|get|got) (?:job|car|house|visa|licence|license|flat)\b/i,
];

export function isCleanEnglish(clause: string): boolean {
  const text = clause.trim().replace(/[.!?,;:]+$/, '');
  if (text.split(/\s+/).length < 3) return false;
  // ("see me like that", "fill it in" end a phrase: text/whole-end.ts)
  if (FILLER_START.test(text) || (DANGLING_END.test(text) && !endsWhole(text)) || FILLER_INSIDE.test(text))
    return false;
  // (and a line shouted in capitals, "IT WAS FINE": two or more words in capitals)
  if (EMPHASIS.test(text) || (text.match(/\b[A-Z]{2,}\b/g) ?? []).length >= 2) return false;
  return !LEARNER_SHAPES.some((shape) => shape.test(text));
}
