/**
 * The safety part of session state, folded turn by turn from the client's observations (and,
 * when the caller has it, the client's text, to hear "I'm safe"). `stage` is what safety has to
 * say this turn; planSafety turns it into the crisis move's `phase`.
 */
import type { Observation, RiskObservation, RiskType } from '../spec/observation.ts';
import { saysNotSafe } from './asked-if-safe.ts';
import { confirmsRisk, saysSafe, yesLeadsOtherTalk } from './safe-statement.ts';

/** What the crisis move says this turn (the realizer phrases each; see README in src/safety). */
export const SAFETY_PHASES = [
  'initial',
  'still-at-risk',
  'safe-return',
  'moved-on',
  'third-person',
  'past',
  'end-check',
] as const;
export type SafetyPhase = (typeof SAFETY_PHASES)[number];

export type SafetyState = {
  phase: 'none' | 'crisis' | 'returned';
  lastRisk?: RiskObservation;
  /** Whether the end-of-session safety check is still owed. */
  checkOwed: boolean;
  /** This turn's safety stage; undefined when safety has nothing to say. */
  stage?: SafetyPhase;
  /** Whose risk the crisis path is about: the person, someone they know, or their history. */
  focus?: 'self' | 'other' | 'past';
  /** Client turns spent on the crisis path so far (a bound for any caller that wants one). */
  crisisTurns?: number;
  /** This turn asks the check-in once more: the yes before it led talk about something else. */
  clarifying?: boolean;
  /**
   * A therapist turn after the read said nothing of safety: another supporter, who saw the same words, answered
   * them as ordinary talk (src/session/safety-step-back.ts). Cleared by the next read, which starts a new state.
   */
  passedOver?: boolean;
  /**
   * The kind of possible risk the person answered the check-in "no" to. A further possible cue of that kind is met
   * with an ordinary reply and the line left open, not the same question again (re-asked, it reads as not believing
   * the answer); a clear one, or another kind, is asked about as before.
   */
  declined?: RiskType;
  /** The last therapist turn asked whether they are safe, so a "no" next is danger, not the all-clear (asked-if-safe.ts). */
  askedIfSafe?: boolean;
};

export const INITIAL_SAFETY_STATE: SafetyState = { phase: 'none', checkOwed: false };

// most urgent first: the resource order and the question follow the chosen risk
const URGENCY: readonly RiskType[] = ['medical-emergency', 'suicide', 'harm-to-others', 'self-harm', 'abuse'];

export function mostUrgent(risks: readonly RiskObservation[]): RiskObservation | undefined {
  return [...risks].sort(
    (left, right) =>
      Number(right.level === 'clear') - Number(left.level === 'clear') ||
      URGENCY.indexOf(left.type) - URGENCY.indexOf(right.type),
  )[0];
}

function crisisOn(
  state: SafetyState,
  risk: RiskObservation,
  focus: SafetyState['focus'],
  stage: SafetyPhase,
): SafetyState {
  return {
    phase: 'crisis',
    lastRisk: risk,
    checkOwed: true,
    stage,
    focus,
    crisisTurns: (state.crisisTurns ?? 0) + 1,
  };
}

/**
 * Folds one client turn. Pass `text` (the utterance) when you have it: without it only a plain
 * decline ("no") can end a crisis that was 'possible', and a clear one waits for the text.
 */
