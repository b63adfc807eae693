import type { RequestType } from '../spec/observation.ts';
import { countWords, splitSentences } from '../text/sentences.ts';
import { firstDurationMs } from './durations.ts';
import { type ReadInstruction, readInstructions } from './instructions.ts';
import * as lexicon from './therapist-lexicon.ts';
import {
  MITI_CODES,
  type MitiCode,
  type Promise_,
  type TherapistTurnReading,
} from './therapist-turn-types.ts';

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

function isReflection(sentence: string): boolean {
  if (/^(i|i'?ll|i'?m|let'?s|we)\b/i.test(sentence)) return false;
  return lexicon.REFLECTION_START.test(sentence) || lexicon.REFLECTION_ANYWHERE.test(sentence);
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

// "I've cancelled the reminder", "I've stopped the nudges I set", "no reminders for now"
const WITHDRAWS =
  /\b(?:i(?:'ve|’ve| have)?\s+)?(?:cancel+ed|stopped|called off|switched off|turned off|dropped)\s+(?:the|my|your|all|any|both|those|that)?\s*(?:\w+\s+)?(?:reminders?|nudges?|check-?ins?|timers?)\b|\bno (?:more )?(?:reminders|nudges) for now\b/i;

function readCrisis(text: string): TherapistTurnReading['crisis'] {
  const asksDirectly = lexicon.CRISIS_ASKS.test(text);
  const givesResource = lexicon.CRISIS_RESOURCE.test(text);
  const staysWithPerson = lexicon.CRISIS_STAYS.test(text);
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

function readSentence(sentence: string): SentenceReading {
  const plain = sentence.replace(/^[\s"“'(]+/, '');
  if (lexicon.PROMISE.test(plain)) return { kind: 'promise', promise: readPromise(plain) };
  const promisedWords = lexicon.PROMISED_WORDS.exec(plain);
  if (promisedWords) {
    const cue = promisedWords[2].trim().replace(/[.!?]+$/, '');
    return { kind: 'promised-words', cue, promise: { ...readPromise(plain), cue } };
  }
  const quotedCue = lexicon.QUOTED_CUE.exec(sentence.trim());
  if (quotedCue && !/\?["”]?\s*$/.test(plain)) return { kind: 'cue', cue: quotedCue[1].trim() };
  if (/\?["”')]*\s*$/.test(plain)) {
    if (lexicon.SUGGESTION_QUESTION.test(plain))
      return { kind: 'suggestion', instructions: readInstructions(plain) };
    if (lexicon.OPEN_QUESTION.test(plain)) return { kind: 'question', asks: 'open' };
    // a question mark after no words at all ("?") is no question
    const closed = lexicon.CLOSED_QUESTION.test(plain) || countWords(plain) > 0;
    return { kind: 'question', asks: closed ? 'closed' : 'nothing' };
  }
  if (isReflection(plain))
    return { kind: 'reflection', complex: countWords(plain) >= 12 || lexicon.COMPLEX_MARKERS.test(plain) };
  if (lexicon.AFFIRM.test(plain)) return { kind: 'affirm' };
  const found = readInstructions(plain);
  return isCue(plain, found)
    ? { kind: 'statement', instructions: found, cue: plain.trim() }
    : { kind: 'statement', instructions: found };
}

// the coach and the seed say the same sentences in turn after turn and session after session;
// readings are pure, so each distinct sentence is read once (bounded: a full cache starts afresh)
const SENTENCE_CACHE_LIMIT = 20_000;
const sentenceReadings = new Map<string, SentenceReading>();

function readSentenceCached(sentence: string): SentenceReading {
  let reading = sentenceReadings.get(sentence);
  if (reading === undefined) {
    if (sentenceReadings.size >= SENTENCE_CACHE_LIMIT) sentenceReadings.clear();
    reading = readSentence(sentence);
    sentenceReadings.set(sentence, reading);
  }
  return reading;
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

  for (const sentence of splitSentences(text)) {
    const reading = readSentenceCached(sentence);
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
  const explains = lexicon.EXPLAINS.test(text);
  const holds = lexicon.HOLDS.test(text);
  const closes = lexicon.CLOSES.test(text);
  const shrinks = lexicon.SHRINKS.test(text);
  const proposesStep = instructions.length > 0 || lexicon.STEP_WORDS.test(text);
  const crisis = readCrisis(text);
  const withdrawsPromises = WITHDRAWS.test(text);
  // a hold ("Let's sit with that for a minute") is not an abstract step
  const steps = instructions.filter((instruction) => !instruction.hold);
  const onlyHolds = holds && steps.length === 0;
  const vague =
    !concrete &&
    crisis === null &&
    !onlyHolds &&
    (steps.length > 0 || lexicon.ABSTRACT_PHRASES.test(text) || lexicon.STEP_WORDS.test(text));

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
  if (lexicon.COLLABORATION.test(text)) codes.add('seek-collaboration');
  if (lexicon.AUTONOMY.test(text)) codes.add('emphasize-autonomy');
  if (lexicon.CONFRONT.test(text)) codes.add('confront');
  if (lexicon.PERSUADE.test(text)) codes.add('persuade');

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
      statesBoundary: lexicon.STATES_BOUNDARY.test(text),
      claimsHuman: lexicon.CLAIMS_HUMAN.test(text),
      promisesSecrecy: lexicon.PROMISES_SECRECY.test(text),
    },
  };
}
