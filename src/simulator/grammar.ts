import type { Random } from './prng.ts';
import { sentenceKey } from './sentence-keys.ts';

/** Slot values for a template: `{name}` picks one of the values. */
export type Slots = Record<string, string | readonly string[] | undefined>;

// Expansion runs for every draw of every client sentence, so the three passes are hand-written
// scans (no regex callbacks, no closures) that match exactly what the regexes
// /\{(\w+)\}/g, /\[([^\]]*)\]/g and /\(([^()]*)\)/g would, drawing from `random` in the same order.

/** Bounded memo: past the limit it starts afresh instead of growing. */
const MAX_ENTRIES = 20_000;
const alternativesOf = new Map<string, readonly string[]>();
const tidied = new Map<string, string>();

/**
 * Expands a template: `(a|b|c)` picks one alternative, `[text]` keeps the text half the time,
 * `{slot}` inserts a slot value. Groups do not nest; a slot value may itself contain groups.
 */
export function expand(template: string, slots: Slots, random: Random): string {
  let text = template;
  // slots first: their values may hold groups of their own (each pass is skipped when it has nothing to do)
  if (text.includes('{')) text = fillSlots(text, slots, random);
  if (text.includes('[')) text = keepOptionals(text, random);
  if (text.includes('(')) text = pickAlternatives(text, random);
  return tidy(text);
}

function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
  );
}

