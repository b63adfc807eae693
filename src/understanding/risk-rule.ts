import type { RiskType } from '../spec/observation.ts';
import { compilePattern } from './risk-lexicon.ts';

/**
 * One risk rule: a pattern over folded text and what a match means. Rules are deliberately
 * specific (an object, a reflexive, a life-shaped word) so idioms miss them; the idioms that
 * still collide are listed in `unless`.
 */
export type RiskRule = {
  id: string;
  type: RiskType;
  level: 'clear' | 'possible';
  pattern: RegExp;
  /**
   * Whose risk: 'subject' looks for the nearest subject before the match ("my friend wants to
   * die" → other); 'victim' reads the named group `victim` ("my partner hits me" → self).
   */
  whose: 'subject' | 'victim';
  /** false when the rule's own words carry the negation ("I don't want to wake up"). */
  negatable: boolean;
  /** when this matches the clause around a match, the match is an idiom or an accident. */
  unless?: RegExp;
  /** the whole utterance must also match this (context that makes an elliptic phrase risky). */
  requires?: RegExp;
  /** the rule describes something that already happened ("I tried", "I took"), so history cues apply. */
  pastForm: boolean;
};

type RuleInput = {
  id: string;
  type: RiskType;
  level: 'clear' | 'possible';
  pattern: string;
  whose?: 'subject' | 'victim';
  negatable?: boolean;
  unless?: string;
  requires?: string;
  pastForm?: boolean;
};

export function defineRules(inputs: readonly RuleInput[]): RiskRule[] {
  return inputs.map((input) => ({
    id: input.id,
    type: input.type,
    level: input.level,
    pattern: compilePattern(input.pattern),
    whose: input.whose ?? 'subject',
    negatable: input.negatable ?? true,
    unless: input.unless === undefined ? undefined : compilePattern(input.unless),
    requires: input.requires === undefined ? undefined : compilePattern(input.requires),
    pastForm: input.pastForm ?? false,
  }));
}
