/**
 * A per-turn gate over rule readers (issue 17's coach-turn bar): a reader listed here runs only
 * when one of its required literals occurs in the folded text. Each list is a superset of what
 * every one of the reader's patterns must contain, so skipping a reader whose literals are all
 * absent changes nothing; reader-gates.test.ts checks that over the shipped corpora and the seen
 * blind sets, so a rule added outside its reader's literals fails a test. Literals are lowercase
 * and matched as substrings of `prepared.folded` (lowercased by fold.ts), one scan per turn.
 * The risk readers and the risk model are never gated: a missed disclosure is the worst failure.
 */
import { QUALITY_WORDS } from './body-lexicon.ts';
import { createKeywordScanner } from './keyword-scan.ts';
import { MIXED_PATTERNS } from './mixed-feelings.ts';
import { DONE_VERB_WORDS } from './progress.ts';
import { REGION_PATTERNS } from './region-cues.ts';
import { requiredLiterals } from './required-literals.ts';
import { TASK_GATE_PATTERNS } from './tasks.ts';
import { THANKS_PATTERNS } from './thanks.ts';

/**
 * The literals of patterns matched with the i flag on the folded (lowercased) text: the same
 * pattern without the flag matches the same there, so its literals, lowercase too, gate it.
 * Undefined when one of them names none (the reader then runs on every turn).
 */
function caseFreeLiterals(patterns: readonly RegExp[]): string[] | undefined {
  const literals: string[] = [];
  for (const pattern of patterns) {
    const found = requiredLiterals(new RegExp(pattern.source, pattern.flags.replace('i', '')));
    if (found === null || found.some((literal) => literal !== literal.toLowerCase())) return undefined;
    literals.push(...found);
  }
  return literals;
}

/** A reader gated on its own patterns' literals: a rule added to the list widens the gate by itself. */
function gateFromPatterns(name: string, patterns: readonly RegExp[]): Record<string, readonly string[]> {
  const literals = caseFreeLiterals(patterns);
  return literals ? { [name]: literals } : {};
}

