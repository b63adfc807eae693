/**
 * Cheap tests on the text that tell when the linguistic analysis (a wink parse, the dearest step of
 * a turn) cannot find something, so a reader asking only that can skip it. Each is a superset: a
 * false means the analysis would certainly not find it; a true means "ask the analysis". They
 * change no reading, only how often wink runs (language-hints.test.ts checks them against wink).
 */
import { REPORTING_VERBS } from './linguistic-clauses.ts';

/**
 * Every word that starts a negation in wink-eng-lite-web-model's negation patterns (not, n't, nt,
 * no, nope, nah, never, none, nor, neither, hardly, without, fail, prevent, eliminate, rule out,
 * impossible, unlikely, rarely, scarcely, except, and "as good / long / much / soon as"), matched
 * as a bare substring so inflections and split contractions ("dont" → do + nt) are inside it.
 */
const NEGATION_HINT =
  /n[o'’]?t|no|na|never|neither|hardly|without|fail|prevent|eliminat|rul|impossib|unlikel|rarely|scarcely|except|good|long|much|soon/i;

/** False when no token of `text` can be in a negation's scope. */
export function mayNegate(text: string): boolean {
  return NEGATION_HINT.test(text);
}

/**
 * False when no word of `text` that `forms` finds can be in a negation's scope. wink's scope starts
 * after the negation's last word (wink-eng-lite-web-model's negation-setter), and that negation holds
 * a hint, so a negated word starts after the first hint: only a form found after it can be negated.
 * "I'll stop there for now": the only hint ("no" in "now") comes after "stop".
 */
export function mayNegateAny(text: string, forms: RegExp): boolean {
  const negation = text.search(NEGATION_HINT);
  if (negation < 0) return false;
  let after = searchableForms.get(forms);
  if (after === undefined) {
    after = new RegExp(forms.source, forms.flags.replace(/[gy]/g, '') + 'g');
    searchableForms.set(forms, after);
  }
  after.lastIndex = negation + 1;
  const found = after.test(text);
  after.lastIndex = 0;
  return found;
}

// a global copy of each pattern asked about, so a search can start past the negation
const searchableForms = new WeakMap<RegExp, RegExp>();

// forms wink reads as the lemma that the stem alone does not find: irregular forms (its WordNet
// exceptions) and spellings its lexicon maps ("cheque" is read as "check")
const OTHER_FORMS: Record<string, readonly string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  give: ['gave', 'given'],
  make: ['made'],
  break: ['broke', 'broken'],
  check: ['cheque', 'chk'],
};

/**
 * A substring test that every form wink may lemmatise to one of `lemmas` contains: the lemma less a
 * final e ("writ" for writing), "ie" for a final y ("saies"), and OTHER_FORMS.
 */
export function formsOf(lemmas: Iterable<string>): RegExp {
  const parts: string[] = [];
  for (const lemma of lemmas) {
    if (lemma.endsWith('y')) parts.push(`${lemma.slice(0, -1)}(?:y|ie)`);
    else parts.push(lemma.endsWith('e') ? lemma.slice(0, -1) : lemma);
    parts.push(...(OTHER_FORMS[lemma] ?? []));
  }
  return new RegExp(parts.join('|'), 'i');
}

const REPORTING_HINT = formsOf(REPORTING_VERBS);

/** False when no clause of `text` can be reported speech (no reporting verb in any form). */
export function mayReport(text: string): boolean {
  return REPORTING_HINT.test(text);
}

// the same forms, found one after another
const REPORTING_FORMS = new RegExp(REPORTING_HINT.source, 'gi');

/**
 * False when no clause of `text` can be reported by someone (`reportedBy` set): there is no
 * reporting verb, or the only one opens the text ("tell me exactly what to do"). A reporter is the
 * subject of the clause that ends with the verb, and a verb with no word before it has none
 * (linguistic-clauses.ts, describeClause), so only a form after the first word can report.
 */
export function mayReportSomeone(text: string): boolean {
  REPORTING_FORMS.lastIndex = 0;
  const first = REPORTING_FORMS.exec(text);
  if (first === null) return false;
  if (first.index !== text.search(/\S/)) return true;
  // any other form, even one overlapping the first
  REPORTING_FORMS.lastIndex = first.index + 1;
  return REPORTING_FORMS.exec(text) !== null;
}
