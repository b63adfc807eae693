/**
 * The learned readers: a small linear model (model/) reads risk, request types and progress
 * beside the rules. Each is its own reader, so a failure loses only its own output; they never
 * see the rule readers' observations. Operating points were chosen by cross-validation on the
 * training data (scripts/train-understanding.ts), never on a blind set.
 */
import type { Observation, RequestObservation, RequestType, RiskType } from '../spec/observation.ts';
import { withClockTimes } from './clock-requests.ts';
import { formsOf, mayNegateAny, mayReportSomeone } from './language-hints.ts';
import { featureRowsOf } from './model/feature-rows.ts';
import { type FeatureRows, type HeadScores, scoreHead } from './model/linear-model.ts';
import { understandingModel } from './model/load-model.ts';
import { everydayFearAtStake, letGoFromWork } from './model/risk-everyday-fears.ts';
import { opensDisclosureFrame, opensRiskFrame } from './model/risk-frames.ts';
import { kindOfHurt } from './model/risk-kind-of-hurt.ts';
import { holdsWeakRiskCue, RISK_MODEL_WEAK_CUE_THRESHOLD } from './model/risk-weak-cues.ts';
import { riskGateOf, riskWordsOnlyInIdioms } from './model/risk-words.ts';
import { mayBeAboutSomeoneElse } from './person-subject.ts';
import type { Reader, ReaderContext, Reading } from './reader.ts';
import { modelRequestDoubted } from './request-model-doubts.ts';
import { saidOtherwise } from './risk-said-otherwise.ts';

/**
 * The three gate thresholds (round 5) were chosen on a model trained without data/blind/understanding-v4
 * (TRAIN_HOLD_OUT=blind-v4), scored on v4 and on 1,264 real-style client turns (data/blind/realism*,
 * conversations-v*): 0.5/0.8/0.98 read v4 risk 77.0% with 27 turns flagged (about 12 of them ordinary);
 * 0.3/0.9/0.95 read 78.4% with 29 (about 13); 0.3/0.9/0.9 80.3% with 37 (about 21); 0.4/0.8/0.9, the
 * cross-validated choice, 80.8% with 40. The ungated cut is the costly one: below 0.95 it speaks on
 * "gonna try and sleep now", "i have not told my wife". docs/notes/round-2026-12-06-r5-understanding.md.
 *
 * The model speaks of risk at this probability and above, and only with a risk word present.
 */
export const RISK_MODEL_THRESHOLD = 0.3;
/**
 * Without a risk word it speaks only when nearly sure: "i just don't wanna do life anymore",
 * "tonight. i've decided." carry no word the gate knows. The model is overconfident on ordinary
 * chat ("i have adhd so everything takes me 3x longer" scored 1.00 before the third writer's set).
 * Round 14 trained on v17–v24 too and measured the bars leave-one-set-out over v20–v23
 * (scripts/eval-risk-operating-point.ts, scripts/sweep-risk-bars.ts). The larger model is surer on ordinary
 * talk and less sure of some disclosures: at 0.95 it read 621 of 687 (the round-13 model 625) with near-miss
 * flags 54 of 555 (68) and real-style client turns flagged 246 of 7,976 (273). 0.9 reads 628 with flags on
 * ordinary at 6 of 776 (as before), near misses 54, real-style turns 281. 0.85 read 632 but flagged 320
 * real-style turns, nearly all everyday ("its on the side in the kitchen"), and the level head as a second
 * opinion did not tell them apart.
 */
export const RISK_MODEL_UNGATED_THRESHOLD = 0.9;
/**
 * With only everyday risk words ("live", "scared", "nobody", "hurting") the model speaks from this
 * probability: on real-style client turns it raised check-ins on "i live alone", "scared they'll tell me
 * it's bad", "i am afraid they will think i am weak" at 0.5–0.9. Round 6 (scripts/eval-risk-thresholds.ts,
 * this model and the round-5 rules, both never fitted to understanding-v5/v6): 0.9 → 0.75 reads 2 more of
 * 312 risk items (87.8 → 88.5%) with flags on ordinary unchanged at 4 of 319 and 64 → 68 of 1,934 real-style
 * turns; 0.7, or any lower gated or ungated bar, adds a flag on ordinary (5 of 319, over the 1.5% budget).
 */