export function reduceSafety(
  previous: SafetyState,
  observations: readonly Observation[],
  text?: string,
): SafetyState {
  // asked once more last turn (a yes that led other talk): this answer settles it, no second re-ask
  const askedAgain = previous.clarifying === true;
  const state: SafetyState = askedAgain ? { ...previous, clarifying: undefined } : previous;
  const risks = observations.filter(
    (observation): observation is RiskObservation => observation.kind === 'risk',
  );
  const onSelfCrisis = state.phase === 'crisis' && state.focus !== 'other' && state.focus !== 'past';
  const current = mostUrgent(risks.filter((risk) => !risk.past && risk.about !== 'other'));
  if (
    current &&
    current.level === 'possible' &&
    state.phase === 'returned' &&
    state.declined === current.type
  )
    return {
      ...state,
      lastRisk: current,
      focus: 'self',
      stage: 'moved-on',
      passedOver: undefined,
      checkOwed: true,
    };
  if (current) return crisisOn(state, current, 'self', onSelfCrisis ? 'still-at-risk' : 'initial');
  const aboutOther = mostUrgent(risks.filter((risk) => !risk.past));
  const history = mostUrgent(risks);
  if (onSelfCrisis && (aboutOther || history))
    return crisisOn(state, state.lastRisk ?? (aboutOther ?? history)!, 'self', 'still-at-risk');
  if (aboutOther) return crisisOn(state, aboutOther, 'other', 'third-person');
  if (history) return crisisOn(state, history, 'past', 'past');

  if (state.phase === 'crisis') {
    // "Are you safe right now?" answered "no": still at risk, whoever the first read was about
    // (they said so themselves: a clear risk now, no longer a guess or someone else's)
    if (state.askedIfSafe && saysNotSafe(text)) {
      const { modelOnly: _guess, about: _whose, past: _when, ...risk } = state.lastRisk!;
      return crisisOn(state, { ...risk, level: 'clear' }, 'self', 'still-at-risk');
    }
    if (state.focus === 'past' && confirmsRisk(text, observations))
      return crisisOn(state, state.lastRisk!, 'self', 'still-at-risk');
    // about someone else or the past, nothing was asked of them about their own safety: they
    // moved on, never "said they were safe" (thanking them for it invents a statement)
    if (state.focus === 'other' || state.focus === 'past')
      return {
        ...state,
        phase: 'returned',
        stage: saysSafe(text, observations, true) ? 'safe-return' : 'moved-on',
      };
    // the learned reader's guess, asked about, answered "Yeah. I'd like to stop dreading every ticket.": the yes
    // may be to the talk; the question is asked once more, plainly, and the next answer settles it
    const guessed = state.lastRisk?.modelOnly === true && state.lastRisk.level === 'possible';
    if (guessed && !askedAgain && yesLeadsOtherTalk(text, observations))
      return {
        ...state,
        stage: 'still-at-risk',
        clarifying: true,
        crisisTurns: (state.crisisTurns ?? 0) + 1,
      };
    // after a clear statement a bare "no" is not enough: wait for the person to say they are safe
    const needExplicit = state.lastRisk?.level === 'clear';
    if (saysSafe(text, observations, needExplicit) && !confirmsRisk(text, observations))
      return {
        ...state,
        phase: 'returned',
        stage: 'safe-return',
        ...(state.lastRisk?.level === 'possible' ? { declined: state.lastRisk.type } : {}),
      };
    // a possible risk, the check-in asked, and the answer is only a request ("just give me a
    // step"): they have moved on, and the crisis path steps back with its line left open
    // (the end-of-session check stays owed); a clear risk still waits for "I'm safe"
    const asksOnly = observations.some(
      (observation) => observation.kind === 'request' && observation.type !== 'stop',
    );
    if (
      state.lastRisk?.level === 'possible' &&
      asksOnly &&
      !confirmsRisk(text, observations) &&
      !observations.some((observation) => observation.kind === 'emotion' || observation.kind === 'hedge')
    )
      return { ...state, phase: 'returned', stage: 'moved-on' };
    return { ...state, stage: 'still-at-risk', crisisTurns: (state.crisisTurns ?? 0) + 1 };
  }
  const stopping = observations.some(
    (observation) => observation.kind === 'request' && observation.type === 'stop',
  );
  if (stopping && state.checkOwed) return { ...state, checkOwed: false, stage: 'end-check' };
  return state.stage === undefined ? state : { ...state, stage: undefined };
}

/** True when a risk came up earlier and the end-of-session check has not been made yet. */
export function safetyCheckOwed(state: SafetyState): boolean {
  return state.checkOwed && state.phase !== 'crisis';
}

/** The state after the policy closes the session with its own end-check (not a client stop). */
export function markSafetyCheckDone(state: SafetyState): SafetyState {
  return { ...state, checkOwed: false };
}
