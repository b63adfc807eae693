/**
 * Whether words of theirs, set in the frame a reply says them in, read as whole English: the language
 * check run at the point the words are chosen, so a frame that would carry a garble ("it's got to the
 * point where answer whatsapp", "nobody want your job") is never chosen, rather than caught after.
 * @example readsWhole("It sounds like it's got to the point where answer whatsapp right now.") // false
 */
import { checkReply } from './language-check.ts';

export function readsWhole(...sentences: string[]): boolean {
  return sentences.every((sentence) => checkReply(sentence).length === 0);
}
