/**
 * Risk detection: suicide, self-harm, harm to others, abuse and medical emergencies, said
 * directly, indirectly, through behaviour, in slang or misspelt. Pure, fast, never throws.
 *
 * Decisions (see docs/decisions/risk-detection.md):
 * - Negated self-statements ("I'm not suicidal, just tired", "I'd never kill myself") raise no
 *   observation; `findRiskHits` still reports them with `negated: true` so the safety
 *   follow-up can read them as "I'm safe". Other risk words in the same utterance still count.
 * - History ("I tried years ago, I'm OK now") is `past: true` at level 'possible'.
 * - Someone else's risk ("my friend wants to die") is `about: 'other'`.
 * - Hedges and jokes ("kms lol", "sometimes I wish I was dead") keep level 'possible'.
 * - Only the first 10,000 characters are read (RISK_MAX_CHARS).
 */
import type { RiskObservation } from '../spec/observation.ts';
import { createKeywordScanner } from './keyword-scan.ts';
import { matchesOf } from './matches.ts';
import { requiredLiterals } from './required-literals.ts';
import {
  aboutFromSubject,
  aboutFromVictim,
  findSubjects,
  isFiction,
  isHedged,
  isNegated,
  isPast,
  type SubjectPositions,
} from './risk-context.ts';
import {
  clauseAround,
  clausesOf,
  type FoldedText,
  foldForRisk,
  originalSpan,
  type Piece,
  splitSentencePieces,
} from './risk-normalize.ts';
import type { RiskRule } from './risk-rule.ts';
import { OTHERS_RULES } from './risk-rules-others.ts';
import { SELF_RULES } from './risk-rules-self.ts';

const RULES: readonly RiskRule[] = [...SELF_RULES, ...OTHERS_RULES];
// most utterances hold none of a rule's required words: one scan of the text skips those rules
const RULE_GATE = createKeywordScanner(RULES.map((rule) => requiredLiterals(rule.pattern)));

/** A risk match with what the detector knows about it; `negated` hits are not observations. */
export type RiskHit = RiskObservation & { rule: string; negated: boolean };

// how far around a match an idiom or accident cue may sit and still explain it away
const UNLESS_BEFORE = 40;
const UNLESS_AFTER = 60;

export function findRiskHits(text: string): RiskHit[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return collectHits(text);
  } catch {
    // a detector bug must never take a turn down; an empty answer is the safe failure here
    // because understanding runs again on the next turn
    return [];
  }
}

/**
 * What the checks read about one sentence, worked out once for all the matches in it: a pasted
 * page can hold hundreds of matches in a single sentence, and rereading the sentence for each
 * of them made that case quadratic.
 */
type SentenceContext = {
  sentence: Piece;
  folded: FoldedText;
  clauses?: Piece[];
  hedged?: boolean;
  fiction?: boolean;
  past: { [pastForm: string]: boolean };
  subjects?: SubjectPositions;
};

function collectHits(text: string): RiskHit[] {
  const folded = foldForRisk(text);
  const live = RULE_GATE.scan(folded.text);
  if (!live.includes(1)) return [];
  const hits: RiskHit[] = [];
  const sentences = splitSentencePieces(folded.text);
  for (const sentence of sentences) {
    // a rule runs on a sentence only when its words are in that sentence (one more pass, no regex)
    const liveHere = sentences.length === 1 ? live : RULE_GATE.scan(sentence.text);
    const context: SentenceContext = { sentence, folded, past: {} };
    for (let index = 0; index < RULES.length; index += 1) {
      if (liveHere[index] === 0) continue;
      const rule = RULES[index];
      for (const match of matchesOf(rule.pattern, sentence.text)) {
        const hit = readMatch(rule, match, context);
        if (hit) hits.push(hit);
      }
    }
  }
  return hits.sort((left, right) => left.span[0] - right.span[0] || right.span[1] - left.span[1]);
}

function isFictionSentence(context: SentenceContext): boolean {
  context.fiction ??= isFiction(context.sentence.text);
  return context.fiction;
}

function isHedgedSentence(context: SentenceContext): boolean {
  context.hedged ??= isHedged(context.sentence.text);
  return context.hedged;
}

function readMatch(
  rule: RiskRule,
  match: RegExpExecArray | RegExpMatchArray,
  context: SentenceContext,
): RiskHit | undefined {
  const { sentence, folded } = context;
  const localStart = match.index ?? 0;
  const localEnd = localStart + match[0].length;
  if (rule.unless) {
    const window = sentence.text.slice(Math.max(0, localStart - UNLESS_BEFORE), localEnd + UNLESS_AFTER);
    if (window.search(rule.unless) >= 0) return undefined;
  }
  if (rule.requires && folded.text.search(rule.requires) < 0) return undefined;
  const start = sentence.start + localStart;
  const end = sentence.start + localEnd;
  context.clauses ??= clausesOf(sentence);
  const clause = clauseAround(sentence, start, context.clauses);
  const pastKey = String(rule.pastForm);
  context.past[pastKey] ??= isPast(sentence.text, folded.text, rule.pastForm);
  const past = context.past[pastKey];
  // "I haven't cut myself since 2019" is history, not a denial
  const negated = rule.negatable && !past && isNegated(folded.text.slice(clause.start, start));
  let about: 'self' | 'other';
  if (rule.whose === 'victim') about = aboutFromVictim(match.groups?.victim);
  else {
    context.subjects ??= findSubjects(sentence.text);
    about = aboutFromSubject(match[0], sentence.text, localStart, context.subjects);
  }
  if (about === 'other' && isFictionSentence(context)) return undefined;
  const level = past || isHedgedSentence(context) ? 'possible' : rule.level;
  const hit: RiskHit = {
    kind: 'risk',
    type: rule.type,
    level,
    span: originalSpan(folded, start, end),
    rule: rule.id,
    negated,
  };
  if (about === 'other') hit.about = 'other';
  if (past) hit.past = true;
  return hit;
}

/** Drops a hit when another of the same type covers it (keeping the clearer, wider one). */
function dedupe(hits: RiskHit[]): RiskHit[] {
  const kept: RiskHit[] = [];
  for (const hit of hits) {
    const twin = kept.find(
      (other) =>
        other.type === hit.type &&
        other.about === hit.about &&
        other.past === hit.past &&
        other.span[0] < hit.span[1] &&
        hit.span[0] < other.span[1],
    );
    if (!twin) {
      kept.push(hit);
      continue;
    }
    if (twin.level === 'possible' && hit.level === 'clear') twin.level = 'clear';
    if (hit.span[0] < twin.span[0]) twin.span = [hit.span[0], twin.span[1]];
    if (hit.span[1] > twin.span[1]) twin.span = [twin.span[0], hit.span[1]];
  }
  return kept;
}

/**
 * Finds risk statements in an utterance. Pure; when unsure, level 'possible'.
 * @example detectRisk("I've been saving up pills") // [{ kind: 'risk', type: 'suicide', level: 'clear', span: [5, 25] }]
 */
export function detectRisk(text: string): RiskObservation[] {
  const live = findRiskHits(text).filter((hit) => !hit.negated);
  return dedupe(live).map(({ rule: _rule, negated: _negated, ...observation }) => observation);
}