/** `{name}` (name of \w characters) becomes the slot's value, or one of its values. */
function fillSlots(text: string, slots: Slots, random: Random): string {
  let out = '';
  let copied = 0;
  let open = text.indexOf('{');
  while (open !== -1) {
    let end = open + 1;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    if (end > open + 1 && text.charCodeAt(end) === 125 /* } */) {
      const value = slots[text.slice(open + 1, end)];
      out += text.slice(copied, open);
      if (value !== undefined)
        out += typeof value === 'string' ? value : value.length > 0 ? random.pick(value) : '';
      copied = end + 1;
      open = text.indexOf('{', copied);
    } else open = text.indexOf('{', open + 1);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** `[text]` keeps its text half the time. */
function keepOptionals(text: string, random: Random): string {
  let out = '';
  let copied = 0;
  let open = text.indexOf('[');
  while (open !== -1) {
    const close = text.indexOf(']', open + 1);
    if (close === -1) break;
    out += text.slice(copied, open);
    if (random.chance(0.5)) out += text.slice(open + 1, close);
    copied = close + 1;
    open = text.indexOf('[', copied);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** `(a|b)` becomes one of its alternatives; a `(` followed by another `(` before any `)` stays as it is. */
function pickAlternatives(text: string, random: Random): string {
  let out = '';
  let copied = 0;
  let open = text.indexOf('(');
  while (open !== -1) {
    let scan = open + 1;
    let code = 0;
    while (scan < text.length) {
      code = text.charCodeAt(scan);
      if (code === 40 /* ( */ || code === 41 /* ) */) break;
      scan++;
    }
    if (scan >= text.length) break;
    if (code === 40) {
      open = scan;
      continue;
    }
    out += text.slice(copied, open);
    out += random.pick(alternatives(text.slice(open + 1, scan)));
    copied = scan + 1;
    open = text.indexOf('(', copied);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function alternatives(inner: string): readonly string[] {
  let split = alternativesOf.get(inner);
  if (split === undefined) {
    if (alternativesOf.size >= MAX_ENTRIES) alternativesOf.clear();
    split = inner.split('|');
    alternativesOf.set(inner, split);
  }
  return split;
}

/** Spaces and punctuation cleaned, first letter capitalised; remembered, as the same drafts recur. */
function tidy(text: string): string {
  let result = tidied.get(text);
  if (result === undefined) {
    if (tidied.size >= MAX_ENTRIES) tidied.clear();
    const spaced = text
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.!?;:…])/g, '$1')
      .replace(/([,;])\1+/g, '$1')
      .trim();
    result = spaced.charAt(0).toUpperCase() + spaced.slice(1);
    tidied.set(text, result);
  }
  return result;
}

/** A drawn sentence and its key (the normalised form that "the same sentence" is judged by). */
type Drawn = { sentence: string; key: string };

/**
 * A template of plain text and `(a|b)` groups only: its sentences are fixed by which alternative
 * each group takes, so each is built, tidied and keyed once. A client that has used up a bank
 * draws from it again and again (up to 12 draws a sentence); those draws then cost no strings.
 */
type GroupsOnly = {
  literals: string[];
  groups: string[][];
  /** Per group, its alternatives' indices: picking from these draws as picking an alternative does. */
  choices: number[][];
  drawn: Array<Drawn | undefined>;
};

const MAX_SENTENCES_PER_TEMPLATE = 4096;
const compiled = new Map<string, GroupsOnly | null>();

function groupsOnly(template: string): GroupsOnly | null {
  let result = compiled.get(template);
  if (result === undefined) {
    if (compiled.size >= MAX_ENTRIES) compiled.clear();
    result = compileGroupsOnly(template);
    compiled.set(template, result);
  }
  return result;
}

/** null unless the template is literals and well-formed groups (no slots, options or stray parentheses). */
function compileGroupsOnly(template: string): GroupsOnly | null {
  if (template.includes('{') || template.includes('[')) return null;
  const literals: string[] = [];
  const groups: string[][] = [];
  let copied = 0;
  let sentences = 1;
  for (let open = template.indexOf('('); open !== -1; open = template.indexOf('(', copied)) {
    const close = template.indexOf(')', open + 1);
    if (close === -1) return null;
    const inner = template.slice(open + 1, close);
    if (inner.includes('(')) return null;
    literals.push(template.slice(copied, open));
    groups.push(inner.split('|'));
    sentences *= groups[groups.length - 1].length;
    copied = close + 1;
  }
  const last = template.slice(copied);
  if (last.includes(')') || literals.some((literal) => literal.includes(')'))) return null;
  if (sentences > MAX_SENTENCES_PER_TEMPLATE) return null;
  literals.push(last);
  const choices = groups.map((alternatives) => alternatives.map((_alternative, index) => index));
  return { literals, groups, choices, drawn: new Array(sentences) };
}

/** expand() and sentenceKey(), drawing from `random` exactly as expand() alone would. */
function draw(template: string, slots: Slots, random: Random): Drawn {
  const plan = groupsOnly(template);
  if (plan === null) {
    const sentence = expand(template, slots, random);
    return { sentence, key: sentenceKey(sentence) };
  }
  // one pick per group, left to right, over as many items as the group has alternatives
  let index = 0;
  for (const choice of plan.choices) index = index * choice.length + random.pick(choice);
  let drawn = plan.drawn[index];
  if (drawn === undefined) {
    const picked: number[] = [];
    let rest = index;
    for (let group = plan.choices.length - 1; group >= 0; group--) {
      const size = plan.choices[group].length;
      picked[group] = rest % size;
      rest = Math.floor(rest / size);
    }
    let text = plan.literals[0];
    for (let group = 0; group < plan.groups.length; group++)
      text += plan.groups[group][picked[group]] + plan.literals[group + 1];
    const sentence = tidy(text);
    drawn = { sentence, key: sentenceKey(sentence) };
    plan.drawn[index] = drawn;
  }
  return drawn;
}

/**
 * Composes sentences that the speaker has never said before in this session: each candidate is
 * checked against every earlier sentence (normalised; a draw that repeats one is rejected fast), so the client never repeats itself verbatim.
 */
export class FreshSentences {
  #said = new Set<string>();
  readonly #random: Random;

  constructor(random: Random) {
    this.#random = random;
  }

  /** A new sentence from the templates, or undefined when every draw was a repeat (the caller skips it). */
  compose(templates: readonly string[], slots: Slots = {}, attempts = 12): string | undefined {
    for (let attempt = 0; attempt < attempts; attempt++) {
      const { sentence, key } = draw(this.#random.pick(templates), slots, this.#random);
      if (key.length === 0 || this.#said.has(key)) continue;
      this.#said.add(key);
      return sentence;
    }
    return undefined;
  }

  /** Records a sentence said outside compose (events written verbatim in the card). */
  remember(sentence: string): boolean {
    const key = sentenceKey(sentence);
    if (this.#said.has(key)) return false;
    this.#said.add(key);
    return true;
  }
}
