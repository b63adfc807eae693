import { countWords } from '../text/sentences.ts';
import { findDurationMentions } from './durations.ts';
import {
  ABSTRACT_NOUNS,
  ABSTRACT_PHRASES,
  ACTION_VERBS,
  ATTENDING_VERBS,
  CONCRETE_NOUNS,
  PAST_TO_BASE,
} from './therapist-lexicon.ts';
import type { Instruction } from './therapist-turn-types.ts';

/** An instruction with what the reader needs beyond the shared type. */
export type ReadInstruction = Instruction & {
  verb: string;
  /** a bare imperative ("Look at the cursor."), not "you can…" or "what if you…" */
  bare: boolean;
  /** said under a condition ("When your finger twitches, …") */
  conditional: boolean;
};

const CLAUSE_BREAK =
  /\s*(?:;|\s[–—]\s|\s-\s|,\s*(?:and\s+)?then,?\s*|\band then,?\s*|,\s*and\s+(?=(?:just\s+)?[a-z]+\s)|:\s+(?=[a-z]))\s*/i;
const DISCOURSE =
  /^(and|but|so|okay|ok|now|then|just|simply|gently|first|next|last|finally|quietly|slowly|only|please|also|maybe|to (start|begin|finish|end)|after that|here goes)\b,?\s*/i;
