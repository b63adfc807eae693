import type { Move } from '../spec/move.ts';
import type { Observation, RiskObservation } from '../spec/observation.ts';
import { DEFAULT_SAFETY_CONFIG, regionResources, type SafetyConfig } from './config.ts';
import { resourcesFor } from './resources.ts';
import { reduceSafety, type SafetyPhase, type SafetyState } from './state.ts';

export type SafetyPlan = { moves: Move[]; exclusive: boolean };

export type PlanSafetyOptions = {
  /** the deployer's resources (load with loadSafetyConfig); the built-in ones otherwise */
  config?: SafetyConfig;
  /** the client's utterance, used only if `state` has not been folded with this turn yet */
  text?: string;
};

function sameRisk(left: RiskObservation | undefined, right: RiskObservation): boolean {
  return (
    left !== undefined &&
    left.type === right.type &&
    left.span[0] === right.span[0] &&
    left.span[1] === right.span[1]
  );
}

/**
 * Safety's part of the plan for this turn, from the state already folded with this turn's
 * observations (reduceSafety). `exclusive` means the policy sends these moves alone: on any
 * risk the plan is the crisis move and nothing else. A state not yet folded with a risk in
 * `observations` is folded here, so a risk is never missed.
 * @example planSafety(reduceSafety(INITIAL_SAFETY_STATE, risky), risky, 'en-US').moves[0].type === 'crisis'
 */
export function planSafety(
  state: SafetyState,
  observations: readonly Observation[],
  locale: string,
  options: PlanSafetyOptions = {},
): SafetyPlan {
  const risks = observations.filter(
    (observation): observation is RiskObservation => observation.kind === 'risk',
  );
  const folded =
    risks.length > 0 && !risks.some((risk) => sameRisk(state.lastRisk, risk))
      ? reduceSafety(state, observations, options.text)
      : state;
  const stage = folded.stage;
  const risk = folded.lastRisk;
  if (stage === undefined || risk === undefined) return { moves: [], exclusive: false };
  const move = crisisMove(risk, stage, locale, options.config ?? DEFAULT_SAFETY_CONFIG);
  if (folded.clarifying && stage === 'still-at-risk' && move.type === 'crisis') move.clarify = true;
  if (stage === 'end-check') return { moves: [move], exclusive: false };
  // back from the crisis: the return is gentle unless the person has asked for something too
  // moved on to a request: the line is left open beside the answer, never alone
  // passed over by the supporter and then by the person: the read was ordinary talk, and no tail follows it; a
  // "nah" then answered the supporter's question, not one about safety ("Thank you for telling me you're safe"
  // after "nah if i drop it mid thats my name on it", v16)
  if ((stage === 'moved-on' || stage === 'safe-return') && folded.passedOver)
    return { moves: [], exclusive: false };
  if (stage === 'moved-on') return { moves: [move], exclusive: false };
  // a plain "no" to the check-in of a possible risk: the lines came with the question (or the worry was a
  // guess), and reading them out again after the no sounds unheard; a clear risk keeps them with its return
  if (
    stage === 'safe-return' &&
    risk.level === 'possible' &&
    folded.focus === 'self' &&
    move.type === 'crisis'
  )
    move.resources = [];
  if (stage === 'safe-return') {
    const asked = observations.some((observation) => observation.kind === 'request');
    return { moves: [move], exclusive: !asked };
  }
  return { moves: [move], exclusive: true };
}

function crisisMove(risk: RiskObservation, phase: SafetyPhase, locale: string, config: SafetyConfig): Move {
  const move: Move = {
    type: 'crisis',
    riskType: risk.type,
    level: risk.level,
    resources: resourcesFor(locale, config, risk.type),
    phase,
  };
  // nowhere known (a plain "en" session, no region cue, no configured default country): no US line leads
  if (regionResources(locale, config) === config.regions.default) move.unplaced = true;
  // the learned reader's guess alone ("now i am scared to touch it", a visa form): the direct question in
  // their words is the check-in; a crisis line read out to someone dreading a form reads as not listening
  // (blind-rated judge v10), and a yes brings the full crisis reply with the lines. Set on 'still-at-risk'
  // too: with nothing asked yet it becomes a first check-in (firstTimeWhenUnasked); the realizer reads
  // `gentle` on a first check-in only, so a worry kept after our question still hears the lines. On
  // 'moved-on' it tells the policy the worry was a guess, so the door is left open without a line
  if (
    (phase === 'initial' || phase === 'still-at-risk' || phase === 'moved-on') &&
    risk.level === 'possible' &&
    risk.modelOnly &&
    risk.about !== 'other'
  )
    move.gentle = true;
  return move;
}

/** The end-of-session check as a move, for a policy that closes on its own (time, turn limit). */
export function safetyCheckMove(
  state: SafetyState,
  locale: string,
  config: SafetyConfig = DEFAULT_SAFETY_CONFIG,
): Move {
  const riskType = state.lastRisk?.type ?? 'suicide';
  return {
    type: 'crisis',
    riskType,
    level: 'possible',
    resources: resourcesFor(locale, config, riskType),
    phase: 'end-check',
    ...(regionResources(locale, config) === config.regions.default ? { unplaced: true } : {}),
  };
}
