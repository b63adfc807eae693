/**
 * The exact thing a turn gives a listener to ask about (issue 17, round 18): an action they are
 * holding off ("i not tell my wife"), a message whose words matter ("got an email from the agency"),
 * someone who has gone quiet ("he hasnt rung in 3 year"), or a day just ahead ("gathering tomorrow
 * without her"). On the fresh set about one reply in seven ended on "What's the hardest part of that
 * for you?" whatever was said, rated 2 ("generic"); the human references (4.8) asked about the detail
 * just given, in plain words: "What's stopping you telling her?", "What did the email actually say?".
 * Only words the person wrote are kept, turned to the second person; anything unsure gives no anchor.
 */
import type { ContentAnchor, ContentAnchorObservation, Span } from '../spec/observation.ts';
import { namedPhraseOf } from './content-anchor-phrase.ts';
import { timeAnchorOf } from './content-anchor-time.ts';
import { reportedVoiceOf } from './content-anchor-voice.ts';

/** An anchor and where the turn says it (a say-back of the same words is not said beside it). */
export type FoundAnchor = { anchor: ContentAnchor; span: Span };

import { toSecondPerson } from '../text/person.ts';

// the actions a person holds off that a plain question can name: contact, sending, opening, going
const GERUND: Record<string, string> = {
  tell: 'telling',
  send: 'sending',
  call: 'calling',
  ring: 'ringing',
  phone: 'phoning',
  text: 'texting',
  message: 'messaging',
  email: 'emailing',
  reply: 'replying',
  answer: 'answering',
  open: 'opening',
  ask: 'asking',
  apply: 'applying',
  submit: 'submitting',
  post: 'posting',
  book: 'booking',
  check: 'checking',
  contact: 'contacting',
  talk: 'talking',
  speak: 'speaking',
  visit: 'visiting',
  go: 'going',
};