// keep each list as loose as the reader's patterns allow: a word here may only ever widen a gate
export const READER_GATES: Readonly<Record<string, readonly string[]>> = {
  // WHAT_IF needs "what if"; IF_THEN needs "if i" or "if we"
  'what-if-worry': ['what if', 'if i', 'if we'],
  // every pattern needs a number: a digit or a number word from zero to ten
  'rating-rules': [
    ...'0123456789',
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
  ],
  // "don't know where…", "no idea…", "any advice/tips/ideas/suggestions", "what should i do", and a
  // whole-turn eager yes ("yes please", "yeah go ahead", "go on then", "that'd help")
  'help-wanted': ['know', 'idea', 'advice', 'tips', 'suggestions', 'what', 'pl', 'ahead', 'go on', 'help'],
  // care about / value, what matters / the reason, important to me, because i want to
  values: ['care', 'value', 'matters', 'reason', 'important', 'because'],
  // DONE needs one of its verbs (the same set progress.ts gates clauses on, so a new verb widens
  // this gate by itself); NOT_DONE needs "didn't/did not" (under 'did'), "couldn't/could not",
  // "haven't", "have not" (under 'not'), "wasn't", "failed" or "without"; STOPPED_SHORT needs "but";
  // the proposals need could/might/can/should/'ll/will/would ("maybe I…", "I guess I could…"),
  // "what if", "how about" or "i was thinking". Single words only: clause texts collapse spaces
  'progress-rules': [
    ...DONE_VERB_WORDS,
    ...['could', 'haven', 'not', 'wasn', 'failed', 'without', 'but'],
    ...['might', 'can', 'should', "'ll", 'will', 'would', 'maybe', 'perhaps', 'if', 'about', 'thinking'],
  ],
  // the harsh word itself is required
  'self-judgements': [
    'useless',
    'stupid',
    'failure',
    'not good enough',
    'lazy',
    'hopeless',
    'idiot',
    'worthless',
    'incompetent',
    'mess',
    'pathetic',
    'fraud',
    'loser',
    'disappointment',
    // "I feel rather foolish" (FEEL_HARSH)
    ...['foolish', 'silly', 'selfish', 'weak', 'ridiculous', 'dramatic', 'needy'],
  ],
  // sensations.ts reads a sensation only from a quality word (alone or with a part) or from
  // "headache" alone; generated from the lexicon so a new quality word widens the gate by itself
  'body-rules': [...Object.keys(QUALITY_WORDS), 'headache'],
  // a part named (PARTS, every form a substring of these) or a set phrase (PHRASES) is required
  'body-plain': [
    ...['head', 'temple', 'skull', 'brain', 'migraine', 'face', 'cheek', 'eye', 'nose', 'lip', 'jaw'],
    ...['teeth', 'throat', 'voice', 'neck', 'shoulder', 'chest', 'heart', 'ribs', 'lungs', 'stomach'],
    ...['tummy', 'belly', 'gut', 'back', 'spine', 'arm', 'wrist', 'elbow', 'hand', 'palm', 'knuckle'],
    ...['fist', 'finger', 'thumb', 'leg', 'knee', 'thigh', 'calves', 'shin', 'feet', 'foot', 'toes'],
    ...[
      'ankle',
      'muscles',
      'skin',
      'bones',
      'body',
      'ears',
      'hamstring',
      'quads',
      'tongue',
      'mouth',
      'limbs',
    ],
    ...['heavy everywhere', 'vibrat', 'shiver', 'everything'],
    ...['breath', 'hyperventilat', 'gasping', 'dizz', 'think straight', 'foggy', 'nause', 'sick'],
    ...['throw', 'butterflies', 'appetite', 't eat', 'vomit', 'swallow', 'blush', 'crying', 'cried'],
    ...['tears', 'teary', 'still', 'jitter', 'buzzy', 'wired', 'on edge', 'shaky', 'shaking'],
    ...['trembling', 'all over', 'numb', 'restless', 'cold', 'every bit of me', 'not really here'],
    ...['floaty', 'floating', 'zoned out', 'tight everywhere', 'aches', 'sighing', 'sighs'],
    ...['hip', 'threw', 'thrown', 'puk', 'side', 'fever', 'faint', 'burning up', 'pass', 'woozy'],
  ],
  // EFFORT needs one of its verbs; "reached out" is cut to "reached" (the clause's spaces are collapsed, the folded text's not)
  efforts: [
    ...['tried', 'trying', 'applied', 'applying', 'started', 'managed', 'went', 'reached', 'asked', 'sent'],
    ...['called', 'talked', 'spoke', 'wrote', 'written', 'made', 'booked', 'finished', 'opened', 'cleaned'],
    ...['studied', 'studying', 'kept', 'practis', 'practic'],
  ],
  // each topic's alternatives, each cut to a literal it cannot match without
  'life-topics': [
    ...['lost my', 'fired', 'laid off', 'let go', 'redundan', 'unemployed', 'out of work', 'between jobs'],
    ...['job', 'applying', 'apply', 'cover letter', 'interview', 'my cv', 'my resume', 'my r\u00e9sum\u00e9'],
    ...['exam', 'finals', 'midterm', 'revision', 'revising', 'test', 'quals', 'the bar'],
    ...['broke', 'break', 'dumped', 'my ex', 'divorce', 'separated', 'left me', 'ended things'],
    ...['relationship ended', 'money', 'rent', 'bill', 'debt', 'overdraft', 'afford', 'savings'],
    ...['pay', 'loan', 'bank', 'credit card', 'arrears', 'in debt', 'i owe', 'split up', 'moved out'],
    ...['parents', 'mum', 'mom', 'dad', 'father', 'mother', 'brother', 'sister', 'family'],
    ...['lonely', 'alone', 'no friends', 'talk to', 'isolated', 'on my own', 'by myself all'],
    ...['passed', 'died', 'funeral', 'grief', 'grieving', 'miscarri', 'stillb', 'lost', 'late'],
    ...['diagnos', 'chronic', 'my health', 'illness', 'sick for', 'surgery', 'hospital', 'doctor said'],
    ...['lump', 'gp', 'blood test', 'biopsy', 'said', 'says', 'told me', 'turns out', 'found out', 'i got'],
    ...["i've got", 'i have got', 'i been told', 'i have been told', "i've been told"],
    ...['my boss', 'my manager', 'my workload', 'my deadline', 'at work', 'overtime', 'burn'],
    ...['performance review'],
    ...['newborn', 'new born', 'baby', 'feed', 'postnatal', 'post-natal', 'colic', 'maternity', 'paternity'],
    ...['week', 'wks', 'carer', 'caregiver', 'caring for', 'looking after', 'care of', 'dementia'],
    ...['alzheimer', 'parkinson', 'respite', 'care home', 'nursing home', 'landlord', 'landlady'],
    ...['letting agen', 'evict', 'section 21', 'tenancy', 'mold', 'mould', 'damp', 'housing'],
    ...['the cv', 'a cv', 'your cv', 'linkedin', 'graduate'],
  ],
  // every country cue and British word, as region-cues.ts's patterns require them
  ...gateFromPatterns('region-cues', REGION_PATTERNS),
  // the three forms (torn, both ways, a shrug), read on the normalised text with the i flag
  ...gateFromPatterns('mixed-feelings', MIXED_PATTERNS),
  // a thanks or a wry one is required before anything else is read
  ...gateFromPatterns('thanks', THANKS_PATTERNS),
  // a task noun's bare pattern, a reply owed, or a call word
  ...gateFromPatterns('task-rules', TASK_GATE_PATTERNS),
};

const GATED_NAMES = Object.keys(READER_GATES);
const GATE_INDEX = new Map(GATED_NAMES.map((name, index) => [name, index]));
const scanner = createKeywordScanner(GATED_NAMES.map((name) => READER_GATES[name]));

/** Which readers may run on one folded text: ungated readers always may. */
export type ReaderGate = (readerName: string) => boolean;

/** Each reader's gate number (-1 for an ungated reader), for a loop that reads `scanGates`'s answer by number. */
export function gateNumbersOf(readers: readonly { name: string }[]): Int16Array {
  return Int16Array.from(readers, (reader) => GATE_INDEX.get(reader.name) ?? -1);
}

/** One keyword scan of the folded text: `live[gate]` is 1 where the reader of that gate number may match. */
export function scanGates(folded: string): Uint8Array {
  return scanner.scan(folded);
}

/** One keyword scan of the folded text; the answer tells, by reader name, whether to run it. */
export function gateReaders(folded: string): ReaderGate {
  const live = scanner.scan(folded);
  return (readerName) => {
    const index = GATE_INDEX.get(readerName);
    return index === undefined || live[index] === 1;
  };
}
