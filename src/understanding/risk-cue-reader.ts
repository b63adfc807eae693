/**
 * Reads the risk cues (risk-cues.ts, -plain, -everyday, -indirect, -recurring) in context: whose risk it is (the shared linguistic
 * analysis gives each clause's subject and whether it is someone's reported words), whether a
 * negation before the cue takes it back, whether the sentence tells of history, fiction, a joke
 * or an abstract question. History becomes `past`, someone else's risk `about: 'other'`.
 */
import type { RiskObservation } from '../spec/observation.ts';
import { createKeywordScanner } from './keyword-scan.ts';
import { THING_CUT } from './model/risk-words.ts';
import { someoneElseAt } from './person-subject.ts';
import type { ReaderContext, Reading } from './reader.ts';
import { requiredLiterals } from './required-literals.ts';
import {
  BACK_LATER,
  FICTION,
  HISTORY,
  HYPOTHETICAL_ONLY,
  PRESENT_AGAIN,
  RISK_CUES,
  type RiskCue,
  TAKEN_BACK,
} from './risk-cues.ts';
import { RISK_CUES_ARMED_INTENT } from './risk-cues-armed-intent.ts';
import { RISK_CUES_BODY_ALARM } from './risk-cues-body-alarm.ts';
import { RISK_CUES_COERCION } from './risk-cues-coercion.ts';
import { RISK_CUES_CONTROL } from './risk-cues-control.ts';
import { RISK_CUES_EVERYDAY } from './risk-cues-everyday.ts';
import { RISK_CUES_FAREWELL } from './risk-cues-farewell.ts';
import { RISK_CUES_FAREWELL_SIGNS } from './risk-cues-farewell-signs.ts';
import { RISK_CUES_FLAT, RISK_CUES_FLAT_ACROSS } from './risk-cues-flat.ts';
import { RISK_CUES_HARM_SWORN } from './risk-cues-harm-sworn.ts';
import { RISK_CUES_HELD_BACK } from './risk-cues-held-back.ts';
import { RISK_CUES_INDIRECT } from './risk-cues-indirect.ts';
import { RISK_CUES_KINDS } from './risk-cues-kinds.ts';
import { RISK_CUES_LAST_STRAW, RISK_CUES_LAST_STRAW_ACROSS } from './risk-cues-last-straw.ts';
import { RISK_CUES_NOW } from './risk-cues-now.ts';
import { RISK_CUES_OTHER_LANGUAGES } from './risk-cues-other-languages.ts';
import { RISK_CUES_PAIN_ON_PURPOSE } from './risk-cues-pain-on-purpose.ts';
import { RISK_CUES_PLAIN } from './risk-cues-plain.ts';
import { RISK_CUES_QUIET_ENDS } from './risk-cues-quiet-ends.ts';
import { RISK_CUES_RECURRING } from './risk-cues-recurring.ts';
import { RISK_CUES_RED_FLAGS } from './risk-cues-red-flags.ts';
import { RISK_CUES_SCENES } from './risk-cues-scenes.ts';
import { RISK_CUES_UNSAID } from './risk-cues-unsaid.ts';
import { RISK_CUES_UNSAID_OTHERS } from './risk-cues-unsaid-others.ts';
import { RISK_CUES_UNWORDED } from './risk-cues-unworded.ts';
import { saidOtherwise } from './risk-said-otherwise.ts';

const ALL_CUES: readonly RiskCue[] = [
  ...RISK_CUES,
  ...RISK_CUES_PLAIN,
  ...RISK_CUES_EVERYDAY,
  ...RISK_CUES_INDIRECT,
  ...RISK_CUES_RECURRING,
  ...RISK_CUES_HELD_BACK,
  ...RISK_CUES_KINDS,
  ...RISK_CUES_UNSAID,
  ...RISK_CUES_UNSAID_OTHERS,
  ...RISK_CUES_FAREWELL,
  ...RISK_CUES_FAREWELL_SIGNS,
  ...RISK_CUES_SCENES,
  ...RISK_CUES_COERCION,
  ...RISK_CUES_RED_FLAGS,
  ...RISK_CUES_NOW,
  ...RISK_CUES_OTHER_LANGUAGES,
  ...RISK_CUES_UNWORDED,
  ...RISK_CUES_QUIET_ENDS,
  ...RISK_CUES_CONTROL,
  ...RISK_CUES_FLAT,
  ...RISK_CUES_LAST_STRAW,
  ...RISK_CUES_ARMED_INTENT,
  ...RISK_CUES_BODY_ALARM,
  ...RISK_CUES_PAIN_ON_PURPOSE,
  ...RISK_CUES_HARM_SWORN,
];