// "i (just) dont send", "i not tell", "i havent called", "i still cant ring": an action held off
const ACTIONS = Object.keys(GERUND).join('|');
const HOLDING_OFF = new RegExp(
  String.raw`(?:\bi (?:just |still |really |kind of |kinda )?(?:don'?t|dont|do not|not|haven'?t|havent|have not|never|can'?t|cant|cannot|won'?t|wont)|(?:^|[.!?,;]\s*)(?:and |but |so |just |still )?(?:haven'?t|havent|have not|never|can'?t|cant|cannot)) (?:even |yet |really |just |actually )?(?:want to |wanna )?(${ACTIONS})(?:ed|ied)?\b`,
  'i',
);
// (with no "i", only "haven't", "never" or "can't": "but dont tell anybody" is asking the listener)
// "called" and "replied" are the forms after "haven't"
const PAST_FORMS: Record<string, string> = {
  replied: 'reply',
  applied: 'apply',
  sent: 'send',
  told: 'tell',
  rung: 'ring',
  spoken: 'speak',
  gone: 'go',
};
const HOLDING_OFF_PAST =
  /(?:\bi |(?:^|[.!?,;]\s*)(?:and |but |so |just |still )?)(?:still |just )?(?:haven'?t|havent|have not|never) (?:even |yet |actually )?(replied|applied|sent|told|rung|spoken|gone)\b/i;

// where the object of the action stops: a sentence end, a new clause, a tag
const OBJECT_END =
  /[.!?\n;,]|\s(?:and|but|so|because|cos|coz|cuz|or|cause|bc|since|yet|tho|though|lol|haha|lmao|idk|tbh|anymore|now|again|today|tonight|yet)\b|\s(?:it|i|he|she|they|we|you|that)\s+(?:can'?t|cant|cannot|won'?t|wont|will|is|isn'?t|isnt|was|would|could|might|must|should|do|does|did|gets?|goes)\b/i;
// "if i dont open it it cant be bad": an action under "if"/"unless" is a condition, not one held off
const UNDER_CONDITION = /\b(?:if|unless|when|whenever|as long as)\s+$/i;
// an object a plain question can carry: a few plain words, no numbers, no quotes
const PLAIN_OBJECT = /^[a-z' ]{0,40}$/i;
const MAX_OBJECT_WORDS = 5;
// "go" asks for where: "go school" (learner grammar) is left out rather than said back broken
const GO_WHERE = /^(?:to|back|in|out|home|there|round|over|outside)\b/i;
// an object that points at nothing said ("anything", "it"): the action alone, with "it"
// "tell" as "make out": "i cant tell if", "i cant tell anymore", "i cant tell the difference"
const NOT_TELLING = /^(?:if|whether|what|who|how|when|why|the difference|anymore|any more)\b/i;
const EMPTY_OBJECT = /^(?:anything|anythin|nothing)$/i;

// a reason or a fear for holding off, said in the same turn: "cos he'll shout", "scared of what it says",
// "i dont know what to say", "what if she says no"
const REASON_GIVEN =
  /\b(?:because|becuz|cos|coz|cuz|cause|bc|in case|incase|scared|afraid|terrified|frightened|worried|dread|dreading|what if|so that|otherwise)\b|\b(?:don'?t|dont|do not) know (?:what|how)\b|\b(?:don'?t|dont|do not) want (?:him|her|them) to\b|\b(?:he|she|they)(?:'ll|ll| will| would|'d) (?:just )?(?:shout|be angry|get angry|kill me|go mad|laugh|think|say|hate|judge)\b/i;

function objectAfter(text: string, from: number): string | undefined {
  const rest = text.slice(from);
  const end = OBJECT_END.exec(rest);
  const words = (end ? rest.slice(0, end.index) : rest).trim();
  if (!PLAIN_OBJECT.test(words)) return undefined;
  if (words.split(/\s+/).filter(Boolean).length > MAX_OBJECT_WORDS) return undefined;
  return words;
}

function holdingOff(text: string): FoundAnchor | undefined {
  const present = HOLDING_OFF.exec(text);
  const past = present ? undefined : HOLDING_OFF_PAST.exec(text);
  const found = present ?? past;
  if (!found?.[1]) return undefined;
  if (UNDER_CONDITION.test(text.slice(Math.max(0, found.index - 30), found.index))) return undefined;
  const base = present ? found[1].toLowerCase() : (PAST_FORMS[found[1].toLowerCase()] ?? '');
  const gerund = GERUND[base];
  if (!gerund) return undefined;
  const object = objectAfter(text, found.index + found[0].length);
  if (object === undefined) return undefined;
  if (base === 'go' && object !== '' && !GO_WHERE.test(object)) return undefined;
  // "i cant tell if he likes me" is not knowing, not telling someone
  if (base === 'tell' && NOT_TELLING.test(object)) return undefined;
  const said = EMPTY_OBJECT.test(object) ? 'it' : toSecondPerson(object).trim();
  // "i cant tell" and "i dont tell" differ: the first is a wall, asked as what makes it hard
  const cannot = /\b(?:can'?t|cant|cannot)\b/i.test(found[0]);
  const doing = said ? `${gerund} ${said}` : gerund;
  return {
    anchor: {
      anchor: 'holding-off',
      words: doing,
      ...(cannot ? { cannot: true } : {}),
      // they already said what stops them: "What's stopping you?" would ask what they just told
      // (round 19 fresh set: "What's stopping you answering?" after the reason was given, rated low)
      ...(REASON_GIVEN.test(text) ? { reasoned: true as const } : {}),
    },
    span: [found.index, found.index + found[0].length],
  };
}

// a message whose words matter: "got an email from the agency", "a letter came", "his text said nothing"
const MESSAGE =
  /\b(?:got|get|getting|received|had|opened|read|sent me|gave me|came|arrived|found)\s+(?:a|an|the|this|that|his|her|their|my|another)\s+(?:\w+\s+)?(email|letter|text|message|reply|notice|voicemail|dm|note)\b/i;
const MESSAGE_CAME =
  /\b(?:a|an|the|this|that|his|her|their)\s+(?:\w+\s+)?(email|letter|text|message|reply|notice|voicemail|dm)(?:\s+from\s+(?:the\s+|my\s+|his\s+|her\s+)?\w+)?\s+(?:came|arrived|just came|came through)\b/i;
// they already said what it says: asking again would not be listening
const CONTENT_TOLD = /\b(?:saying|says|said|that said|telling|asking|to say|which said|stating|about)\b/i;

function message(text: string): FoundAnchor | undefined {
  const found = MESSAGE.exec(text) ?? MESSAGE_CAME.exec(text);
  if (!found?.[1]) return undefined;
  const after = text.slice(found.index + found[0].length, found.index + found[0].length + 40);
  if (CONTENT_TOLD.test(after.split(/[.!?\n]/)[0] ?? '')) return undefined;
  // (their own message sent is theirs to know: "i sent my landlord a letter" is not asked back)
  if (/\bi (?:sent|wrote|posted)\b/i.test(text.slice(Math.max(0, found.index - 20), found.index + 4)))
    return undefined;
  const owner =
    /\b(his|her|their)\s+(?:\w+\s+)?(?:email|letter|text|message|reply|notice|voicemail|dm|note)\b/i.exec(
      found[0],
    );
  const noun = found[1].toLowerCase() === 'dm' ? 'message' : found[1].toLowerCase();
  return {
    anchor: { anchor: 'message', words: `${owner?.[1]?.toLowerCase() ?? 'the'} ${noun}` },
    span: [found.index, found.index + found[0].length],
  };
}

// someone who has gone quiet on them: "he hasnt rung in 3 year", "my sister never replied"
const GONE_QUIET =
  /\b(he|she|they|my (?:mum|mom|dad|sister|brother|son|daughter|husband|wife|partner|boyfriend|girlfriend|friend|best friend|ex|boss|landlord))\s+(?:still\s+)?(?:hasn'?t|hasnt|has not|haven'?t|havent|never|won'?t|wont|doesn'?t|doesnt|didn'?t|didnt)\s+(?:even\s+)?(?:rung|rang|ring|called|call|texted|text|replied|reply|answered|answer|messaged|message|written|write|spoken|speak|talked|talk|been in touch|got back)\b/i;
const OBJECT_PRONOUN: Record<string, string> = { he: 'him', she: 'her', they: 'them' };
const HER = /\b(?:mum|mom|sister|daughter|wife|girlfriend)$/;
const HIM = /\b(?:dad|brother|son|husband|boyfriend)$/;

function goneQuiet(text: string): FoundAnchor | undefined {
  const found = GONE_QUIET.exec(text);
  if (!found?.[1]) return undefined;
  const who = found[1].toLowerCase();
  // "my sister" is asked about as "your sister", then "her": "…what would you want to say to her?"
  const pronoun = OBJECT_PRONOUN[who] ?? (HER.test(who) ? 'her' : HIM.test(who) ? 'him' : 'them');
  const subject = OBJECT_PRONOUN[who] ? who : toSecondPerson(who).trim();
  const person = pronoun;
  return {
    anchor: { anchor: 'gone-quiet', words: person, who: subject },
    span: [found.index, found.index + found[0].length],
  };
}

// a day just ahead, named: "tomorrow", "tonight", "on tuesday", "this weekend", "next week"
const AHEAD =
  /\b(tomorrow|tmrw|tmr|tonight|this weekend|next week|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
// said of what already happened: "i saw him on monday" is not a day ahead
const PAST_TELLING =
  /\b(?:was|were|did|went|had|saw|said|told|happened|last|ago|yesterday|came|left|got|sent|rang|called|since|been|until|till)\b|\b(?:i|he|she|they|we|you)\s+\w{2,}ed\b/i;
const DAY_NAMES: Record<string, string> = { tmrw: 'tomorrow', tmr: 'tomorrow' };

function dayAhead(text: string): FoundAnchor | undefined {
  let at = 0;
  for (const sentence of text.split(/(?<=[.!?\n])/)) {
    const start = at;
    at += sentence.length;
    const found = AHEAD.exec(sentence);
    if (!found?.[1] || PAST_TELLING.test(sentence)) continue;
    const day = found[1].toLowerCase().replace(/^on /, '');
    const named =
      DAY_NAMES[day] ??
      day.replace(/^(\w)(\w*day)$/, (_, first: string, rest: string) => first.toUpperCase() + rest);
    const where = start + found.index;
    return { anchor: { anchor: 'day-ahead', words: named }, span: [where, where + found[0].length] };
  }
  return undefined;
}

/**
 * The content anchor of a turn, most exact first: an action held off, a message, someone gone
 * quiet, a day ahead, then a night hour or how long it has gone on (content-anchor-time.ts), then
 * someone's words reported (content-anchor-voice.ts), then the last noun phrase of a short turn
 * (content-anchor-phrase.ts). Undefined when the turn names none of these plainly.
 */
export function contentAnchorOf(text: string): FoundAnchor | undefined {
  return (
    holdingOff(text) ??
    message(text) ??
    goneQuiet(text) ??
    dayAhead(text) ??
    timeAnchorOf(text) ??
    reportedVoiceOf(text) ??
    namedPhraseOf(text)
  );
}

/** The turn's content anchor as an observation (understanding/analyse.ts runs it on every turn). */
export function contentAnchorObservations(text: string): ContentAnchorObservation[] {
  const found = contentAnchorOf(text);
  return found ? [{ kind: 'content-anchor', anchor: found.anchor, span: found.span }] : [];
}
