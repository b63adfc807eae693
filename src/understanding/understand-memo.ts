import type { Observation } from '../spec/observation.ts';
import { analyse } from './analyse.ts';

/**
 * understand() remembered by its text, for the coach (issue 18's simulation bar). A simulated client
 * says the same lines again and again: 240 simulated sessions made 13,072 coach turns of only 2,242
 * distinct texts, so four turns in five were read afresh for nothing, and reading is about half of a
 * session's cost. analyse is pure, so a remembered reading is the reading analyse would give.
 *
 * The person's earlier turns change a reading only when a reader asks for them (a clock time after an
 * ask, analyse.ts's LazyContext): a text whose reading never looked at them is remembered under its text
 * alone, for any earlier turns; one whose reading did, under the text with those turns. The earlier
 * turns are handed over behind a proxy that notes any look at them, so any new reader that reads them,
 * however early, only narrows what is shared, never widens it.
 *
 * A remembered reading is shared by every session that says the same words, so it is frozen through:
 * a caller that changed one would throw rather than change another session's turn. Bounded like the
 * other memos (cleared whole when full), so a long-lived server does not grow. It holds the words in
 * memory only, as the sessions themselves do; nothing is logged.
 */
const LIMIT = 4_096;
const byText = new Map<string, readonly Observation[]>();
const byTextAndEarlier = new Map<string, readonly Observation[]>();
// how often a reading was found remembered, for the bench (bench/coach-memo.ts): two counts, no text
const counts = { remembered: 0, read: 0, readLookingBack: 0 };

function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFrozen(item);
    Object.freeze(value);
  }
  return value;
}

function remembered(into: Map<string, readonly Observation[]>, key: string, value: Observation[]) {
  if (into.size >= LIMIT) into.clear();
  into.set(key, deepFrozen(value));
  return value;
}

/** The observations of `text` (as understand(text, earlier) reads them), read once per text. */
export function understandRemembered(text: string, earlier: readonly string[] = []): Observation[] {
  if (typeof text !== 'string') return analyse(text, earlier.length === 0 ? {} : { earlier }).observations;
  const alone = byText.get(text);
  if (alone !== undefined) {
    counts.remembered++;
    return alone as Observation[];
  }
  const withEarlierKey = JSON.stringify([text, ...earlier]);
  const withEarlier = byTextAndEarlier.get(withEarlierKey);
  if (withEarlier !== undefined) {
    counts.remembered++;
    return withEarlier as Observation[];
  }
  let looked = false;
  const watched = new Proxy(earlier, {
    get(target, property, receiver) {
      looked = true;
      return Reflect.get(target, property, receiver);
    },
    has(target, property) {
      looked = true;
      return Reflect.has(target, property);
    },
    ownKeys(target) {
      looked = true;
      return Reflect.ownKeys(target);
    },
  });
  const observations = analyse(text, { earlier: watched }).observations;
  counts.read++;
  if (looked) counts.readLookingBack++;
  return looked
    ? remembered(byTextAndEarlier, withEarlierKey, observations)
    : remembered(byText, text, observations);
}

/** Readings found remembered, read afresh, and read afresh looking at the earlier turns, since the start. */
export function understandingMemoCounts(): Readonly<typeof counts> {
  return { ...counts };
}

/** Forgets every remembered reading: a bench measuring the reading itself calls it before each turn. */
export function forgetUnderstandings(): void {
  byText.clear();
  byTextAndEarlier.clear();
}
