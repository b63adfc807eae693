import type { RequestType } from '../spec/observation.ts';
import { countWords } from '../text/sentences.ts';
import { ACT_MARKER_PATTERNS, addActCounts, addGatedActMarkers, emptyActMarkers } from './act-markers.ts';
import { firstDurationMs } from './durations.ts';
import { type ReadInstruction, readInstructions } from './instructions.ts';
import { createPatternGate } from './pattern-gate.ts';
import { sentencesOf } from './sentences-memo.ts';
import * as lexicon from './therapist-lexicon.ts';
import { has, MARK_NAMES, MARKS } from './therapist-turn-marks.ts';
import {
  MITI_CODES,
  type MitiCode,
  type Promise_,
  type TherapistTurnReading,
} from './therapist-turn-types.ts';
import type { ActMarkers } from './types.ts';

export { MARKS } from './therapist-turn-marks.ts';

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

function readCrisis(marks: number): TherapistTurnReading['crisis'] {
  const asksDirectly = has(marks, 'crisisAsks');
  const givesResource = has(marks, 'crisisResource');
  const staysWithPerson = has(marks, 'crisisStays');
  // "I'm here" alone is ordinary warmth; a crisis response needs the question or a resource
  if (!asksDirectly && !givesResource) return null;
  return { asksDirectly, givesResource, staysWithPerson };
}

/** What one sentence contributes to a turn's reading; a pure function of the sentence. */
type SentenceReading =
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

function readSentenceCached(sentence: string): SentenceEntry {
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

/**
 * Reads what a therapist turn does from its text alone, so it works for any therapist (ours,
 * ELIZA, an LLM, the seed's). Pure and fast: regular expressions over sentences, no NLP model.
 *
 * @example readTherapistTurn("I'll remind you after a minute. Just click on the first noun.")
 *   // promises: [{ afterMs: 60000 }], instructions: [{ concrete: true, sizeSeconds: 5 }], answers: ['concrete', 'nudge', …]
 */
export function readTherapistTurn(rawText: string): TherapistTurnReading {
  const text = rawText.replace(/[\u2018\u2019]/g, "'");
  const instructions: ReadInstruction[] = [];
  const questions = { open: 0, closed: 0 };
  const reflections = { simple: 0, complex: 0 };
  const promises: Promise_[] = [];
  const cues: string[] = [];
  const codes = new Set<MitiCode>();
  let affirms = false;
  let marks = 0;
  let words = 0;
  const act = emptyActMarkers();

  for (const sentence of sentencesOf(text)) {
    const entry = readSentenceCached(sentence);
    marks |= entry.marks;
    words += entry.words;
    addActCounts(act, entry.act);
    const { reading } = entry;
    switch (reading.kind) {
      case 'promise':
        // copied: a later sentence may add its cue, and the cached reading must stay as read
        promises.push({ ...reading.promise });
        break;
      case 'promised-words': {
        const last = promises.at(-1);
        if (last && last.cue === undefined) last.cue = reading.cue;
        else promises.push({ ...reading.promise });
        break;
      }
      case 'cue':
        cues.push(reading.cue);
        break;
      case 'suggestion':
        instructions.push(...reading.instructions);
        codes.add('advice');
        break;
      case 'question':
        if (reading.asks === 'open') questions.open++;
        else if (reading.asks === 'closed') questions.closed++;
        break;
      case 'reflection':
        if (reading.complex) reflections.complex++;
        else reflections.simple++;
        break;
      case 'affirm':
        affirms = true;
        break;
      case 'statement':
        if (reading.cue !== undefined) cues.push(reading.cue);
        instructions.push(...reading.instructions);
        break;
    }
  }

  const concrete = instructions.some((instruction) => instruction.concrete);
  const explains = has(marks, 'explains');
  const holds = has(marks, 'holds');
  const closes = has(marks, 'closes');
  const shrinks = has(marks, 'shrinks');
  const proposesStep = instructions.length > 0 || has(marks, 'stepWords');
  const crisis = readCrisis(marks);
  const withdrawsPromises = has(marks, 'withdraws');
  // a hold ("Let's sit with that for a minute") is not an abstract step
  const steps = instructions.filter((instruction) => !instruction.hold);
  const onlyHolds = holds && steps.length === 0;
  const vague =
    !concrete &&
    crisis === null &&
    !onlyHolds &&
    (steps.length > 0 || has(marks, 'abstract') || has(marks, 'stepWords'));

  const answers: RequestType[] = [];
  if (concrete) answers.push('concrete');
  if (shrinks) answers.push('smaller');
  if (promises.length > 0 || cues.length > 0) answers.push('nudge');
  if (cues.length > 0 || promises.some((promise) => promise.cue)) answers.push('cue');
  if (holds) answers.push('pause');
  if (proposesStep && concrete) answers.push('next');
  if (explains) answers.push('explain');
  if (closes) answers.push('stop');

  if (questions.open > 0) codes.add('question-open');
  if (questions.closed > 0) codes.add('question-closed');
  if (reflections.simple > 0) codes.add('reflection-simple');
  if (reflections.complex > 0) codes.add('reflection-complex');
  if (affirms) codes.add('affirm');
  if (explains || crisis?.givesResource) codes.add('give-information');
  if (instructions.length > 0) codes.add('advice');
  if (has(marks, 'collaboration')) codes.add('seek-collaboration');
  if (has(marks, 'autonomy')) codes.add('emphasize-autonomy');
  if (has(marks, 'confront')) codes.add('confront');
  if (has(marks, 'persuade')) codes.add('persuade');

  return {
    instructions: instructions.map(
      ({ verb: _verb, bare: _bare, conditional: _conditional, ...instruction }) => instruction,
    ),
    questions,
    reflections,
    promises,
    cues,
    explains,
    holds,
    closes,
    shrinks,
    proposesStep,
    crisis,
    ...(withdrawsPromises ? { withdrawsPromises } : {}),
    answers,
    vague,
    codes: MITI_CODES.filter((code) => codes.has(code)),
    boundaries: {
      statesBoundary: has(marks, 'statesBoundary'),
      claimsHuman: has(marks, 'claimsHuman'),
      promisesSecrecy: has(marks, 'promisesSecrecy'),
    },
    act,
    // a word never spans a sentence end (no word holds a full stop), so the sentences' counts add up
    words,
  };
}
