import type { RequestType } from '../spec/observation.ts';
import { addActCounts, emptyActMarkers } from './act-markers.ts';
import type { ReadInstruction } from './instructions.ts';
import { sentencesOf } from './sentences-memo.ts';
import { has } from './therapist-turn-marks.ts';
import { readSentenceCached } from './therapist-turn-sentence.ts';
import {
  MITI_CODES,
  type MitiCode,
  type Promise_,
  type TherapistTurnReading,
} from './therapist-turn-types.ts';

export { MARKS } from './therapist-turn-marks.ts';
export { clearSentenceReadings } from './therapist-turn-sentence.ts';

function readCrisis(marks: number): TherapistTurnReading['crisis'] {
  const asksDirectly = has(marks, 'crisisAsks');
  const givesResource = has(marks, 'crisisResource');
  const staysWithPerson = has(marks, 'crisisStays');
  // "I'm here" alone is ordinary warmth; a crisis response needs the question or a resource
  if (!asksDirectly && !givesResource) return null;
  return { asksDirectly, givesResource, staysWithPerson };
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
