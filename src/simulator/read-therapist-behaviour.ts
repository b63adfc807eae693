/**
 * The one door from the simulator (and the runner) into the evaluator. The client reads a
 * therapist's turn by its behaviour — the evaluator's per-turn MITI coding — never by the coach's
 * templates. When the evaluator's coder changes, this is the only file to edit.
 */
import { readTherapistTurn } from '../evaluator/therapist-turn.ts';
import type { MitiCode, TherapistTurnReading } from '../evaluator/therapist-turn-types.ts';
import { countWords } from '../text/sentences.ts';

export type {
  Instruction,
  MitiCode,
  Promise_,
  TherapistTurnReading,
} from '../evaluator/therapist-turn-types.ts';

/** The evaluator's reading of one therapist turn from its text alone (requests answered, promises, steps, codes). */
export function readTherapistText(text: string): TherapistTurnReading {
  return readTherapistTurn(text);
}

/** What a therapist turn did, as the client feels it. */
export type TherapistBehaviour = {
  /** The evaluator's codes for the turn, as it names them. */
  codes: readonly string[];
  reflection: 'none' | 'simple' | 'complex';
  /** Words in the turn: a two-word "Makes sense." is not a reflection that could miss. */
  words: number;
  /** A reflection that picks up what the client said (their words or their feeling). */
  accurateReflection: boolean;
  openQuestions: number;
  closedQuestions: number;
  /** Advice or an instruction: asked for (by the client, or with permission) or pushed unasked. */
  advice: 'none' | 'welcome' | 'unasked';
  givesInformation: boolean;
  affirms: boolean;
  /** Seeks collaboration or emphasises autonomy. */
  respectsAutonomy: boolean;
  confronts: boolean;
  /** 0–1: how much of the client's own words (or feelings) the reply takes up. */
  specificity: number;
  /** Nothing in it is about this client: no reflection, no echo of their words. */
  generic: boolean;
};

const STOP_WORDS = new Set(
  (
    'the and but for not you your yours with that this what have has had just like really about ' +
    "then than them they there their its it’s it's was were are is be been being can could would " +
    'should will shall does did doing done get got going gonna want wanna know think thing things ' +
    'some any all very much more most also too maybe yeah okay well now here when where which who ' +
    'how why into out over from because cause feel feels felt feeling say said tell told make made ' +
    "try trying tried one two way time lot bit kind sort see look right sure dont don’t don't cant " +
    "can’t can't im i’m i'm ive i’ve i've idk lol tbh something anything everything nothing still " +
    'even only ever never always again back little step steps let lets let’s help'
  ).split(' '),
);

const FEELINGS =
  /\b(?:scared|afraid|anxious|worried|worry|nervous|panic\w*|sad|down|low|lonely|alone|angry|mad|furious|annoyed|frustrat\w*|ashamed|shame|guilty|guilt|embarrass\w*|hurt|upset|overwhelm\w*|stress\w*|tired|exhausted|numb|empty|hopeless|stuck|lost|useless|worthless|heartbroken|miss\w*|grief|griev\w*|dread\w*|fear\w*)\b/i;

