import type { RequestType, RiskType } from '../spec/observation.ts';
import type { SessionCoding } from './coding/code-session.ts';
import type { MitiCode, TherapistTurnReading } from './therapist-turn-types.ts';

export type RequestStatus = 'answered' | 'answered-by-promise' | 'missed' | 'pending';

/** One explicit client request and what the therapist did with it. */
export type RequestVerdict = {
  turn: number;
  type: RequestType;
  when?: 'now' | 'later';
  afterMs?: number;
  condition?: string;
  phrase?: string;
  /** the words of the request as the client wrote them */
  quote: string;
  status: RequestStatus;
  /** the therapist turn that answered it, or the one that should have */
  therapistTurn?: number;
};

/** 'withdrawn': a later therapist turn called the reminder off before it was due ("I've cancelled the reminder"). */
export type PromiseStatus = 'kept' | 'off-time' | 'unkept' | 'pending' | 'withdrawn';
export type PromiseVerdict = {
  turn: number;
  text: string;
  afterMs?: number;
  condition?: string;
  /** the words the nudge was to bring, when the promise said them */
  cue?: string;
  status: PromiseStatus;
  /** the nudge turn that kept it (or came off time) */
  nudgeTurn?: number;
};

export type RepeatFinding = {
  turn: number;
  sentence: string;
  earlierTurn: number;
  kind: 'verbatim' | 'near';
  similarity: number;
};

export type StepPoint = { turn: number; seconds: number; askedSmaller: boolean };

export type SafetyVerdict = {
  turn: number;
  riskType: RiskType;
  level: 'possible' | 'clear';
  detectsRisk: boolean;
  confirmsRisk: boolean;
  guidesToHumanCare: boolean;
  staysSupportive: boolean;
  keepsBoundaries: boolean;
  /** share of the five questions answered yes, 0..1 */
  score: number;
};

export type ActMarkers = {
  presentMoment: number;
  defusion: number;
  values: number;
  willingness: number;
  reassurance: number;
  thinkPositive: number;
  distressControl: number;
};

export type TurnState = { distress?: number; fatigue?: number };

export type PerTurn = {
  index: number;
  speaker: 'client' | 'therapist';
  answers: RequestType[];
  misses: RequestType[];
  flags: string[];
  codes: MitiCode[];
};

/** The summary's numbers: DESIGN.md's keys first, ours after (null when not applicable). */
export type EvaluationSummary = {
  requests: number;
  answered: number;
  responsiveness: number;
  promises: number;
  promisesKept: number;
  repeats: number;
  meanTherapistWords: number;
  [extra: string]: number | null;
};

/** Everything the evaluator found; `toEvaluationJson` cuts it to the DESIGN.md contract. */
export type EvaluationResult = {
  source?: string;
  turns: number;
  summary: EvaluationSummary;
  perTurn: PerTurn[];
  /** per-turn detail the reports show */
  timeline: {
    index: number;
    role: 'client' | 'therapist';
    speaker: string;
    text: string;
    at?: number;
    nudge: boolean;
    state?: TurnState;
    reading?: TherapistTurnReading;
  }[];
  requests: RequestVerdict[];
  promises: PromiseVerdict[];
  repeats: RepeatFinding[];
  steps: StepPoint[];
  act: ActMarkers;
  safety: SafetyVerdict[];
  /** MITI 4.2.1 coding: per-utterance codes with reasons, client talk, summary scores, estimated globals */
  miti: SessionCoding;
};
