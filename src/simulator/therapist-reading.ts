import { splitSentences } from '../text/sentences.ts';
import type { Instruction, TherapistTurnReading } from './read-therapist-behaviour.ts';
import { keyedSentences } from './sentence-keys.ts';

/** Reads a therapist turn's text (any therapist); injected so the client can be tested with any reader. */
export type TurnReader = (text: string) => TherapistTurnReading;

/**
 * A reader that reads each distinct text once: a session's client and its metrics both read
 * every therapist turn, and nudges often say the same words. Readings are shared, so callers
 * must not change them. `limit` bounds a reader kept across sessions.
 */
export function memoizedReader(read: TurnReader, limit = Number.POSITIVE_INFINITY): TurnReader {
  const readings = new Map<string, TherapistTurnReading>();
  return (text) => {
    let reading = readings.get(text);
    if (!reading) {
      // a long-lived reader (one per worker) starts afresh rather than grow without end
      if (readings.size >= limit) readings.clear();
      reading = read(text);
      readings.set(text, reading);
    }
    return reading;
  };
}

/** "1." "2)" "Step 3:" "-" "*" "•" at the start of a list item. */
const ITEM_MARKER = /^\s*(?:(?:step\s+)?\d{1,2}\s*[.):]|[-*•–])\s+/i;
const INLINE_ITEM = /([.!?:])\s+(?:(?:step\s+)?\d{1,2}\s*[.)]|[-*•–])\s+(?=\p{L})/giu;
const POLITE_REQUEST =
  /^(?:so,?\s+)?(?:could|can|would|will)\s+you\s+(?:please\s+|just\s+|now\s+)*(.+?)\??$/i;

/**
 * A numbered or bulleted list reads as one sentence per item: "Here is exactly what to do:
 * 1) Open the file. 2) Type one line." is two plain instructions, whatever the layout.
 */
export function listsAsSentences(text: string): string {
  if (!/\n|\d\s*[.):]|[-*•–]\s/.test(text)) return text;
  const lines = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const item = line.replace(ITEM_MARKER, '');
      const joined = item.replace(INLINE_ITEM, (_whole, mark: string) => (mark === ':' ? '. ' : `${mark} `));
      return /[.!?:…"”')]$/.test(joined) ? joined : `${joined}.`;
    });
  return lines.join(' ').replace(/:\s*$/, '.');
}

/**
 * How the client reads a therapist turn: lists as sentences, and a polite request for a concrete
 * action ("Could you open the file and read the first line?") as the instruction it plainly is.
 * Metrics read with the same function, so the client and the figures never disagree.
 */
export function clientReader(read: TurnReader): TurnReader {
  return (text) => {
    const plain = listsAsSentences(text);
    const reading = read(plain);
    // what a person would simply do counts as concrete, whatever nouns the strict reader knows
    const instructions = reading.instructions.map((instruction) =>
      !instruction.concrete && looksDoable(instruction) ? { ...instruction, concrete: true } : instruction,
    );
    if (!instructions.some((instruction) => instruction.concrete)) {
      for (const sentence of splitSentences(plain)) {
        const polite = POLITE_REQUEST.exec(sentence.trim());
        if (!polite || !sentence.trim().endsWith('?')) continue;
        const imperative = `${polite[1].charAt(0).toUpperCase()}${polite[1].slice(1)}.`;
        instructions.unshift(
          ...read(imperative)
            .instructions.filter(looksDoable)
            .map((instruction) => ({ ...instruction, concrete: true })),
        );
      }
    }
    if (!instructions.some((instruction) => instruction.concrete) || reading.answers.includes('concrete'))
      return reading;
    const answers = [...reading.answers, 'concrete' as const];
    if (!answers.includes('next')) answers.push('next');
    return { ...reading, instructions, answers, proposesStep: true, vague: false };
  };
}

const clientReaders = new WeakMap<TurnReader, TurnReader>();

/**
 * clientReader(read), memoized and shared by every client given the same `read`: readers are
 * pure, and therapists say many of the same lines session after session (templates, nudges).
 * Bounded, like any reader kept across sessions.
 */
export function sharedClientReader(read: TurnReader): TurnReader {
  let reader = clientReaders.get(read);
  if (!reader) {
    reader = memoizedReader(clientReader(read), 20_000);
    clientReaders.set(read, reader);
  }
  return reader;
}

/** The step the client is being asked to take, with an effort estimate in seconds. */
export type OfferedStep = { text: string; concrete: boolean; sizeSeconds: number };

/** What the client takes from one therapist reply. */
export type ClientReading = {
  reading: TherapistTurnReading;
  step: OfferedStep | undefined;
  /** Therapist sentences said before in this session (verbatim after normalising). */
  repeatedSentences: string[];
  asksQuestion: boolean;
};

