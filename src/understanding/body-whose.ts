/**
 * Whose body, and felt or only imagined: a sensation reading is the writer's, felt now. "my son's chest
 * is tight", "my husband is diabetic and he's confused and sweaty" are someone else's; "if i went in
 * id be shaking" is a sensation only imagined. The body-rules reader found the words without asking
 * either; body-plain asks the same questions inside its own reading.
 */
import type { SensationObservation } from '../spec/observation.ts';
import { someoneElseAt } from './person-subject.ts';
import type { ReaderContext } from './reader.ts';

// a person's possessive right before the part: "my son's chest", "his back", "mums head"
const THEIR_PART_BEFORE =
  /\b(?:his|her|their|(?:mum|mom|mam|dad|sister|brother|friend|mate|son|daughter|partner|husband|wife|boyfriend|girlfriend|bf|gf|baby|kid|child|nan|gran|grandad|grandma|flatmate|roommate)(?:'s|s))\s+(?:\w+\s+)?$/;
// the quality said as would-be: "id be shaking", "i would be sick", "i'd probably throw up"
const WOULD_BEFORE =
  /\b(?:i'd|id|i\s+would|i\s+wud|would|wud)\s+(?:probably\s+|just\s+|literally\s+|definitely\s+)?(?:be\s+|get\s+|feel\s+|start\s+)?(?:\w+\s+)?$/;

// another person named before the part: what follows it is about them until the writer is named
const OTHER_PERSON =
  /\b(?:he|she|they|he's|she's|they're|hes|shes|his|her|their|him|them|mum|mom|mam|dad|sister|brother|friend|mate|son|daughter|partner|husband|wife|boyfriend|girlfriend|baby|kid|child|nan|gran|grandad|grandma|flatmate|roommate)(?:'s|s)?\b/;

/** Whether the sensation is someone else's or only imagined, by the words before its span. */
export function notFeltByWriter(context: ReaderContext, sensation: SensationObservation): boolean {
  const [start] = sensation.span;
  const before =
    context.text
      .slice(Math.max(0, start - 40), start)
      .toLowerCase()
      .split(/[.!?;]/)
      .pop() ?? '';
  if (THEIR_PART_BEFORE.test(before)) return true;
  if (WOULD_BEFORE.test(before)) return true;
  // "when he raised his voice my face went hot", "he grabbed me by the throat": the writer's own part,
  // whoever the clause began with, when the writer is named after the last other person
  const afterOther = before.split(OTHER_PERSON).pop() ?? before;
  if (/\b(?:my|me|i|i'm|im)\b/.test(afterOther)) return false;
  return someoneElseAt(context, start);
}