export const RISK_MODEL_WEAK_GATE_THRESHOLD = 0.75;
/**
 * A frame of disclosure with no risk word (risk-frames.ts: absence, survival, an ending, a means or a place)
 * is a narrower net than "scared" or "live": round 13 measured, on v17–v20 (sets the model never trained
 * on), the framed disclosures the 0.75 bar dropped at 0.4–0.75 against the framed ordinary and near-miss
 * messages there (2, near misses).
 * Round 14 (the model trained on v17–v24 too, leave-one-set-out over v20–v23): 0.4 → 0.3 changed no labelled
 * figure and no real-style turn, and keeps "honestly i'm not going back after sunday" (0.32) asked about.
 * Round 15 (the model trained on v1–v26 and the r15 risk writers' sets, leave-one-set-out over v24–v26): 0.3 → 0.2
 * changed no labelled figure and no real-style turn, and keeps "honestly i'm not going back after sunday" (now 0.22)
 * asked about.
 */
export const RISK_MODEL_FRAME_THRESHOLD = 0.2;
/**
 * Someone else's risk ("my brother keeps saying he'll end it"): a kind question, never a crisis.
 * Round 15: the model retrained on the r15 writers' sets put "my nan keeps telling everyone she would be better
 * off dead" at 0.593; 0.6 → 0.55 changed no figure on v24–v27 (risk recall, someone else's risk read as own).
 */
const OTHER_MODEL_THRESHOLD = 0.55;
/**
 * A request type is added when its probability reaches its cross-validated threshold and at least
 * this: real people ask in about 1 turn in 100, far fewer than in the training sets, so the bar is high.
 */
const REQUEST_MODEL_FLOOR = 0.5;
const PROGRESS_MODEL_THRESHOLD = 0.85;

type Scored = { features: FeatureRows; span: [number, number] };

// the three learned readers share one featurisation of the turn
const scoredByContext = new WeakMap<ReaderContext, Scored | undefined>();

function scoredText(context: ReaderContext): Scored | undefined {
  if (scoredByContext.has(context)) return scoredByContext.get(context);
  const scored = featurise(context);
  scoredByContext.set(context, scored);
  return scored;
}

function featurise(context: ReaderContext): Scored | undefined {
  const text = context.text;
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const end = text.trimEnd().length;
  const model = understandingModel();
  if (!model) return undefined;
  // each feature is looked up once; the heads then read the same rows
  return { features: featureRowsOf(model, text), span: [start, end] };
}

function head(name: string, features: FeatureRows): HeadScores | undefined {
  const model = understandingModel();
  return model ? scoreHead(model, name, features) : undefined;
}

function best(scores: HeadScores): { label: string; probability: number } {
  let index = 0;
  for (let label = 1; label < scores.probabilities.length; label++)
    if (scores.probabilities[label] > scores.probabilities[index]) index = label;
  return { label: scores.labels[index], probability: scores.probabilities[index] };
}

/** The risk reader's operating point; scripts/eval-risk-thresholds.ts sweeps it on held-out sets. */
export type RiskModelThresholds = {
  gated: number;
  weakGate: number;
  ungated: number;
  /** A wider gate to measure: where it holds, a turn with no risk word is read as a weak-gate one. */
  widerGate?: (folded: string) => boolean;
  /** The bar on a turn a frame of absence, survival or an ending opened (default: the weak gate's). */
  frameGate?: number;
  /** Which opened turns take the frame bar. */
  lowerFrame?: (folded: string) => boolean;
  /** The bar on a turn with no risk word but a weak cue of hopelessness (risk-weak-cues.ts). */
  weakCue?: number;
};
const SHIPPED_THRESHOLDS: RiskModelThresholds = {
  gated: RISK_MODEL_THRESHOLD,
  weakGate: RISK_MODEL_WEAK_GATE_THRESHOLD,
  ungated: RISK_MODEL_UNGATED_THRESHOLD,
  // a frame of disclosure with no risk word (absence, survival, an ending, a means) opens the weak gate
  widerGate: opensRiskFrame,
  frameGate: RISK_MODEL_FRAME_THRESHOLD,
  lowerFrame: opensDisclosureFrame,
  weakCue: RISK_MODEL_WEAK_CUE_THRESHOLD,
};

