import type { Random } from './prng.ts';
import { sentenceKey } from './sentence-keys.ts';

/** Slot values for a template: `{name}` picks one of the values. */
export type Slots = Record<string, string | readonly string[] | undefined>;

/**
 * Expands a template: `(a|b|c)` picks one alternative, `[text]` keeps the text half the time,
 * `{slot}` inserts a slot value. Groups do not nest; a slot value may itself contain groups.
 */
export function expand(template: string, slots: Slots, random: Random): string {
  let text = template;
  // slots first: their values may hold groups of their own (each pass is skipped when it has nothing to do)
  if (text.includes('{'))
    text = text.replace(/\{(\w+)\}/g, (_whole, name: string) => {
      const value = slots[name];
      if (value === undefined) return '';
      return typeof value === 'string' ? value : value.length > 0 ? random.pick(value) : '';
    });
  if (text.includes('['))
    text = text.replace(/\[([^\]]*)\]/g, (_whole, inner: string) => (random.chance(0.5) ? inner : ''));
  if (text.includes('('))
    text = text.replace(/\(([^()]*)\)/g, (_whole, inner: string) => random.pick(inner.split('|')));
  return tidy(text);
}

function tidy(text: string): string {
  const spaced = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.!?;:…])/g, '$1')
    .replace(/([,;])\1+/g, '$1')
    .trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
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
      const sentence = expand(this.#random.pick(templates), slots, this.#random);
      const key = sentenceKey(sentence);
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