const UNIT_SECONDS: Record<string, number> = { second: 1, sec: 1, minute: 60, min: 60, hour: 3600 };
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  five: 5,
  ten: 10,
  few: 3,
};

/** Effort from the words ("for 10 minutes", "30 seconds") when the reader gave none. */
export function estimateSeconds(instruction: Instruction): number {
  if (instruction.sizeSeconds !== undefined && instruction.sizeSeconds > 0) return instruction.sizeSeconds;
  const match = /\b(\d+|an?|one|two|three|five|ten|few)\s*(?:more\s+)?(second|sec|minute|min|hour)s?\b/i.exec(
    instruction.text,
  );
  if (match) {
    const count = NUMBER_WORDS[match[1].toLowerCase()] ?? Number(match[1]);
    return count * UNIT_SECONDS[match[2].toLowerCase()];
  }
  return instruction.concrete ? 20 : 300;
}

const ABSTRACT =
  /\b(notic\w*|aware\w*|be with|let (it|that|them) be|in the moment|present|what you need|something|anything|whatever|feel\w*|accept\w*|allow\w*|sit with|make room)\b/i;
const POINTABLE =
  /\b(the|your|that|this|one|a)\s+(?!way\b|moment\b|thing\b|feeling\b|step\b|task\b)[a-z]{3,}/i;

/**
 * A person would try "put the bills in front of you" even when a strict reader wants a noun from
 * its list: a short imperative about something you can point at, with nothing abstract in it.
 */
export function looksDoable(instruction: Instruction): boolean {
  if (instruction.concrete) return true;
  const words = instruction.text.split(/\s+/).length;
  return words <= 14 && POINTABLE.test(instruction.text) && !ABSTRACT.test(instruction.text);
}

/** Remembers what the therapist has said so repeats can be called out. */
export class TherapistMemory {
  #heard = new Set<string>();
  readonly #read: TurnReader;

  constructor(read: TurnReader) {
    this.#read = read;
  }

  take(text: string): ClientReading {
    const repeatedSentences = this.hear(text);
    const reading = this.#read(text);
    const asksQuestion = reading.questions.open + reading.questions.closed > 0;
    return { reading, step: stepOf(reading), repeatedSentences, asksQuestion };
  }

  /** Remembers the sentences of `text`; returns those heard before (a repeat worth calling out). */
  hear(text: string): string[] {
    const repeatedSentences: string[] = [];
    for (const { sentence, key } of keyedSentences(text)) {
      // very short acknowledgements ("Okay.") are not worth calling out
      if (hasThreeWords(key) && this.#heard.has(key)) repeatedSentences.push(sentence);
      this.#heard.add(key);
    }
    return repeatedSentences;
  }
}

/** key.split(' ').length >= 3, without building the array. */
function hasThreeWords(key: string): boolean {
  const first = key.indexOf(' ');
  return first !== -1 && key.indexOf(' ', first + 1) !== -1;
}

// readings are shared by the memoized reader, so the step each offers is worked out once
const stepsOfReadings = new WeakMap<TherapistTurnReading, OfferedStep | null>();

/** The step a reading offers: the first one a person would simply do, else the first at all. */
export function stepOf(reading: TherapistTurnReading): OfferedStep | undefined {
  let step = stepsOfReadings.get(reading);
  if (step === undefined) {
    step = firstStep(reading) ?? null;
    stepsOfReadings.set(reading, step);
  }
  // a copy: the caller keeps it as its own offer
  return step === null ? undefined : { ...step };
}

function firstStep(reading: TherapistTurnReading): OfferedStep | undefined {
  const first = reading.instructions.find(looksDoable) ?? reading.instructions[0] ?? undefined;
  if (!first) return undefined;
  const concrete = looksDoable(first);
  return { text: first.text, concrete, sizeSeconds: estimateSeconds({ ...first, concrete }) };
}

/**
 * One turn's promises, counted once each: "Leave it for a minute; I'll check in when it ends.
 * I'll be back with a nudge in a minute." is one check-in said twice. Promises of one turn with
 * the same delay are one; an untimed one beside a timed one is the same too.
 */
export function distinctPromises<Promised extends { afterMs?: number }>(
  promises: readonly Promised[],
): readonly Promised[] {
  if (promises.length < 2) return promises;
  const timed = promises.some((promise) => promise.afterMs !== undefined);
  const seen = new Set<number | undefined>();
  return promises.filter((promise) => {
    if (timed && promise.afterMs === undefined) return false;
    if (seen.has(promise.afterMs)) return false;
    seen.add(promise.afterMs);
    return true;
  });
}