const PERMISSION =
  /\b(?:would it be (?:ok|okay|alright|all right)|may i|can i (?:suggest|offer|share)|could i (?:suggest|offer|share)|would you like (?:a|an|some|me to)|do you want (?:a|an|some|me to)|if you(?:'d| would)? like|is it ok if)\b/i;

/** Content stems of a text: lowercased words of 3+ letters, common words and endings dropped. */
export function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const raw of text.toLowerCase().match(/[a-z][a-z'’]+/g) ?? []) {
    if (raw.length < 3 || STOP_WORDS.has(raw)) continue;
    stems.add(stemRemembered(raw));
  }
  return stems;
}

// (every turn of both sides is stemmed word by word, and the same few thousand words come back all
// batch long: two regex replaces a word were a tenth of reading a turn)
const stemsOfWords = new Map<string, string>();

function stemRemembered(word: string): string {
  let stemmed = stemsOfWords.get(word);
  if (stemmed === undefined) {
    if (stemsOfWords.size >= STEM_MEMO_LIMIT) stemsOfWords.clear();
    stemmed = stem(word);
    stemsOfWords.set(word, stemmed);
  }
  return stemmed;
}

// therapists say the same lines session after session (templates, nudges, ELIZA's scripts):
// their stems are kept per thread, bounded like the other memos
const STEM_MEMO_LIMIT = 20_000;
const stemsOfTherapistText = new Map<string, ReadonlySet<string>>();

/** contentStems of a therapist turn, remembered; the set is shared, so do not change it. */
function therapistStems(text: string): ReadonlySet<string> {
  let stems = stemsOfTherapistText.get(text);
  if (stems === undefined) {
    if (stemsOfTherapistText.size >= STEM_MEMO_LIMIT) stemsOfTherapistText.clear();
    stems = contentStems(text);
    stemsOfTherapistText.set(text, stems);
  }
  return stems;
}

function stem(word: string): string {
  const plain = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (plain.length > 5 && plain.endsWith('ing')) return plain.slice(0, -3);
  if (plain.length > 4 && plain.endsWith('ed')) return plain.slice(0, -2);
  if (plain.length > 3 && plain.endsWith('s') && !plain.endsWith('ss')) return plain.slice(0, -1);
  return plain;
}

/** 0–1: the share of the client's content (up to four words' worth) the reply echoes, a named feeling counting half. */
export function specificityOf(therapistText: string, clientText: string): number {
  const client = contentStems(clientText);
  if (client.size === 0) return FEELINGS.test(therapistText) ? 0.3 : 0;
  const therapist = therapistStems(therapistText);
  let echoed = 0;
  for (const word of client) if (therapist.has(word)) echoed += 1;
  if (FEELINGS.test(clientText) && FEELINGS.test(therapistText)) echoed += 0.5;
  return Math.min(1, echoed / Math.min(4, client.size));
}

/** The evaluator's behaviour codes for one therapist turn, counted. */
type TurnCodes = {
  codes: readonly string[];
  reflectionSimple: number;
  reflectionComplex: number;
  questionOpen: number;
  questionClosed: number;
  /** Advice, persuasion or an instruction, without permission asked. */
  advice: number;
  /** Advice offered with permission asked ("Would it be OK if I suggested…?"). */
  adviceWithPermission: number;
  information: number;
  affirm: number;
  autonomy: number;
  confront: number;
};

/** 1 when the turn carries the code, else 0. */
function hasCode(codes: readonly MitiCode[], code: MitiCode): number {
  return codes.includes(code) ? 1 : 0;
}

/**
 * Today: `readTherapistTurn`'s per-turn codes. To switch to issue 19's MITI coder, replace the body
 * with the coded utterances, counted —
 *   const coded = codeTherapistTurn(therapistText, { clientText }).map((utterance) => utterance.code);
 *   const count = (code) => coded.filter((each) => each === code).length;
 *   reflectionSimple: count('reflection-simple'), reflectionComplex: count('reflection-complex'),
 *   questionOpen: count('question-open'), questionClosed: count('question-closed'),
 *   advice: count('persuade'), adviceWithPermission: count('persuade-with-permission'),
 *   information: count('giving-information'), affirm: count('affirm'),
 *   autonomy: count('seeking-collaboration') + count('emphasizing-autonomy'), confront: count('confront')
 * — and nothing else in the simulator changes.
 */
function codeTurn(therapistText: string, _clientText: string, reading: TherapistTurnReading): TurnCodes {
  const codes = reading.codes;
  const advises = hasCode(codes, 'advice') || hasCode(codes, 'persuade');
  const permission = PERMISSION.test(therapistText);
  return {
    codes,
    reflectionSimple: reading.reflections.simple,
    reflectionComplex: reading.reflections.complex,
    questionOpen: reading.questions.open,
    questionClosed: reading.questions.closed,
    advice: advises && !permission ? 1 : 0,
    adviceWithPermission: advises && permission ? 1 : 0,
    information: hasCode(codes, 'give-information'),
    affirm: hasCode(codes, 'affirm'),
    autonomy: hasCode(codes, 'seek-collaboration') + hasCode(codes, 'emphasize-autonomy'),
    confront: hasCode(codes, 'confront'),
  };
}

/**
 * Reads a therapist turn as the client who just said `clientText` feels it.
 * `requested`: the client had asked for a step or a suggestion, so advice is welcome.
 */
export function readTherapistBehaviour(
  therapistText: string,
  clientText: string,
  options: { requested?: boolean; reading?: TherapistTurnReading } = {},
): TherapistBehaviour {
  const reading = options.reading ?? readTherapistTurn(therapistText);
  const coded = codeTurn(therapistText, clientText, reading);
  const reflection = coded.reflectionComplex > 0 ? 'complex' : coded.reflectionSimple > 0 ? 'simple' : 'none';
  const specificity = specificityOf(therapistText, clientText);
  const advises = coded.advice + coded.adviceWithPermission > 0;
  const welcome = options.requested === true || coded.adviceWithPermission > 0;
  return {
    codes: coded.codes,
    reflection,
    words: countWords(therapistText),
    accurateReflection: reflection !== 'none' && specificity >= 0.25,
    openQuestions: coded.questionOpen,
    closedQuestions: coded.questionClosed,
    advice: advises ? (welcome ? 'welcome' : 'unasked') : 'none',
    givesInformation: coded.information > 0,
    affirms: coded.affirm > 0,
    respectsAutonomy: coded.autonomy > 0,
    confronts: coded.confront > 0,
    specificity,
    generic: specificity < 0.2 && reflection === 'none',
  };
}