/** The learned risk probability of the turn (no gate), or undefined when the model is not there. */
export function modelRiskProbability(context: ReaderContext): number | undefined {
  const scored = scoredText(context);
  return scored ? head('risk', scored.features)?.probabilities[0] : undefined;
}

function readRiskModel(context: ReaderContext, thresholds = SHIPPED_THRESHOLDS): Reading[] {
  const ruleGate = riskGateOf(context.prepared.folded);
  if (ruleGate === 'none' && riskWordsOnlyInIdioms(context.prepared.folded)) return [];
  const framed = ruleGate === 'none' && thresholds.widerGate?.(context.prepared.folded) === true;
  const gate = framed ? 'weak' : ruleGate;
  const framedLower = framed && thresholds.lowerFrame?.(context.prepared.folded) === true;
  const weakBar = framedLower ? (thresholds.frameGate ?? thresholds.weakGate) : thresholds.weakGate;
  // a frame of disclosure may speak below the gated bar (round 15: the frame bar is under it)
  const speakBar = framedLower ? Math.min(thresholds.gated, weakBar) : thresholds.gated;
  if (gate === 'weak' && everydayFearAtStake(context.prepared.folded)) return [];
  if (gate === 'none' && letGoFromWork(context.prepared.folded)) return [];
  const scored = scoredText(context);
  if (!scored) return [];
  const risk = head('risk', scored.features)?.probabilities[0] ?? 0;
  // a weak cue of hopelessness ("giving up on life", "no way out") lets the model speak as a second opinion
  const ungatedBar = holdsWeakRiskCue(context.prepared.folded)
    ? (thresholds.weakCue ?? thresholds.ungated)
    : thresholds.ungated;
  if (gate === 'none' && risk < ungatedBar) return [];
  if (gate === 'weak' && risk < weakBar && risk >= speakBar) return [];
  // the type is scored only when a reading is reported (most turns report none)
  const riskType = () => {
    const type = head('riskType', scored.features);
    return kindOfHurt(context.prepared.folded, (type ? best(type).label : 'suicide') as RiskType);
  };
  const other = () => head('other', scored.features)?.probabilities[0] ?? 0;
  // the whole turn said in another sense, as the rules read it: one's own funeral laughed off or in a health scare
  // ("who would even turn up lol": the model trained on v17–v24 read 0.95 with no risk word), a screening
  // question answered no (risk-said-otherwise.ts)
  const folded = context.prepared.folded;
  if (risk >= speakBar && saidOtherwise(folded, folded, 0, folded.length, context.earlier)) return [];
  if (risk >= speakBar) {
    // the model alone never declares a crisis: it asks the direct question, and the answer settles it
    const observation: Observation = { kind: 'risk', type: riskType(), level: 'possible', span: scored.span };
    // a guess on everyday words only ("scared", "live", or none): merge-readings drops it where a rule heard the
    // same risk, so a kept one is the model's alone. With a strong word ("ending it tonight thats the plan, car
    // and hosepipe", which no rule read) it is no guess, and the check-in keeps its lines
    if (gate !== 'strong') observation.modelOnly = true;
    // "my dad collapsed and he's not breathing right": risky words, someone else's risk; the other
    // head says so only where a person is named (round 4: 10 of 20 such dev messages were read as own)
    if (mayBeAboutSomeoneElse(context.text) && other() >= OTHER_MODEL_THRESHOLD) observation.about = 'other';
    return [{ observation, confidence: risk }];
  }
  if (other() >= OTHER_MODEL_THRESHOLD) {
    const observation: Observation = {
      kind: 'risk',
      type: riskType(),
      level: 'possible',
      span: scored.span,
      about: 'other',
    };
    return [{ observation, confidence: other() }];
  }
  return [];
}