const ACROSS_CUES: readonly RiskCue[] = [...RISK_CUES_FLAT_ACROSS, ...RISK_CUES_LAST_STRAW_ACROSS];

const NEGATION_BEFORE =
  /\b(?:not|never|no longer|n't|wouldn't|won't|don't|didn't|dont|didnt)\b(?!.*\b(?:but|just)\b)/;
const SENTENCE = /[^.!?\n;]+[.!?\n;]*/g;

type Sentence = { text: string; start: number; end: number };

function sentencesOf(folded: string): Sentence[] {
  const found: Sentence[] = [];
  for (const match of folded.matchAll(SENTENCE)) {
    const start = match.index ?? 0;
    found.push({ text: match[0], start, end: start + match[0].length });
  }
  return found;
}

const CUE_GATE = createKeywordScanner(ALL_CUES.map((cue) => requiredLiterals(cue.pattern)));

// "my grandad keeps saying he'd be better off dead": a cue said of anyone on purpose still has a "he" or "she" as
// its subject here, and that person's words are theirs (the lead's class: third person read as own); "they" is left
// out: "they would forget about me" is the people around the person, said of themselves; and "he'd be better off
// without me" names the person, so it stays theirs
const THIRD_PERSON_JUST_BEFORE =
  /\b(?:he|she)(?:'d|'ll|'s| would| will| is| was| feels| thinks)?(?: (?:just|really|all))? $/;

const NAMES_THE_PERSON = /\b(?:me|i|my|myself)\b/;

// "if my neighbour lets his dog out again i don't know what i'll do to him": the analysis gives the clause to the
// neighbour (no comma after the condition), yet the harm cue's own words open on the person as the one who acts.
// Anchored to the match: "i think my brother wants to hurt someone" opens on a report, and stays someone else's.
const PERSON_ACTS =
  /^(?:i|i'?ll|ill|i'?m|im|i'?d|id|i am|i will|i would|i could|i might|i swear|i'?m gonna|im gonna)\b(?! (?:think|thought|heard|hear|saw|see|found|find|know (?:he|she|they|my)|reckon|guess|worry (?:he|she|they|my)|worried (?:he|she|they|my)|fear (?:he|she|they|my)|scared (?:he|she|they|my)|scared that|afraid (?:he|she|they|my)|told|tell)\b)/;

// the person named just before a cue that starts mid-clause ("i | dont know what ill do to him")
const FIRST_PERSON_JUST_BEFORE = /\b(?:i|i'?m|im)\s$/;

function aboutOf(cue: RiskCue, at: number, matched: string, context: ReaderContext): 'self' | 'other' {
  const before = context.prepared.folded.slice(Math.max(0, at - 24), at);
  if (
    cue.type === 'harm-to-others' &&
    PERSON_ACTS.test(`${FIRST_PERSON_JUST_BEFORE.exec(before)?.[0] ?? ''}${matched}`)
  )
    return 'self';
  if (cue.selfWhateverSubject && THIRD_PERSON_JUST_BEFORE.test(before) && !NAMES_THE_PERSON.test(matched))
    return someoneElseAt(context, at) ? 'other' : 'self';
  if (cue.selfWhateverSubject || cue.type === 'abuse') return 'self';
  return someoneElseAt(context, at) ? 'other' : 'self';
}

/** Risk cue observations with confidences; offsets are in the context's (normalised) text. */
export function readRiskCues(context: ReaderContext): Reading[] {
  const folded = context.prepared.folded;
  const readings: Reading[] = [];
  const takenBack = TAKEN_BACK.test(folded);
  // a cue whose required literals are all absent cannot match: it is not run (nor its regex ever compiled)
  readings.push(...readAcrossSentences(context, takenBack));
  const live = CUE_GATE.scan(folded);
  if (!live.includes(1)) return readings;
  const sentences = sentencesOf(folded);
  for (const sentence of sentences) {
    // a cue runs on a sentence only when its words are in that sentence (one more pass, no regex)
    const liveHere = sentences.length === 1 ? live : CUE_GATE.scan(sentence.text);
    if (!liveHere.includes(1)) continue;
    if (HYPOTHETICAL_ONLY.test(sentence.text)) continue;
    const story = storyIn(sentence.text);
    if (story === 'story') continue;
    const history =
      HISTORY.test(sentence.text) &&
      !PRESENT_AGAIN.test(sentence.text) &&
      !BACK_LATER.test(folded.slice(sentence.end));
    for (let index = 0; index < ALL_CUES.length; index++) {
      if (liveHere[index] === 0) continue;
      const cue = ALL_CUES[index];
      if (story === 'study' && !cue.studyIsTheCondition) continue;
      const match = cue.pattern.exec(sentence.text);
      if (!match) continue;
      // "power cut again and i just want to die": the older "cut again" reads the power's cut as self-harm
      if (match[0].startsWith('cut') && cutIsAThing(sentence.text, match.index)) continue;
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (saidOtherwise(folded, sentence.text, start, end, context.earlier)) continue;
      if (takenBack && cue.level === 'possible') continue;
      if (!cue.negationInside && NEGATION_BEFORE.test(clauseBefore(sentence.text, match.index))) continue;
      const about = aboutOf(cue, start, match[0], context);
      const level = takenBack || history || about === 'other' ? 'possible' : cue.level;
      const observation: RiskObservation = { kind: 'risk', type: cue.type, level, span: [start, end] };
      if (about === 'other') observation.about = 'other';
      if (history) observation.past = true;
      readings.push({ observation, confidence: level === 'clear' ? 0.85 : 0.6 });
    }
  }
  return readings;
}

/** The cues that may cross a full stop ("at the lake now. going in. can't swim"), read once on the whole turn. */
function readAcrossSentences(context: ReaderContext, takenBack: boolean): Reading[] {
  const folded = context.prepared.folded;
  const readings: Reading[] = [];
  for (const cue of ACROSS_CUES) {
    const match = cue.pattern.exec(folded);
    if (!match || takenBack) continue;
    const start = match.index;
    const end = start + match[0].length;
    const sentence = sentencesOf(folded).find((each) => start >= each.start && start < each.end);
    if (!sentence || saidOtherwise(folded, sentence.text, start, end, context.earlier)) continue;
    if (FICTION.test(sentence.text) || HYPOTHETICAL_ONLY.test(sentence.text)) continue;
    const about = aboutOf(cue, start, match[0], context);
    const level = about === 'other' ? 'possible' : cue.level;
    const observation: RiskObservation = { kind: 'risk', type: cue.type, level, span: [start, end] };
    if (about === 'other') observation.about = 'other';
    readings.push({ observation, confidence: level === 'clear' ? 0.85 : 0.6 });
  }
  return readings;
}

// the study words of FICTION: in "if this exam goes bad thats it for me" the exam is a condition, not a story
const STUDY_WORDS = /\b(?:exam|studying|lecture)\b/g;

/** 'story' when the sentence tells of a story, 'study' when its only such word is one of study, else undefined. */
function storyIn(sentence: string): 'story' | 'study' | undefined {
  if (!FICTION.test(sentence)) return undefined;
  return FICTION.test(sentence.replace(STUDY_WORDS, ' ')) ? 'story' : 'study';
}

/** Whether the "cut" at this index belongs to a thing cut ("the power cut again", "pay got cut"). */
function cutIsAThing(sentence: string, at: number): boolean {
  for (const thing of sentence.matchAll(THING_CUT)) {
    const from = thing.index ?? 0;
    if (at >= from && at < from + thing[0].length) return true;
  }
  return false;
}

/** The clause before a match: from the last comma, "but" or "and" to the match. */
function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(Math.max(0, at - 40), at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(' but '), before.lastIndexOf(' and '));
  return cut >= 0 ? before.slice(cut + 1) : before;
}
