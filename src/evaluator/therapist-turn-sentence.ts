import { countWords } from '../text/sentences.ts';
import { ACT_MARKER_PATTERNS, addGatedActMarkers, emptyActMarkers } from './act-markers.ts';
import { firstDurationMs } from './durations.ts';
import { type ReadInstruction, readInstructions } from './instructions.ts';
import { createPatternGate } from './pattern-gate.ts';
import * as lexicon from './therapist-lexicon.ts';
import { MARK_NAMES, MARKS } from './therapist-turn-marks.ts';
import type { Promise_ } from './therapist-turn-types.ts';
import type { ActMarkers } from './types.ts';

/*
 * One sentence of a therapist turn, read once: what it is (a promise, a question, a reflection…), which
 * marks it carries and its ACT markers (therapist-turn.ts adds a turn's sentences up). Split from
 * therapist-turn.ts unchanged, to keep each file to one concept.
 */

const QUOTED = /["“]([^"“”]{2,80})["”]/;
const CUE_MAX_WORDS = 8;

function readPromise(sentence: string): Promise_ {
  const promise: Promise_ = { text: sentence };
  const afterMs = firstDurationMs(sentence);
  if (afterMs !== undefined) promise.afterMs = afterMs;
  const condition = lexicon.CONDITION.exec(sentence);
  if (condition) promise.condition = condition[2].trim();
  const quoted = QUOTED.exec(sentence);
  const remindTo = /\bremind you to\s+([^.,;!?]+)/i.exec(sentence);
  const cue = quoted?.[1] ?? remindTo?.[1];
  if (cue) promise.cue = cue.trim().replace(/[.!?]+$/, '');
  return promise;
}

function isReflection(sentence: string, live: Uint8Array): boolean {
  if (/^(i|i'?ll|i'?m|let'?s|we)\b/i.test(sentence)) return false;
  return (
    (can(live, REFLECTION_START) && lexicon.REFLECTION_START.test(sentence)) ||
    (can(live, REFLECTION_ANYWHERE) && lexicon.REFLECTION_ANYWHERE.test(sentence))
  );
}

function isCue(sentence: string, instructions: ReadInstruction[]): boolean {
  if (instructions.length !== 1) return false;
  const [instruction] = instructions;
  return (
    instruction.bare &&
    !instruction.conditional &&
    instruction.concrete &&
    lexicon.ACTION_VERBS.has(instruction.verb) &&
    countWords(sentence) <= CUE_MAX_WORDS
  );
}

/** What one sentence contributes to a turn's reading; a pure function of the sentence. */
export type SentenceReading =
  | { kind: 'promise'; promise: Promise_ }
  /** "The nudge will say: \"…\"": the cue of the promise just made, or a promise of its own. */
  | { kind: 'promised-words'; cue: string; promise: Promise_ }
  | { kind: 'cue'; cue: string }
  | { kind: 'suggestion'; instructions: ReadInstruction[] }
  | { kind: 'question'; asks: 'open' | 'closed' | 'nothing' }
  | { kind: 'reflection'; complex: boolean }
  | { kind: 'affirm' }
  | { kind: 'statement'; instructions: ReadInstruction[]; cue?: string };

/** Whether the scan left sentence pattern `pattern` able to match. */
function can(live: Uint8Array, pattern: number): boolean {
  return live[SENTENCE_LIVE + pattern] === 1;
}

function readSentence(sentence: string, live: Uint8Array): SentenceReading {
  // `plain` is a suffix of the scanned sentence: a pattern the scan rules out cannot match it
  const plain = sentence.replace(/^[\s"“'(]+/, '');
  if (can(live, PROMISE) && lexicon.PROMISE.test(plain))
    return { kind: 'promise', promise: readPromise(plain) };
  const promisedWords = can(live, PROMISED_WORDS) ? lexicon.PROMISED_WORDS.exec(plain) : null;
  if (promisedWords) {
    const cue = promisedWords[2].trim().replace(/[.!?]+$/, '');
    return { kind: 'promised-words', cue, promise: { ...readPromise(plain), cue } };
  }
  const quotedCue = lexicon.QUOTED_CUE.exec(sentence.trim());
  if (quotedCue && !/\?["”]?\s*$/.test(plain)) return { kind: 'cue', cue: quotedCue[1].trim() };
  if (/\?["”')]*\s*$/.test(plain)) {
    if (can(live, SUGGESTION_QUESTION) && lexicon.SUGGESTION_QUESTION.test(plain))
      return { kind: 'suggestion', instructions: readInstructions(plain) };
    if (can(live, OPEN_QUESTION) && lexicon.OPEN_QUESTION.test(plain))
      return { kind: 'question', asks: 'open' };
    // a question mark after no words at all ("?") is no question
    const closed =
      (can(live, CLOSED_QUESTION) && lexicon.CLOSED_QUESTION.test(plain)) || countWords(plain) > 0;
    return { kind: 'question', asks: closed ? 'closed' : 'nothing' };
  }
  if (isReflection(plain, live))
    return {
      kind: 'reflection',
      complex: countWords(plain) >= 12 || (can(live, COMPLEX_MARKERS) && lexicon.COMPLEX_MARKERS.test(plain)),
    };
  if (can(live, AFFIRM) && lexicon.AFFIRM.test(plain)) return { kind: 'affirm' };
  const found = readInstructions(plain);
  return isCue(plain, found)
    ? { kind: 'statement', instructions: found, cue: plain.trim() }
    : { kind: 'statement', instructions: found };
}

// one keyword scan of a new sentence says which marks and sentence patterns can match it at all
const MARK_PATTERNS = MARK_NAMES.map((mark) => MARKS[mark]);
// the sentence patterns' places in the gate, after the marks (SENTENCE_PATTERNS lists them in this order)
const [
  PROMISE,
  PROMISED_WORDS,
  SUGGESTION_QUESTION,
  OPEN_QUESTION,
  CLOSED_QUESTION,
  REFLECTION_START,
  REFLECTION_ANYWHERE,
  COMPLEX_MARKERS,
  AFFIRM,
] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const SENTENCE_PATTERNS = [
  lexicon.PROMISE,
  lexicon.PROMISED_WORDS,
  lexicon.SUGGESTION_QUESTION,
  lexicon.OPEN_QUESTION,
  lexicon.CLOSED_QUESTION,
  lexicon.REFLECTION_START,
  lexicon.REFLECTION_ANYWHERE,
  lexicon.COMPLEX_MARKERS,
  lexicon.AFFIRM,
];
// the ACT markers' patterns last: one scan of a sentence gates all three lists
const GATE = createPatternGate([...MARK_PATTERNS, ...SENTENCE_PATTERNS, ...ACT_MARKER_PATTERNS]);
const SENTENCE_LIVE = MARK_PATTERNS.length;
const ACT_LIVE = MARK_PATTERNS.length + SENTENCE_PATTERNS.length;

function readMarks(sentence: string, live: Uint8Array): number {
  let marks = 0;
  for (let index = 0; index < MARK_PATTERNS.length; index++)
    if (live[index] === 1 && MARK_PATTERNS[index].test(sentence)) marks |= 1 << index;
  return marks;
}

type SentenceEntry = { reading: SentenceReading; marks: number; act: ActMarkers; words: number };

// the coach and the seed say the same sentences in turn after turn and session after session;
// readings are pure, so each distinct sentence is read once (bounded: a full cache starts afresh)
const SENTENCE_CACHE_LIMIT = 20_000;
const sentenceReadings = new Map<string, SentenceEntry>();

export function clearSentenceReadings(): void {
  sentenceReadings.clear();
}

export function readSentenceCached(sentence: string): SentenceEntry {
  let entry = sentenceReadings.get(sentence);
  if (entry === undefined) {
    if (sentenceReadings.size >= SENTENCE_CACHE_LIMIT) sentenceReadings.clear();
    const act = emptyActMarkers();
    const live = GATE.scan(sentence);
    addGatedActMarkers(act, sentence, live, ACT_LIVE);
    entry = {
      reading: readSentence(sentence, live),
      marks: readMarks(sentence, live),
      act,
      words: countWords(sentence),
    };
    sentenceReadings.set(sentence, entry);
  }
  return entry;
}