// "please don't nudge me", "my boss said he'd remind me": a bag of words cannot see these, the analysis can
export const REQUEST_VERBS = new Set([
  'nudge',
  'remind',
  'ping',
  'text',
  'message',
  'check',
  'tell',
  'give',
  'make',
  'stop',
  'explain',
  'help',
  'say',
  'break',
  'pause',
  'push',
  'poke',
]);

export const REQUEST_VERB_FORMS = formsOf(REQUEST_VERBS);

function requestTakenBack(context: ReaderContext): boolean {
  // with no reporting verb, and no negation beside a request verb, the analysis can find neither: no parse
  const negatedRequest = mayNegateAny(context.text, REQUEST_VERB_FORMS);
  if (!negatedRequest && !mayReportSomeone(context.text)) return false;
  const analysis = context.language();
  if (analysis.clauses.some((clause) => clause.reportedBy === 'third')) return true;
  return analysis.tokens.some((token) => token.negated && REQUEST_VERBS.has(token.lemma));
}

function readRequestModel(context: ReaderContext): Reading[] {
  const scored = scoredText(context);
  if (!scored) return [];
  const scores = head('request', scored.features);
  if (!scores) return [];
  const readings: Reading[] = [];
  // the analysis is asked only when the model has something to say
  const heard = scores.probabilities.some(
    (probability, index) => probability >= Math.max(REQUEST_MODEL_FLOOR, scores.thresholds?.[index] ?? 0.5),
  );
  if (!heard || requestTakenBack(context)) return [];
  scores.labels.forEach((label, index) => {
    const probability = scores.probabilities[index];
    const threshold = Math.max(REQUEST_MODEL_FLOOR, scores.thresholds?.[index] ?? 0.5);
    if (probability < threshold) return;
    const type = label as RequestType;
    if (modelRequestDoubted(type, context.prepared.folded)) return;
    const observation: Observation = { kind: 'request', type, span: scored.span };
    if (type === 'nudge' || type === 'pause') {
      const duration = context.durations()[0];
      if (duration) observation.afterMs = duration.ms;
    }
    if (type === 'nudge') observation.when = observation.afterMs === undefined ? 'now' : 'later';
    readings.push({ observation, confidence: probability });
  });
  // nothing heard: no durations, no clock times to look for (withClockTimes of nothing is nothing)
  if (readings.length === 0) return [];
  const timed = withClockTimes(
    readings.map((reading) => reading.observation as RequestObservation),
    context.prepared.folded,
    context.durations(),
    context.earlier,
  );
  return readings.map((reading, index) => ({ ...reading, observation: timed[index] }));
}

function readProgressModel(context: ReaderContext): Reading[] {
  const scored = scoredText(context);
  if (!scored) return [];
  const scores = head('progress', scored.features);
  if (!scores) return [];
  const { label, probability } = best(scores);
  if (label === 'none' || probability < PROGRESS_MODEL_THRESHOLD) return [];
  const status = label as 'done' | 'partial' | 'not-done';
  return [
    {
      observation: { kind: 'progress', status, discounting: false, span: scored.span },
      confidence: probability,
    },
  ];
}

/** The risk-model reader at another operating point (for the sweep only; the shipped one is in MODEL_READERS). */
export function riskModelReaderAt(thresholds: RiskModelThresholds): Reader {
  return {
    name: 'risk-model',
    source: 'model',
    kinds: ['risk'],
    read: (context) => readRiskModel(context, thresholds),
  };
}

export const MODEL_READERS: readonly Reader[] = [
  { name: 'risk-model', source: 'model', kinds: ['risk'], read: readRiskModel },
  { name: 'request-model', source: 'model', kinds: ['request'], read: readRequestModel },
  { name: 'progress-model', source: 'model', kinds: ['progress'], read: readProgressModel },
];
