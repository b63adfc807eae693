/**
 * One linguistic analysis shared by every reader: sentences, tokens with offsets, lemmas, part of
 * speech, negation scope, and per clause who is speaking about whom (first / second / third
 * person), tense, and whether it is hypothetical ("if I failed"), habitual past ("I used to cut")
 * or reported ("my friend said she wants to die").
 *
 * Built on wink-nlp with its English lite web model (MIT, offline). The model is loaded once, on
 * the first call (about 100–150 ms), never at import, so modules that only import understanding pay
 * nothing. Pure apart from that lazy load, total: any string in, never an exception out.
 *
 * Offsets are UTF-16 indices into the string passed in. Readers that work on normalised text (see
 * normalise.ts) analyse the normalised string and map spans back through its offset map.
 */
import { createRequire } from 'node:module';
import { clauseStarts, describeSentenceClauses } from './linguistic-clauses.ts';

/** Grammatical person of a clause's subject; 'none' when the clause has no subject we can see. */
export type Person = 'first' | 'second' | 'third' | 'none';
export type Tense = 'past' | 'present' | 'future';

/** One token: offsets into the analysed text, lower-cased lemma and universal part of speech. */
export type AnalysedToken = {
  index: number;
  text: string;
  start: number;
  end: number;
  lemma: string;
  /** Universal POS tag as wink gives it: NOUN, VERB, AUX, PRON, ADJ, ADV, PART, SCONJ, CCONJ, PUNCT, … */
  pos: string;
  /** wink's type: word, punctuation, number, emoji, emoticon, url, email, symbol, … */
  type: string;
  /** Inside the scope of a negation ("not", "never", "n't", "no") that comes before it in its sentence. */
  negated: boolean;
};

export type AnalysedClause = {
  start: number;
  end: number;
  /** Token indices [from, to) in `tokens`. */
  tokens: [from: number, to: number];
  /** Person of the subject ("I" / "my friend" / "you"); 'none' for imperatives and fragments. */
  subject: Person;
  /** The subject words as written, when found ("I", "my sister", "she"). */
  subjectText?: string;
  tense: Tense;
  /** "have + participle" ("I've tried"): past, but close to now. */
  perfect: boolean;
  /** "used to …": a habit that is over. */
  habitualPast: boolean;
  /** Conditional or imagined: "if I failed", "what if", "even if", "suppose", and the main clause answering an if. */
  hypothetical: boolean;
  /** Said by someone: the clause follows a reporting verb ("she said …", "he told me …"). */
  reportedBy?: Person;
  /** A negation word governs the clause's verb ("I don't want to", "I'd never"). */
  negated: boolean;
  question: boolean;
};

export type AnalysedSentence = {
  start: number;
  end: number;
  tokens: [from: number, to: number];
  clauses: AnalysedClause[];
};

export type LinguisticAnalysis = {
  text: string;
  tokens: AnalysedToken[];
  sentences: AnalysedSentence[];
  /** All clauses in order (the same objects as in `sentences`). */
  clauses: AnalysedClause[];
  /** True when the text was longer than MAX_LINGUISTIC_CHARS and only its start was analysed. */
  truncated: boolean;
};

/** Longer text is cut here; the reading stays linear and a client turn is never this long. */
export const MAX_LINGUISTIC_CHARS = 10_000;

type WinkItem = { out(what?: unknown): unknown };
type WinkDocument = {
  tokens(): { each(callback: (token: WinkItem) => void): void };
  sentences(): { each(callback: (sentence: WinkItem, index: number) => void): void };
};
type Wink = { readDoc(text: string): WinkDocument; its: Record<string, unknown> };

let wink: Wink | undefined;
let winkFailed = false;

function loadWink(): Wink | undefined {
  if (wink || winkFailed) return wink;
  try {
    const require = createRequire(import.meta.url);
    const winkNlp = require('wink-nlp') as (model: unknown, pipe?: string[]) => Wink;
    const model = require('wink-eng-lite-web-model') as unknown;
    // sentence boundaries, negation and part of speech are all the readers need; skipping
    // sentiment and entity recognition keeps a turn fast
    wink = winkNlp(model, ['sbd', 'negation', 'pos']);
  } catch {
    winkFailed = true;
  }
  return wink;
}

/** Loads the model now (servers call this at start so the first turn is not the slow one). */
export function warmLinguisticModel(): boolean {
  return loadWink() !== undefined;
}

const EMPTY: Omit<LinguisticAnalysis, 'text' | 'truncated'> = { tokens: [], sentences: [], clauses: [] };

