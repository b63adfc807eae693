/** Character offsets [start, end) in the utterance. */
export type Span = [start: number, end: number];

export const REQUEST_TYPES = [
  'concrete',
  'smaller',
  'nudge',
  'cue',
  'pause',
  'next',
  'explain',
  'stop',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const BODY_PARTS = [
  'head',
  'face',
  'jaw',
  'throat',
  'neck',
  'shoulders',
  'chest',
  'stomach',
  'back',
  'arms',
  'hands',
  'fingers',
  'legs',
  'feet',
  'breath',
  'whole-body',
] as const;
export type BodyPart = (typeof BODY_PARTS)[number];

export const RISK_TYPES = ['suicide', 'self-harm', 'harm-to-others', 'abuse', 'medical-emergency'] as const;
export type RiskType = (typeof RISK_TYPES)[number];

export const TASK_DOMAINS = ['code', 'email', 'writing', 'study', 'chores', 'call', 'other'] as const;
export type TaskDomain = (typeof TASK_DOMAINS)[number];

export type RequestObservation = {
  kind: 'request';
  type: RequestType;
  when?: 'now' | 'later';
  afterMs?: number;
  /**
   * Extension (optional): a wall-clock time 'HH:MM' (24-hour) in the person's own time zone —
   * "at 3pm" → '15:00'. The session resolves it to an instant through the Clock and the
   * person's zone (understanding/clock-times.ts resolveAtClock). docs/decisions/clock-times.md.
   */
  atClock?: string;
  condition?: string;
  phrase?: string;
  span: Span;
};
export type SensationObservation = { kind: 'sensation'; part: BodyPart; quality: string; span: Span };
export type UrgeObservation = { kind: 'urge'; action: string; span: Span };
export type EmotionObservation = { kind: 'emotion'; label: string; span: Span };
export type WorryObservation = { kind: 'worry'; about: string; span: Span };
export type ProgressObservation = {
  kind: 'progress';
  status: 'done' | 'partial' | 'not-done';
  discounting: boolean;
  span: Span;
};
export type ProposalObservation = { kind: 'proposal'; step: string; afterMs?: number; span: Span };
export type TaskObservation = { kind: 'task'; domain: TaskDomain; object: string; span: Span };
export type RatingObservation = { kind: 'rating'; scale: 'distress-0-10'; value: number; span: Span };
export type StanceObservation = { kind: 'assent' | 'decline' | 'hedge'; span: Span };
export type RiskObservation = {
  kind: 'risk';
  type: RiskType;
  level: 'possible' | 'clear';
  span: Span;
  /** Extension (optional, backwards compatible): whose risk — 'other' for "my friend wants to die". */
  about?: 'self' | 'other';
  /** Extension: true for history ("I tried years ago, I'm OK now"). */
  past?: boolean;
};

/** What understanding reads in one client utterance (contract: ../shared DESIGN.md). */
export type Observation =
  | RequestObservation
  | SensationObservation
  | UrgeObservation
  | EmotionObservation
  | WorryObservation
  | ProgressObservation
  | ProposalObservation
  | TaskObservation
  | RatingObservation
  | StanceObservation
  | RiskObservation;

export type ObservationKind = Observation['kind'];
export type ObservationOf<K extends ObservationKind> = Extract<Observation, { kind: K }>;
