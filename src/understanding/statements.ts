import type { StatementObservation } from '../spec/observation.ts';
import { addressesSomeone, trimClause } from '../text/person.ts';
import type { Prepared } from './analyse-prepare.ts';
import { withContractions } from './statement-contractions.ts';
import { madeWhole } from './statement-said-of-self.ts';

// said about oneself: the clause a reflection can give back
// within the first few words: "every time I open it", "the rest of the week I barely…"
// (a subject: "doesn't work for me" has none to say back)
const FIRST_PERSON = /^(?:\S+\s+){0,5}(?:i|i'm|im|i've|ive|i'd|i'll|my|we|we're|we've|our)\b/i;
const NEGATED_SHORT = /^(?:i|we)\s+(?:can't|cant|cannot|won't|wont|don't|dont|didn't|didnt)$/i;
const HEAVY =
  /\b(?:feel|feeling|felt|can't|cant|cannot|couldn't|scared|afraid|worried|anxious|stuck|lost|alone|lonely|hate|tired|exhausted|overwhelmed|failure|useless|stressed|panic\w*|hard|struggl\w*|keep|never|always|avoid\w*|putting (?:it|this|that) off|put off|behind|broke|ended|fired|laid off|sad|angry|ashamed|embarrassed|guilty|hopeless|worthless|cry\w*|miss\w*|freeze|froze|dread\w*)\b/gi;
const NEGATION =
  /\b(?:not|no|never|don't|dont|didn't|didnt|can't|cant|won't|wont|haven't|havent|isn't|wasn't|nothing)\b/i;
// too thin to say back on its own
const EMPTY =
  /^(?:i|i'm|im)\s+(?:don't know|dont know|guess|think so|mean|suppose|see|know|am|was|do|did|will)$/i;

// words quoted ("\"hi professor, i was wondering…\" and then i delete it") are a draft or someone's words,
// not the person's statement: said back with "you", they come out garbled ("professor, you were wondering")
function insideQuotes(original: string, index: number): boolean {
  let straight = 0;
  let curly = 0;
  for (let position = 0; position < index; position++) {
    const character = original[position];
    if (character === '"') straight++;
    else if (character === '\u201c') curly++;
    else if (character === '\u201d') curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

const QUOTE_OPENING = /["\u201c]/;
const SENTENCE_END = /[.!?]+\s+(?=\S)/g;

/** Where the last sentence in `whole` begins (0 when none ends inside it); one reused pattern, no copies. */
function lastSentenceEnd(whole: string): number {
  let last = 0;
  SENTENCE_END.lastIndex = 0;
  // every match is non-empty, so exec always moves on
  for (let end = SENTENCE_END.exec(whole); end !== null; end = SENTENCE_END.exec(whole))
    last = end.index + end[0].length;
  SENTENCE_END.lastIndex = 0;
  return last;
}

/**
 * First-person clauses of the utterance, each with how much it carries, so the policy can reflect
 * the one that matters most in the person's own words. Questions and clauses addressed to someone
 * are left out: said back, they would not be the person's statement.
 */
export function readStatements(prepared: Prepared): StatementObservation[] {
  const statements: StatementObservation[] = [];
  // no opening quote mark in the utterance: no clause can be inside quotes (skips a scan per clause)
  const quoted = QUOTE_OPENING.test(prepared.original);
  for (const clause of prepared.clauses) {
    const sentence = prepared.sentences.find(
      (segment) => segment.start <= clause.start && clause.end <= segment.end,
    );
    const after = prepared.original.slice(sentence?.end ?? clause.end, (sentence?.end ?? clause.end) + 2);
    if (after.includes('?') || /\?\s*$/.test(clause.text)) continue;
    // a clause never says back across a sentence end ("like a 9. Everyone in my year…" keeps the second
    // sentence): a reflection and a later summary would otherwise share a whole sentence (session rule 3)
    const whole = prepared.original.slice(clause.start, clause.end);
    const lastEnd = lastSentenceEnd(whole);
    const raw = whole.slice(lastEnd);
    const text = trimClause(raw);
    if (!FIRST_PERSON.test(text) || EMPTY.test(text) || addressesSomeone(text)) continue;
    const words = text.split(/\s+/).length;
    if ((words < 3 && !NEGATED_SHORT.test(text)) || words > 22) continue;
    const offset = raw.indexOf(text);
    const start = clause.start + lastEnd + Math.max(0, offset);
    if (quoted && insideQuotes(prepared.original, start)) continue;
    const heavy = text.match(HEAVY)?.length ?? 0;
    const weight = heavy * 2 + (NEGATION.test(text) ? 1 : 0) + Math.min(words, 12) / 12;
    const before = prepared.folded.slice(Math.max(sentence?.start ?? 0, clause.start - 6), clause.start);
    // ("been looking at jobs" with its "I" back; "because i had a breakdown" as the reason it is)
    // (and "its my title now" with its apostrophe: statement-contractions.ts)
    const mended = withContractions(madeWhole(text, start, prepared.original) ?? text);
    const madeWholeText = mended === text ? undefined : mended;
    statements.push({
      kind: 'statement',
      text,
      ...(madeWholeText === undefined ? {} : { whole: madeWholeText }),
      weight: Math.round(weight * 100) / 100,
      ...(/\bbut\s*$/.test(before) ? { joinedBy: 'but' as const } : {}),
      span: [start, start + text.length],
    });
  }
  return statements;
}
