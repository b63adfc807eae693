/**
 * Clauses inside one sentence of the linguistic analysis, and what each says about its subject,
 * tense and mood. Heuristics over wink's part-of-speech tags, written for short, informal,
 * lower-case chat ("dont want to be here", "my sis said she wants to die", "if i failed").
 */
import { findSubject } from './clause-subject.ts';
import { findTense, MODALS } from './clause-tense.ts';
import type { AnalysedClause, AnalysedToken } from './linguistic-analysis.ts';

const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')', '...', '…']);
const CONDITIONAL_MARKERS = new Set(['if', 'unless', 'suppose', 'supposing', 'imagine']);
/** Verbs that introduce someone else's words or thoughts: what follows is theirs, not the speaker's. */
export const REPORTING_VERBS = new Set([
  'say',
  'tell',
  'text',
  'message',
  'write',
  'post',
  'admit',
  'confess',
  'mention',
  'claim',
  'scream',
  'yell',
  'threaten',
  'announce',
]);
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you', 'u']);
const NEGATIONS = new Set(['not', 'never', "n't", 'nt', 'neither', 'nor']);

const lower = (token: AnalysedToken) => token.text.toLowerCase();
const isVerbal = (token: AnalysedToken) => token.pos === 'VERB' || token.pos === 'AUX';

/** Token indices where a new clause starts within [from, to); the first is always `from`. */
export function clauseStarts(tokens: AnalysedToken[], from: number, to: number): number[] {
  const starts = [from];
  const add = (index: number) => {
    if (index > starts[starts.length - 1] && index < to) starts.push(index);
  };
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    const word = lower(token);
    if (token.pos === 'PUNCT' && CLAUSE_PUNCTUATION.has(word)) add(index + 1);
    // a dash with spaces around joins two thoughts; "self-harm" is one word
    else if (word === '-' && token.start > (tokens[index - 1]?.end ?? 0)) add(index + 1);
    else if (token.pos === 'SCONJ' || CONDITIONAL_MARKERS.has(word)) {
      // "what if": the clause starts at "what"
      const startsAt = index > from && lower(tokens[index - 1]) === 'what' ? index - 1 : index;
      if (word !== 'that' || !isVerbal(tokens[index - 1] ?? token)) add(startsAt);
    } else if (token.pos === 'CCONJ' && tokens[index + 1]?.pos === 'PRON') add(index);
    else if (token.pos === 'VERB' && REPORTING_VERBS.has(token.lemma))
      add(reportedClauseStart(tokens, index, to));
  }
  return starts;
}

function reportedClauseStart(tokens: AnalysedToken[], verb: number, to: number): number {
  let next = verb + 1;
  if (next < to && OBJECT_PRONOUNS.has(lower(tokens[next]))) next++;
  return next;
}

/** Describes the clauses of one sentence, given where they start. */
export function describeSentenceClauses(
  tokens: AnalysedToken[],
  starts: number[],
  to: number,
): AnalysedClause[] {
  const clauses: AnalysedClause[] = [];
  for (let index = 0; index < starts.length; index++) {
    const clauseTo = starts[index + 1] ?? to;
    clauses.push(describeClause(tokens, starts[index], clauseTo, clauses[index - 1]));
  }
  // "I'd never forgive myself if I failed" / "if I failed I'd …": the main clause answering an if is imagined too
  const hasConditional = clauses.some((clause) => clause.hypothetical);
  if (hasConditional)
    for (const clause of clauses)
      if (!clause.hypothetical && hasModal(tokens, clause.tokens[0], clause.tokens[1]))
        clause.hypothetical = true;
  return clauses;
}

function hasModal(tokens: AnalysedToken[], from: number, to: number): boolean {
  for (let index = from; index < to; index++)
    if (MODALS.has(lower(tokens[index])) || MODALS.has(tokens[index].lemma)) return true;
  return false;
}

export function describeClause(
  tokens: AnalysedToken[],
  from: number,
  to: number,
  previous: AnalysedClause | undefined,
): AnalysedClause {
  let first = from;
  while (first < to && (tokens[first].pos === 'PUNCT' || tokens[first].pos === 'CCONJ')) first++;
  const marker = first < to ? lower(tokens[first]) : '';
  const afterWhat = marker === 'what' && first + 1 < to && lower(tokens[first + 1]) === 'if';
  const hypothetical = CONDITIONAL_MARKERS.has(marker) || afterWhat;
  const { subject, subjectText, verbAt } = findSubject(tokens, first, to);
  // "tell me what to do" is a request, not someone's reported words: a reporter needs a subject
  const reportedBy =
    previous &&
    (previous.subject === 'first' || previous.subject === 'third') &&
    endsWithReporting(tokens, previous)
      ? previous.subject
      : undefined;
  const inherited =
    subject === 'none' && previous && tokens[from].pos === 'CCONJ' && verbAt === first + 1
      ? previous.subject
      : subject;
  const timing = findTense(tokens, verbAt < 0 ? first : verbAt, to);
  let negated = false;
  let question = tokens[to]?.text === '?';
  for (let index = from; index < to; index++) {
    const word = lower(tokens[index]);
    if (NEGATIONS.has(word) || NEGATIONS.has(tokens[index].lemma)) negated = true;
    if (word === '?') question = true;
  }
  const clause: AnalysedClause = {
    start: tokens[from].start,
    end: tokens[to - 1].end,
    tokens: [from, to],
    subject: inherited,
    tense: timing.tense,
    perfect: timing.perfect,
    habitualPast: timing.habitualPast,
    hypothetical,
    negated,
    question,
  };
  if (subjectText && inherited === subject) clause.subjectText = subjectText;
  if (reportedBy) clause.reportedBy = reportedBy;
  return clause;
}

function endsWithReporting(tokens: AnalysedToken[], clause: AnalysedClause): boolean {
  for (
    let index = clause.tokens[1] - 1;
    index >= clause.tokens[0] && index >= clause.tokens[1] - 2;
    index--
  ) {
    const token = tokens[index];
    if (token.pos === 'VERB' && REPORTING_VERBS.has(token.lemma)) return true;
    if (!OBJECT_PRONOUNS.has(lower(token))) return false;
  }
  return false;
}