// "Okay, …", "Right then, …", "Then, to end, …": a short lead-in before a comma is not the step
const SHORT_LEAD = /^([a-z']+(?:\s+[a-z']+){0,2}),\s+(?=\S)/i;
const LABEL =
  /^(one (more )?tiny (thing|step)|here'?s (the|one|a) (next )?step|step \d+|next step|first step)\s*[:–—-]?\s*/i;
const LEADING_CLAUSE =
  /^(when|if|once|as soon as|whenever|while|after|before|for|in|without|with|as|instead of)\b[^,]*,\s*/i;
const INSTEAD_OF = /^instead of\b.*?,\s*(?=(?:just|only|simply)\b)/i;
const HELPERS = /^(go ahead and|try to|try and|remember to|be sure to|make sure to|feel free to)\s+/i;
const SOFT_FORMS =
  /^(?:what if (?:you|we)|how about (?:you|we)|you can|you could|you might|maybe you could|i'?d (?:like you to|suggest (?:you|that you)?|invite you to)|let'?s|could you try|would you try)\s+(?:just\s+|try\s+)?/i;
const HYPOTHETICAL =
  /^(let'?s (say|imagine|suppose|see|think|break|simplify|talk)|imagine|suppose|picture)\b/i;
const HOLD_VERBS = new Set(['wait', 'rest', 'pause', 'stay']);
const NEGATIVE = /^(don'?t|do not|never|no need)\b/i;

// rough seconds of effort when no time box is given
const VERB_SECONDS: Record<string, number> = {
  click: 5,
  look: 5,
  press: 5,
  tap: 5,
  put: 5,
  place: 5,
  highlight: 5,
  select: 5,
  say: 5,
  touch: 5,
  name: 5,
  breathe: 5,
  drop: 5,
  unclench: 5,
  mark: 5,
  tick: 5,
  take: 10,
  open: 10,
  close: 10,
  save: 10,
  find: 15,
  scroll: 10,
  move: 10,
  copy: 10,
  paste: 10,
  stand: 10,
  underline: 5,
  circle: 5,
  label: 10,
  type: 60,
  write: 60,
  jot: 30,
  read: 60,
  list: 60,
  send: 60,
  reply: 120,
  answer: 120,
  fix: 300,
  finish: 600,
  call: 300,
  wait: 60,
  sit: 60,
  leave: 5,
  stop: 5,
};

function baseOf(word: string): string | undefined {
  const lower = word.toLowerCase().replace(/[^a-z']/g, '');
  if (PAST_TO_BASE[lower]) return PAST_TO_BASE[lower];
  const candidates = [lower];
  if (/ing$/.test(lower)) {
    const stem = lower.slice(0, -3);
    candidates.push(stem, `${stem}e`, stem.slice(0, -1));
  }
  if (/ed$/.test(lower)) candidates.push(lower.slice(0, -2), lower.slice(0, -1), lower.slice(0, -3));
  return candidates.find((candidate) => ACTION_VERBS.has(candidate) || ATTENDING_VERBS.has(candidate));
}

const DETERMINED_NOUN =
  /\b(?:the|your|my|those|these|one|each|a|an)\s+(?:(?:first|last|next|top|new|old|open|small|little|big|single)\s+)?([a-z][a-z'-]*)/gi;

/** A thing you could point at: a known object noun, or any noun after "the/your/my…" that is not abstract. */
function hasConcreteObject(rest: string): boolean {
  if (CONCRETE_NOUNS.test(rest)) return true;
  for (const match of rest.matchAll(DETERMINED_NOUN)) {
    const noun = match[1].toLowerCase();
    if (!ABSTRACT_NOUNS.has(noun) && !FUNCTION_WORDS.has(noun) && !baseOf(noun)) return true;
  }
  return false;
}
const FUNCTION_WORDS = new Set(
  'one more few little bit lot same very only just way other another and or of to in on at for with it that this more less time'.split(
    ' ',
  ),
);

function readClause(
  rawClause: string,
  sentenceConditional: boolean,
  soft: boolean,
): ReadInstruction | undefined {
  let clause = rawClause.trim().replace(/^[\s,.:;'"“”]+/, '');
  let conditional = sentenceConditional;
  for (let guard = 0; guard < 8; guard++) {
    const before = clause;
    clause = clause.replace(DISCOURSE, '').replace(LABEL, '').replace(HELPERS, '');
    const lead = SHORT_LEAD.exec(clause);
    // keep "Open it, then…" (a verb with its object); drop "Okay," / "To start," / "Right then,"
    if (lead && !(lead[1].includes(' ') && baseOf(lead[1].split(' ')[0])))
      clause = clause.slice(lead[0].length);
    // "instead of trying to X, one click or one tap, just Y": the step is what comes after "just"
    clause = clause.replace(INSTEAD_OF, '');
    if (LEADING_CLAUSE.test(clause)) {
      if (/^(when|if|once|as soon as|whenever)\b/i.test(clause)) conditional = true;
      clause = clause.replace(LEADING_CLAUSE, '');
    }
    if (clause === before) break;
  }
  if (!clause || HYPOTHETICAL.test(clause) || NEGATIVE.test(clause)) return undefined;
  let bare = !soft;
  if (SOFT_FORMS.test(clause)) {
    bare = false;
    clause = clause.replace(SOFT_FORMS, '');
  }
  const words = clause.split(/\s+/);
  // a bare "Noticing how tired you are." or "Opened it." is a fragment, not an imperative
  if (bare && /(ing|ed)$/i.test(words[0] ?? '') && !ACTION_VERBS.has(words[0].toLowerCase()))
    return undefined;
  let verb = baseOf(words[0] ?? '');
  let rest = words.slice(1).join(' ');
  // "started with just noticing…" / "begin by opening…": the step is the second verb
  if ((verb === 'start' || verb === 'begin') && /^(with|by)\s+(just\s+)?\w+ing\b/i.test(rest)) {
    const inner = rest.replace(/^(with|by)\s+(just\s+)?/i, '').split(/\s+/);
    verb = baseOf(inner[0]) ?? verb;
    rest = inner.slice(1).join(' ');
  }
  if (!verb) return undefined;
  // "sit with it" is attending, "sit at your desk" is doing
  const attending = ATTENDING_VERBS.has(verb) || (verb === 'sit' && /^with\b/i.test(rest));
  const durations = findDurationMentions(rawClause);
  const hasNoun = hasConcreteObject(rest);
  const timeBox = durations.length > 0 || /\b(one|a single|three|a) breaths?\b/i.test(rest);
  // noticing is concrete only when it names what to attend to and for how long, and nothing abstract
  const concrete = attending ? hasNoun && timeBox && !ABSTRACT_PHRASES.test(rest) : hasNoun || timeBox;
  const sizeSeconds = durations[0]
    ? durations[0].ms / 1000
    : concrete
      ? (VERB_SECONDS[verb] ?? 30)
      : undefined;
  const hold =
    HOLD_VERBS.has(verb) || (verb === 'sit' && !hasNoun) || /^leave (it|that|them)\b/i.test(clause);
  return {
    text: rawClause.trim(),
    concrete,
    sizeSeconds,
    verb,
    bare,
    conditional,
    ...(hold ? { hold } : {}),
  };
}

/** "open the file and highlight one word" is two steps; "the script and the email" is one. */
function splitAtAndVerb(clause: string): { text: string; soft: boolean }[] {
  const parts = clause.split(/\s+and\s+/i);
  const joined: string[] = [parts[0] ?? ''];
  for (const part of parts.slice(1)) {
    const firstWord = part.replace(/^(just|then)\s+/i, '').split(/\s+/)[0] ?? '';
    // "what if you opened it and highlighted…": the second verb is as soft as the first
    if (baseOf(firstWord)) joined.push(part);
    else joined[joined.length - 1] += ` and ${part}`;
  }
  // "what if you opened it and highlighted…": the second verb is as soft as the first
  const soft = SOFT_FORMS.test(parts[0]);
  return joined.map((text, index) => ({ text, soft: index > 0 && soft }));
}

/** The instructions in one sentence (a sentence may hold several: "notice it, and then look at the cursor"). */
export function readInstructions(sentence: string): ReadInstruction[] {
  if (countWords(sentence) === 0) return [];
  const text = sentence.replace(/[?!.…]+["'”’)]*\s*$/, '');
  const sentenceConditional = /^(when|if|once|as soon as|whenever)\b/i.test(text.trim());
  const instructions: ReadInstruction[] = [];
  // "What if, without thinking about it, you just…": drop the aside so the verb comes first
  const withoutAside = text.replace(/^(what if|how about),\s*[^,]*,\s*/i, '$1 ');
  for (const clause of withoutAside.split(CLAUSE_BREAK).flatMap(splitAtAndVerb)) {
    const instruction = readClause(clause.text, sentenceConditional, clause.soft);
    if (instruction) instructions.push(instruction);
  }
  return instructions;
}
