/**
 * The one door from the simulator (and the runner) into the evaluator. The client reads a
 * therapist's turn by its behaviour — the evaluator's per-turn MITI coding — never by the coach's
 * templates. When the evaluator's coder changes, this is the only file to edit.
 */
import { readTherapistTurn } from '../evaluator/therapist-turn.ts';
import type { MitiCode, TherapistTurnReading } from '../evaluator/therapist-turn-types.ts';
import { countWords } from '../text/sentences.ts';

export type { Instruction, MitiCode, TherapistTurnReading } from '../evaluator/therapist-turn-types.ts';

/** The evaluator's reading of one therapist turn from its text alone (requests answered, promises, steps, codes). */
export function readTherapistText(text: string): TherapistTurnReading {
  return readTherapistTurn(text);
}

/** What a therapist turn did, as the client feels it. */
export type TherapistBehaviour = {
  codes: readonly MitiCode[];
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
    stems.add(stem(raw));
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
  const therapist = contentStems(therapistText);
  let echoed = 0;
  for (const word of client) if (therapist.has(word)) echoed += 1;
  if (FEELINGS.test(clientText) && FEELINGS.test(therapistText)) echoed += 0.5;
  return Math.min(1, echoed / Math.min(4, client.size));
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
  const codes = reading.codes;
  const reflection = codes.includes('reflection-complex')
    ? 'complex'
    : codes.includes('reflection-simple')
      ? 'simple'
      : 'none';
  const specificity = specificityOf(therapistText, clientText);
  const advises = codes.includes('advice') || codes.includes('persuade');
  const welcome = options.requested === true || PERMISSION.test(therapistText);
  return {
    codes,
    reflection,
    words: countWords(therapistText),
    accurateReflection: reflection !== 'none' && specificity >= 0.25,
    openQuestions: reading.questions.open,
    closedQuestions: reading.questions.closed,
    advice: advises ? (welcome ? 'welcome' : 'unasked') : 'none',
    givesInformation: codes.includes('give-information'),
    affirms: codes.includes('affirm'),
    respectsAutonomy: codes.includes('seek-collaboration') || codes.includes('emphasize-autonomy'),
    confronts: codes.includes('confront'),
    specificity,
    generic: specificity < 0.2 && reflection === 'none',
  };
}
