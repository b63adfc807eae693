/**
 * The person's direct question ("how do i stop", "is that normal?", "am I being unreasonable?") and
 * an apology for what they said ("sorry, this sounds dramatic"). Read on the turn as written (the
 * last sentence for a question), narrowly: a question missed reads as not listening; a question
 * misread as one is worse. Moved from the policy, which now reads these observations.
 */

import type { TheirQuestion } from '../spec/move.ts';
import type { ApologyKind, ApologyObservation, TheirQuestionObservation } from '../spec/observation.ts';
import { openQuestionOf } from './their-question-open.ts';

const FILLER = /\s+(?:tho|though|then|lol|lmao|haha|honestly|tbh|anyway|now|even)$/i;

// "tell me honestly, am I…", "be honest, is it normal": asked for a plain answer; the ask is what follows
const HONESTLY =
  /^(?:(?:(?:just |please )?tell me|be|just be) (?:honest(?:ly)?|the truth|straight)(?: with me)?|honestly|seriously|truthfully|be real|tell me straight)[,:]?\s+/;

// the turn ends on a question mark (a laugh or an emoji after it still counts)
const MARKED = /\?+(?:\s*(?:lol|lmao|haha|tho|\p{Extended_Pictographic}|[():]))*\s*$/iu;

/** Sentences of the turn, last first, lowercased, without the closing marks. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+|\n+/)
    .map((sentence) =>
      sentence
        .trim()
        .toLowerCase()
        .replace(/[?.!\s]+$/, '')
        .replace(HONESTLY, ''),
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
      .replace(/[?.!\s]+$/, '')
      .replace(HONESTLY, '');
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
  /^(?:being |just being )?(?:(?:a |an )?(?:silly |stupid |daft |foolish )?(?:old )?(?:woman|man|fool|idiot)|mad|paranoid|needy|clingy|ungrateful|a burden|unreasonable|selfish|dramatic|stupid|crazy|overreacting|overthinking(?: it)?|lazy|weird|silly|ridiculous|too sensitive|oversensitive|a bad person|a terrible person|a bad (?:friend|mum|mom|dad|parent|son|daughter|partner|sister|brother))$/;

// "is that stupid", "Is that wrong?": a verdict on what they just told (not "is that bad for him", a fact)
const THAT_VERDICT =
  /^(?:(?:so|but|and|ok|like)[, ]+)?is (?:(?:that|this) (?:so |really |too |just )?(stupid|wrong|selfish|silly|crazy|dumb|pathetic|petty)(?: of me)?|it (stupid|wrong|selfish|silly|crazy|dumb|pathetic|petty) of me)$/;

const NORMAL =
  /^(?:is (?:this|that|it) (?:normal|common|weird|just me)|is it just me|am i the only one\b.*|do(?:es)? (?:other people|others|anyone else|everyone|most people) (?:feel|get|have|do|struggle)\b.*|is (?:this|that|it) normal\b.*|is (?:it|this|that) (?:normal|common|usual|typical|weird|odd|strange) (?:to|that|if|for|when) .+|is (?:it|this|that) (?:usual|typical)\b.*)$/;

const HOW =
  /^(?:(?:ok(?:ay)?|cool|so|but|and|well|right)[, ]+)*how (?:do|can|should|would|does) (?:i|you|people|one|someone|anyone) (.+)$/;

const HOW_TO = /^(?:(?:ok(?:ay)?|so|but|and|well|then)[, ]+)*how to (.+)$/;

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
const DIAGNOSIS =
  /\b(?:have|got|is it|it'?s|i'?m) (?:adhd|add|autism|autistic|bipolar|ocd|ptsd|depression|clinical \w+|a (?:disorder|condition)|an (?:illness|eating disorder))\b/;
const WHAT_WOULD_YOU =
  /\bwhat would (?:you|u) do\b|\bwhat (?:do|would) (?:you|u) (?:reckon|think i should do)\b/;
// a bare "have i?" (overreacted, been unfair…), said back as a question
const HAVE_I = /^(?:(?:so|but|and|ok|hmm|well)[, ]+)*have i(?: though| tho| really)?$/;

// "and then i say what", "what would u actually write", "what should i text him" (not the rhetorical
// "what can you say to that", "no what would i even say")
const WORDS =
  /(?:^|\b(?:and|then|so|ok)\s+)(?:then\s+)?i (say|write|text|put) what$|\bwhat (?:(?:do|should|shall) i|would (?:u|you)) (?:actually |literally |honestly )?(say|write|text|put|send)\b(?! to that\b)/;

// "anyway how are u", "hbu", "and how are you doing": asked of the coach (the sentence is all of it)
const HOW_ARE_YOU =
  /^(?:(?:anyway|anyways|so|and|ok(?:ay)?|yeah|ya|but|btw|well|hi|hey|hello|enough about me|sorry)[,.]?\s+)*(?:how (?:are|r) (?:you|u|ya)(?: doing| today| tonight)?(?: tho| though| anyway| btw)?|how about (?:you|u)|hbu|wbu|how'?s (?:your|ur) (?:day|week|evening|night)(?: going)?)$/;

// "are you a bot?", "is this a real person", "am i talking to an ai": who is on the other end
const ARE_YOU_REAL =
  /\b(?:are (?:you|u) (?:even )?(?:a |an )?(?:real(?: person| human)?|human|person|bot|robot|ai|machine|computer|program|chatbot)|is this (?:a |an |one of those )?(?:bot|robot|ai|real person|human|machine|computer program|computer programme|chatbot)s?|is (?:anyone|anybody|someone|a person|a human) (?:actually |even |really )?(?:reading|there|listening|reading this|on the other end)(?: this)?|am i (?:talking|speaking|chatting) (?:to|with) (?:a |an )?(?:bot|robot|ai|real person|human|person|machine|computer|program))$/;

// "does that make sense?", "am i making sense": of what they just told
const MAKES_SENSE =
  /^(?:(?:does|do) (?:that|this|it|any of (?:that|this)) (?:even )?make (?:any )?sense|(?:that |this )?makes? sense|am i making (?:any )?sense)(?: at all| lol| tho| though)?$/;

// "does it get easier?", "will it ever get better", "how long does this last": whether a hard time eases
const EASIER =
  /^(?:(?:but|and|so|honestly|seriously)[, ]+)*(?:(?:does|will|do) (?:it|this|that|things) (?:ever )?(?:get|gets|become) (?:any )?(?:easier|better|less (?:bad|painful|hard))|does (?:it|this|the feeling) ever (?:stop|go away|pass)|how long (?:does|will) (?:it|this|this feeling|the feeling) (?:last|take to (?:pass|go|stop))(?: for)?)$/;

// "do you think she'll forgive me?", "u think it's too late": a guess at what no one can know
// ("do you think i should…" is their decision, read as one)
const GUESS =
  /^(?:(?:so|but|and|ok|honestly|like|be honest)[, ]+)*(?:do |d'?)(?:you|u|ya) (?:honestly |really )?(?:think|reckon) (?!i should\b|i shud\b)(?:that )?([a-z'].{2,60})$/;
const THINK_SHOULD =
  /^(?:(?:so|but|and|ok|honestly)[, ]+)*(?:do |d'?)?(?:you|u) (?:think|reckon) i (?:should|shud) ([a-z' ]{2,60})$/;

// "can anxiety really do this?": whether something they feel can do what it is doing to them
const CAN_IT =
  /^(?:can|could|does|do|is it possible (?:that|for)) (anxiety|stress|grief|depression|panic|panic attacks|worry|worrying|nerves|burnout|exhaustion|loneliness|trauma|lack of sleep|(?:the )?menopause) (?:really |actually |honestly |even )?(?:do|cause|make|affect|feel like|give|mess)\b.*$/;

// a last line that is a question of its own is read as that question, not as an aside
const MARKED_LAST = /\?\s*$|^(?:what|how|why|when|where|who|is|are|do|does|can|could|will|would)\b/;

// whether it will turn out all right: "do you think it'll be ok", "u reckon i'll be fine", "will it work out"
const TURNS_OUT_OK =
  /\b(?:be|turn out|work out|go)\s+(?:ok|okay|alright|all right|fine|well)\b|\bwork out\b|\bget through (?:it|this)\b/;
const WILL_IT_BE_OK =
  /^(?:(?:so|but|and|ok|honestly|like|be honest)[, ]+)*(?:will|is) (?:it|this|that|everything|things|i|we|he|she|they) (?:all )?(?:be|going to be|gonna be|turn out|work out) ?(?:ok|okay|alright|all right|fine)?$/;

/** A question put to the coach itself, or one no one can answer for sure, read on one sentence. */
function askedOfUs(sentence: string): TheirQuestion | undefined {
  if (HOW_ARE_YOU.test(sentence)) return { asks: 'how-are-you' };
  if (ARE_YOU_REAL.test(sentence)) return { asks: 'are-you-real' };
  if (MAKES_SENSE.test(sentence)) return { asks: 'makes-sense' };
  if (EASIER.test(sentence)) return { asks: 'easier' };
  const can = sentence.match(CAN_IT);
  if (can) return { asks: 'can-it', about: can[1] };
  const should = sentence.match(THINK_SHOULD);
  if (should) return { asks: 'should', ...oneCourse(cleanAbout(should[1])) };
  if (GUESS.test(sentence))
    return { asks: 'guess', ...(TURNS_OUT_OK.test(sentence) ? { hopes: true as const } : {}) };
  if (WILL_IT_BE_OK.test(sentence)) return { asks: 'guess', hopes: true };
  return undefined;
}

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
  // (the sentence before the last, split once: the rules below read it too)
  const [, previous] = sentencesOf(text);
  // "is it normal to feel angry at him? he is sick": the ask can sit just before a short last line
  const aside = previous !== undefined && last.split(' ').length <= 6;
  if (aside && NORMAL.test(previous)) return { asks: 'normal' };
  // ("Do you think I have ADHD? should I up my meds?" is a clinician's question: scope-question.ts)
  const clinical = CLINICAL.test(text.toLowerCase()) || DIAGNOSIS.test(text.toLowerCase());
  const ofUs = clinical ? undefined : (askedOfUs(last) ?? (aside ? askedOfUs(previous) : undefined));
  if (ofUs) return ofUs;
  const am = last.match(/^(?:(?:so|but|and|ok)[, ]+)?am i (.+)$/);
  if (am && VERDICTS.test(am[1])) return { asks: 'am-i', about: am[1] };
  // ("Is that wrong? Feels like lying": the ask can sit just before a short last line)
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
  // "should i text him or not. just say", "should i stop texting him first. see if he even notices":
  // the decision asked just before a short push or a thought on it (round 18: met with a stock probe)
  const should =
    last.match(SHOULD_ALONE) ??
    last.match(SHOULD) ??
    last.match(UNSURE_WHETHER) ??
    (aside && !MARKED_LAST.test(last) ? (previous.match(SHOULD_ALONE) ?? previous.match(SHOULD)) : null);
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
  // "but how to write it", "how to tell her. she think i'm the stable one": how to, said without a subject
  const how = last.match(HOW) ?? last.match(HOW_TO) ?? (aside ? previous.match(HOW_TO) : null);
  if (how) {
    const about = cleanAbout(how[1]);
    if (about) return { asks: 'how', about };
  }
  // any other question the turn ends on, by its shape (not a clinician's: scope-question.ts answers those)
  if (clinical) return undefined;
  const open = openQuestionOf(last, MARKED.test(text.trim()));
  if (open) return open;
  // "why you think I should do it now? I am not sick, no pain": a marked question just before a short last line
  const marks = text.trim().split(/(?<=[.?!])\s+|\n+/);
  // (a tag counts as its mark: "its getting worse isnt it. they'll send bailiffs or something")
  const previousMarked =
    marks.length >= 2 &&
    /\?\s*$|\b(?:isn'?t it|innit|aren'?t they|won'?t they)[.!]*\s*$/i.test(marks[marks.length - 2]);
  // ("have strangers throw her stuff in a skip? no way": answered by themselves, rhetorical)
  const answered = /^(?:no|nope|nah|never|yes|yeah|of course|obviously)\b/.test(last);
  return aside && previousMarked && !answered ? openQuestionOf(previous, true) : undefined;
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