/**
 * Analyses one utterance. Never throws: if the model cannot load or fails on the text, the
 * analysis is empty and readers fall back to their own rules.
 * @example analyseLanguage('my friend said she wants to die').clauses[1] // { subject: 'third', reportedBy: 'third', tense: 'present', … }
 */
export function analyseLanguage(input: string): LinguisticAnalysis {
  const whole = typeof input === 'string' ? input : String(input ?? '');
  const truncated = whole.length > MAX_LINGUISTIC_CHARS;
  let end = Math.min(whole.length, MAX_LINGUISTIC_CHARS);
  if (truncated && /[\uD800-\uDBFF]/.test(whole[end - 1] ?? '')) end -= 1;
  const text = whole.slice(0, end);
  const nlp = loadWink();
  if (!nlp || !/[\p{L}\p{N}]/u.test(text)) return { text, truncated, ...EMPTY };
  try {
    return { text, truncated, ...analyseWith(nlp, text) };
  } catch {
    return { text, truncated, ...EMPTY };
  }
}

function analyseWith(nlp: Wink, text: string): Omit<LinguisticAnalysis, 'text' | 'truncated'> {
  const its = nlp.its;
  const { winkText, origin } = forWink(text);
  const document = nlp.readDoc(winkText);
  const tokens: AnalysedToken[] = [];
  let cursor = 0;
  document.tokens().each((token) => {
    const written = String(token.out());
    // wink keeps each token's text as written; find it from the cursor to recover offsets
    let at = winkText.indexOf(written, cursor);
    if (at < 0 || at - cursor > 64) at = cursor;
    const end = Math.min(winkText.length, at + written.length);
    cursor = end;
    const start = origin[at] ?? text.length;
    const originalEnd = end > at ? (origin[end - 1] ?? text.length - 1) + 1 : start;
    tokens.push({
      index: tokens.length,
      text: text.slice(start, originalEnd),
      start,
      end: originalEnd,
      lemma: String(token.out(its.lemma) ?? written).toLowerCase(),
      pos: String(token.out(its.pos) ?? 'X'),
      type: String(token.out(its.type) ?? 'word'),
      negated: token.out(its.negationFlag) === true,
    });
  });
  const sentences: AnalysedSentence[] = [];
  const clauses: AnalysedClause[] = [];
  document.sentences().each((sentence) => {
    const span = sentence.out(its.span) as [number, number] | undefined;
    if (!span || tokens.length === 0) return;
    const from = Math.max(0, span[0]);
    const to = Math.min(tokens.length, span[1] + 1);
    if (to <= from) return;
    const sentenceClauses = describeSentenceClauses(tokens, clauseStarts(tokens, from, to), to);
    // "can u just tell me what to do?": the question mark asks the whole sentence
    const asks = tokens[to - 1].text === '?';
    for (const clause of sentenceClauses) {
      if (asks) clause.question = true;
      clauses.push(clause);
    }
    sentences.push({
      start: tokens[from].start,
      end: tokens[to - 1].end,
      tokens: [from, to],
      clauses: sentenceClauses,
    });
  });
  return { tokens, sentences, clauses };
}

/**
 * The lite model reads "I'm" as one proper noun; "I am" it reads right. The rewrite is for wink
 * only: offsets map back to the text as given.
 */
function forWink(text: string): { winkText: string; origin: number[] } {
  if (!/\bi'm\b/i.test(text))
    return { winkText: text, origin: Array.from({ length: text.length }, (_, index) => index) };
  let winkText = '';
  const origin: number[] = [];
  let cursor = 0;
  for (const match of text.matchAll(/\b(i)'m\b/gi)) {
    const at = match.index ?? 0;
    for (let index = cursor; index < at; index++) {
      winkText += text[index];
      origin.push(index);
    }
    winkText += `${match[1]} am`;
    origin.push(at, at + 1, at + 1, at + 2);
    cursor = at + 3;
  }
  for (let index = cursor; index < text.length; index++) {
    winkText += text[index];
    origin.push(index);
  }
  return { winkText, origin };
}

/** The clause holding `offset`, or undefined when it falls between clauses. */
export function clauseAt(analysis: LinguisticAnalysis, offset: number): AnalysedClause | undefined {
  for (const clause of analysis.clauses) if (offset >= clause.start && offset < clause.end) return clause;
  return undefined;
}

/** The tokens overlapping [start, end). */
export function tokensIn(analysis: LinguisticAnalysis, start: number, end: number): AnalysedToken[] {
  return analysis.tokens.filter((token) => token.end > start && token.start < end);
}
