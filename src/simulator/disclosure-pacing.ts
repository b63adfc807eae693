import type { TurnSituation } from './choose-words.ts';
import type { Disclosure, Persona } from './persona-schema.ts';

/**
 * No risk (not even its hint) and no real worry (depth 3) before this turn: "sometimes I think it'd
 * be easier if I wasn't around" as the third message, before the subject was set up, read to blind
 * raters as a test case (round 8). People say what is going on first; the worst comes later.
 */
export const WORST_NOT_BEFORE = 5;

/**
 * What a client holds back and when it comes out: each disclosure once, not before its turn,
 * once trust is high enough and its trigger (an accurate reflection, an open question) has
 * happened; a risk that is only said after being asked twice is hinted at first and deflected
 * the first time it is asked about.
 */
export class DisclosurePacing {
  readonly #persona: Persona;
  readonly #disclosed = new Set<Disclosure>();
  #riskAsks = 0;
  #hinted = false;

  constructor(persona: Persona) {
    this.#persona = persona;
  }

  /** The therapist asked straight out about risk. */
  askedAboutRisk(): void {
    this.#riskAsks += 1;
  }

  /**
   * The first held-back disclosure whose moment has come, marked as said; may set the
   * situation's hint or deflection instead.
   */
  due(situation: TurnSituation, trust: number, askedAboutRiskNow: boolean): Disclosure | undefined {
    for (const disclosure of this.#persona.disclosures) {
      const worst = disclosure.risk !== undefined || disclosure.depth >= 3;
      const notBefore = worst ? Math.max(disclosure.notBefore, WORST_NOT_BEFORE) : disclosure.notBefore;
      if (this.#disclosed.has(disclosure) || situation.turn < notBefore) continue;
      if (disclosure.trigger === 'asked-twice') {
        if (!this.#hinted) {
          this.#hinted = true;
          situation.risk = disclosure.hint ? undefined : 'hint';
          if (disclosure.hint) situation.disclosure = disclosure.hint;
          return undefined;
        }
        if (this.#riskAsks >= 2) return this.#said(disclosure);
        if (askedAboutRiskNow) situation.risk = 'deflect';
        return undefined;
      }
      if (trust < disclosure.trust) continue;
      const triggered =
        disclosure.trigger === 'any' ||
        (disclosure.trigger === 'reflection' && situation.felt === 'heard') ||
        (disclosure.trigger === 'open-question' && situation.askedOpen);
      if (triggered) return this.#said(disclosure);
    }
    return undefined;
  }

  #said(disclosure: Disclosure): Disclosure {
    this.#disclosed.add(disclosure);
    return disclosure;
  }
}
