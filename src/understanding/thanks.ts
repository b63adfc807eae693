/**
 * Thanks (issue 17): "thank you, that helps", "thanks for listening". A thanks is answered with
 * warmth, not a probe: raters read a stock question after one as not hearing it. A thanks said
 * drily ("yeah thanks thats really comforting", "oh great, thanks") is read as `wry`: the last reply
 * missed, and is owned as a miss, never answered with "you're welcome".
 */
import type { ThanksObservation } from '../spec/observation.ts';
import type { ReaderContext, Reading } from './reader.ts';

const THANKS = /\b(?:thanks|thank you|thank u|thankyou|cheers|ta)\b/i;
// a thanks that is a set phrase inside something else: "thanks to him", "no thanks", "thanks u too" quoted
const NOT_THANKS = /\bthanks to\b|\bno,? thanks\b|\bthank(?:s| you) (?:for nothing|a lot for nothing)\b/i;
// short, opened on a shrug, praising the reply in the words people use when it did not help; or a
// thanks that says the advice was old news ("Yes, thank you, I have been teaching for 27 years": the
// v16 rater, "misreads the sarcasm as thanks")
const WRY =
  /^(?:yeah|yea|ya|oh|wow|great|cool|ok|okay|right|gee)\b.{0,6}\b(?:thanks|thank you)\b.{0,12}\b(?:that'?s|thats|very|so|really)\s+(?:really\s+|so\s+|super\s+)?(?:comforting|helpful|useful|reassuring|insightful|great)\b|\bthanks for nothing\b|^(?:oh\s+)?great,?\s+thanks\W*$|\b(?:thanks|thank you)\b.{0,20}\bi(?:'ve| have|ve)? been (?:\w+ing|doing this|at this)\b.{0,30}\bfor (?:\d+|twenty|thirty|forty|many|ten) (?:years|decades)\b|\b(?:thanks|thank you),? (?:i know|i'?m aware|i had worked that out|i'?d never have thought of that)\W*$|\b(?:thanks|thank you)\b[,.]?\s+(?:but\s+)?i\s+(?:know how to|(?:have|'ve)\s+(?:already\s+)?(?:tried|done)\s+that|am aware|know that)\b/i;
// (the teacher of 27 years thanked for "have you tried batching them?" is not thanking anyone: v16)
// sarcasm in the words of a thanks (round 13 fresh end, "Thank you for saying so. I'm glad it helped" to
// it, rated 1): "oh great, thanks a lot", "gee thanks", "wow, so helpful", "thanks a bunch", "cheers for
// that" opened on a sigh, or marked by an eye-roll, "i guess" or "...not"; a plain "ok thanks" or "thanks a
// lot, that helps" stays a thanks
const SARCASM =
  /^(?:oh|wow|gee|well|great|brilliant|lovely|cool)\b[\s,.!]*(?:great|brilliant|lovely|cool|wow|perfect|super)?[\s,.!]*(?:thanks|thank you|cheers)\s+(?:a lot|a bunch|loads|heaps|so much|for that)\W*$|^(?:gee|wow)\W+(?:thanks|thank you)\W*$|^(?:oh\s+)?(?:wow|gee)\b.{0,12}\b(?:so|really|very|super) (?:helpful|useful)\b|\bthanks a bunch\W*$|^(?:oh\s+)?(?:great|brilliant|lovely|perfect)\W+(?:that|this) (?:really )?helps\W*$|\b(?:thanks|thank you|cheers|helpful|useful)\b[^.?!]{0,15}(?:🙄|😒|🙃|\/s\b|\bi guess\W*$|\.\.\.\s*not\b)/iu;
// a question asked after it with no question mark is the point too: "thank you. but for what", "thanks,
// what do i do now", "cheers but how" (fresh v28: "thank you. but for what" got "You're welcome")
const QUESTION_AFTER =
  /\b(?:thanks|thank you|thank u|thankyou|cheers|ta)\b[\s,.!]*(?:(?:but|so|and|ok|okay)\b[\s,.!]*)?(?:for what|what for|what|how|why|when|where|which|who|should i|do i|can i|is it|does it|is that|does that)\b/i;
// the turn says nothing else: a few words around the thanks at most
const MAX_WORDS = 12;

/** A thanks needs one of these to match (reader-gates.ts gates the reader on their literals). */
export const THANKS_PATTERNS: readonly RegExp[] = [THANKS, WRY, SARCASM];

export function readThanks(context: ReaderContext): Reading[] {
  const text = context.text.trim();
  const wry = WRY.test(text) || SARCASM.test(text);
  if (!wry && (!THANKS.test(text) || NOT_THANKS.test(text))) return [];
  // (a question after it is the point: "thanks lol. so should i?")
  if (text.split(/\s+/).length > MAX_WORDS || (!wry && (text.includes('?') || QUESTION_AFTER.test(text))))
    return [];
  const observation: ThanksObservation = { kind: 'thanks', wry, span: [0, context.text.length] };
  return [{ observation, confidence: 0.75 }];
}
