/**
 * What people in a help chat say back, by what just happened: short lines in plain chat
 * English, written properly here (capitals, apostrophes) — the persona's voice decides how they
 * are typed (chat-voice.ts). Persona cards bring the content (story, worries, their own change
 * and sustain talk); these lines are the reactions everyone shares.
 */
/**
 * Shared lines a reader remembers (an intensifier, an idiom, a tag): said by two people in one sample
 * they read as a stock line ("Literally yes" from two clients, round 16's rater). Each is open to few
 * people (personal-habits.ts), where "yeah", "no" and "not sure" are everyone's.
 */
export const MARKED = new Set([
  'literally yes',
  'yeah exactly',
  'yeah that',
  'yeah, really',
  'idk really',
  'yeah no',
  'I mean yeah',
  'true I guess',
  'not sure tbh',
  'honestly no idea',
  'fair',
]);

export const MINIMAL = [
  "I don't know",
  'idk',
  'ok',
  'yeah',
  'maybe',
  'not really',
  'I guess',
  'sure',
  'kind of',
  'dunno',
  'probably',
  'not sure',
  'I suppose',
  'no idea',
  'ok I guess',
  'yeah maybe',
  'same as before',
  "can't really say",
  'idk really',
  'I mean yeah',
  'could be',
  'honestly no idea',
  'not sure tbh',
  'yeah I guess so',
  'sort of',
  'fair',
  'true I guess',
  'no not really',
  'I dunno',
  'possibly',
];

export const YES = ['yeah', 'yes', 'yeah pretty much', 'kind of, yeah', 'yep', 'I think so', 'sort of'];
export const NO = ['no', 'not really', 'nope', 'no, not really', 'not exactly', "I don't think so"];

/** After a reflection that got it right. */
export const HEARD = [
  'yeah exactly',
  "yes, that's it",
  "yeah that's exactly it",
  'pretty much',
  'yeah',
  "yeah that's how it feels",
  'exactly',
  'right',
  'yes',
  'yeah, really',
  "that's it really",
  'yeah that',
  'yeah kind of',
  'yeah, like that',
  'literally yes',
  "that's the thing",
  'yes exactly that',
];

/** After a reflection that missed. */
export const MISHEARD = [
  "that's not really what I meant",
  'kind of? not exactly',
  "I wouldn't put it like that",
  'not really',
  'hm, not quite',
  "that's not it",
  'no, not like that',
  'close but no',
  "that's not really it though",
  "no I didn't mean it like that",
];

/** After replies that could have been said to anyone, once it starts to grate. */
export const UNHEARD = [
  "you're not really listening",
  "that's not what I said",
  "ok but that doesn't really help",
  "I feel like you're not getting it",
  'that sounds like a script',
  'did you even read what I wrote',
  "that's kind of a generic answer",
  "you're just saying the same stuff",
  "you're not getting it",
  'ok you clearly have a script',
  "that's not really an answer",
  'did you read what I said?',
  "you're not really hearing me",
];

/** After advice they did not ask for. */
export const PUSHBACK = [
  "I've tried that",
  'easier said than done',
  "it's not that simple",
  "yeah but I can't just do that",
  'people keep telling me that',
  "I know what I should do, that's not the problem",
  "I didn't really ask for advice",
  "that won't work for me",
  'yeah no',
  "I've heard that before",
  "if it was that easy I'd have done it",
  'I know, I know',
  "that's what they all say",
  "doesn't work for me",
  "yeah I've done the to-do list thing",
  "I don't need a plan right now",
];

/** After advice that was welcome (asked for, or offered with permission). */
export const TAKE_ADVICE = ['ok I can try that', "ok that's doable", 'maybe, I could try', 'alright', 'ok'];

export const STEP_DONE = [
  'did it',
  'I did it',
  'done, it was less bad than I thought',
  'managed it',
  "yeah did it, wasn't so bad",
  'that bit is done',
  'ok I actually did it',
  'did that, took about two minutes',
  'did it. feels weird',
  "it's done, can't believe it took me this long",
];
export const STEP_PARTIAL = [
  'started but stopped',
  'did like half',
  'got partway',
  'kind of did it',
  'sort of',
];
export const STEP_FAILED = [
  "didn't do it",
  "couldn't",
  'I tried but no',
  'I just sat there',
  "nope, didn't happen",
  "I couldn't make myself",
  "nah didn't do it",
  'got distracted',
  'no, I bailed',
];
export const DISCOUNT = [
  'not sure that counts',
  "it's tiny though",
  'anyone could do that',
  'it was nothing really',
];
export const TOO_BIG = [
  'too much',
  'not today',
  "I can't do that today",
  "that's a lot",
  'no way, not today',
  "can't, not right now",
  "I can't face that today",
  "that's a whole thing though",
  "I don't have that in me right now",
  'not a chance today honestly',
  "that's more than I've got",
];
// (no "how exactly?", "meaning what?", "such as?": the same terse clip from persona after persona
// was a blind rater's stock reaction)
export const VAGUE = [
  'like what though',
  'ok but how',
  "that's kind of vague",
  'sorry what do you mean',
  'like how?',
  'ok but what would that look like',
  'how though',
];
export const THANKS_NUDGE = [
  'thanks for the reminder',
  'oh right, thanks',
  'got your reminder',
  'thanks, I needed that',
];
export const BROKEN_PROMISE = [
  "you said you'd remind me",
  'I never got a reminder',
  'what happened to the reminder',
];
export const REPEAT = [
  'you said that already',
  'you keep saying that',
  'you already asked that',
  'same thing again?',
];

/** Leaving because it isn't helping. */
export const DROPOUT = [
  "ok this isn't helping. bye",
  'ok',
  'ok thanks',
  'fine. bye',
  'right ok',
  'forget it',
  "never mind, I'm going",
  "I'm gonna go",
  "this isn't working for me",
  'nvm',
  'ok bye',
  "I don't think this is for me",
  'gotta go',
  "I'll leave it there",
  'yeah no, bye',
  "I'm off",
  'leave it',
  "doesn't matter, bye",
];
/** Leaving on good terms, or because they are done. */
export const LEAVE = [
  "I'm tired, I'll stop here",
  'ok I need to go, thanks',
  'gotta go, thanks',
  "ok thanks, that's enough for today",
];

export const QUESTIONS = [
  'is that normal?',
  'what would you do?',
  'does that make sense?',
  'why do I keep doing this?',
  'is it weird that I feel like this?',
  'what should I even do?',
  'do you think it gets better?',
  'how do people deal with this?',
  'am I overthinking this?',
  'is that stupid?',
  'do other people feel like this?',
  'where do I even start?',
];

export const GREETING = ['hi', 'hey', 'hello', 'um hi', 'hi, not sure how this works'];
export const EMOJI_LOW = [':(', '😕', '😞', ':/', '🙁'];
export const EMOJI_HIGH = ['lol', 'haha', ':)', '🙂', '😅'];

// (requests and the risk and crisis lines live in files of their own; re-exported so `bank.X` reads as before)
export * from './crisis-lines.ts';
export * from './request-lines.ts';
