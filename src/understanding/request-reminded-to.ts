import type { Segment } from './clauses.ts';

/**
 * "remind me at 9 to do the counter": what they asked to be reminded to do, in their words, read after
 * the ask (requests.ts). "to remind?" alone, a clause of their own, or the telling itself are not it.
 */
// a few words after the ask (a time, a day) and before the clause ends; "to it"/"to be" are not it,
// nor the asking again, with or without "me" after it ("message me tomorrow 9am to remind me" once promised a nudge saying "Remind you.")
const REMIND_TO =
  /^(?:\s+(?:me|us))?(?:\s+(?!(?:i|im|i'm|you|and|but|because|cause|so|if|when|while|though)\b)[\w:']+){0,5}?\s+to\s+(?!(?:be|me|you|it|this|that|them|do\s+(?:it|this|that|so|one))\b)(?!(?:remind|nudge|ping|text|message|bug|poke|buzz|prompt|chase)(?:\s+(?:me|us))?\s*$)([a-z][a-z' ]{1,40}?)\s*$/;
export function remindedTo(matchEnd: number, clause: Segment, original: string): string | undefined {
  const found = REMIND_TO.exec(clause.text.slice(matchEnd - clause.start));
  if (!found) return undefined;
  // the slice starts at the end of the ask; the words end the clause
  const start = matchEnd + found[0].trimEnd().length - found[1].length;
  // "message me at 11 to tell me stop", "… to say do the counter": the words are what follows the
  // telling, not the telling itself (said back, "tell me stop" became "Tell you stop.")
  const telling = TELLING.exec(found[1])?.[0].length ?? 0;
  if (telling === found[1].length) return undefined;
  const from = start + telling;
  const words = original.slice(from, start + found[1].length).trim();
  return withoutChatFiller(words) || undefined;
}

// "to say put ur phone away lol": a laugh or a please after the words is said to us, not part of them
// (the nudge once said back "Put my phone away lol."); kept when it is all the words there are
const CHAT_FILLER = /(?:\s+(?:lol|lmao|lmfao|rofl|haha+|hehe+|pls|plz|please|xx+|tho|ok|okay))+$/i;
export function withoutChatFiller(words: string): string {
  const trimmed = words.replace(CHAT_FILLER, '');
  return trimmed.trim() ? trimmed : words;
}
const TELLING = /^(?:(?:tell|remind|ask|get)\s+(?:me|us)\s+(?:to\s+)?|say\s+(?:to\s+me\s+)?)/;
