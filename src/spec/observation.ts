import type { ObjectionReason, TheirQuestion } from './move.ts';
import type {
  ConcernObservation,
  ContentAnchorObservation,
  HingeObservation,
} from './observation-listening.ts';
import type { RequestObservation } from './observation-request.ts';

export type {
  ConcernKind,
  ConcernObservation,
  ContentAnchor,
  ContentAnchorObservation,
  HingeKind,
  HingeObservation,
} from './observation-listening.ts';
export type { RequestObservation } from './observation-request.ts';

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

/** A part of the day as people name it: "tomorrow morning", "at lunch", "after work". */
export type DayPart = 'morning' | 'midday' | 'afternoon' | 'evening' | 'night';

/** A day of the week as people name it ("remind me on monday"). */
export type Weekday = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';
/** The days in the order Date counts them (Sunday 0): the one list the reader and the policy share. */
export const WEEKDAYS: readonly Weekday[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

export type SensationObservation = { kind: 'sensation'; part: BodyPart; quality: string; span: Span };
export type UrgeObservation = { kind: 'urge'; action: string; span: Span };
export type EmotionObservation = {
  kind: 'emotion';
  label: string;
  span: Span;
  /** Said of someone else ("mum will be gutted"): it weighs the turn, but is not the person's own. */
  of?: 'someone-else';
};
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
export type StanceObservation = {
  kind: 'assent' | 'decline' | 'hedge';
  span: Span;
  /** Extension (optional), on a decline: the turn asks something too ("no? is that a thing u can do"). */
  questioned?: true;
};
export type RiskObservation = {
  kind: 'risk';
  type: RiskType;
  level: 'possible' | 'clear';
  span: Span;
  /** Extension (optional, backwards compatible): whose risk — 'other' for "my friend wants to die". */
  about?: 'self' | 'other';
  /** Extension: true for history ("I tried years ago, I'm OK now"). */
  past?: boolean;
  /** Extension: only the learned reader heard it, on everyday words alone (no rule, cue or strong risk word). */
  modelOnly?: boolean;
};

/**
 * Extensions (issue 17, additive): facts the policy needs from the text, read once by
 * understanding so the policy and the fold never reread raw text.
 */
/** A first-person clause worth reflecting, in the person's own words ("I can't even make myself open it"). */
export type StatementObservation = {
  kind: 'statement';
  text: string;
  /** How much the clause carries (difficulty, feeling, negation): the policy reflects the heaviest. */
  weight: number;
  /** 'but': the clause follows a "but" in the same sentence (the other side of a double-sided reflection). */
  joinedBy?: 'but';
  /** Extension: the clause itself says the last reply missed ("that doesn't help"), as `push-back` reads a turn. */
  pushesBack?: true;
  /** Extension: the clause itself turns a suggestion down ("i tried that"), as `turned-down` reads a turn. */
  turnsDown?: true;
  /** Extension: the clause made whole to say back, its dropped "I" put back or its "because" taken off. */
  whole?: string;
  span: Span;
};
/** A harsh self-judgement ("I'm useless", "such a failure"): the word the thought turns on. */
export type SelfJudgementObservation = { kind: 'self-judgement'; word: string; span: Span };
/** What matters to the person, in their words ("I care about my team" → "my team"). */
export type ValueObservation = { kind: 'value'; value: string; span: Span };
/** Effort the person reports ("I've applied to twenty jobs"): the clause, for a specific affirmation. */
export type EffortObservation = { kind: 'effort'; text: string; span: Span };

export const LIFE_TOPICS = [
  'job-loss',
  'job-search',
  'exams',
  'breakup',
  'money',
  'family-conflict',
  'loneliness',
  'grief',
  'health',
  'work-stress',
  // a new baby's nights, caring for someone, a landlord or a damp home (issue 17: asked what to do, each has its own steps)
  'new-baby',
  'caring',
  'housing',
] as const;
export type LifeTopic = (typeof LIFE_TOPICS)[number];
/** What the person is going through, beyond a task ("I lost my job", "my exams are next week"). */
export type LifeTopicObservation = {
  kind: 'life-topic';
  topic: LifeTopic;
  span: Span;
  /** Named only in a clause trailing the main one ("…when my papá died"): background, not the news. */
  aside?: true;
  /**
   * 'passing': the topic's word said as a place, a time or in a sign-off ("gotta be at work at 4am"),
   * a word that appeared once, not what the conversation is about. Absent: stated.
   */
  strength?: TopicStrength;
};
export type TopicStrength = 'stated' | 'passing';

/** Not knowing where to start ("I don't even know where to begin"): an opening for an offer of a step. */
export type HelpWantedObservation = { kind: 'help-wanted'; span: Span };

/**
 * Words that place the person in a country ("my mum", "£40" → GB; "arvo", "Queensland" → AU; "matatu" → KE): lets a session
 * opened with no country give the crisis lines of where the person evidently is.
 */
/** `country`: an ISO 3166 code ("GB", "AU", "KE"); one the resources do not list gets the default lines. */
export type RegionObservation = { kind: 'region'; country: string; span: Span };

/** Extension (issue 17): the turn ends on a direct question the coach can take up. */
export type TheirQuestionObservation = { kind: 'their-question'; question: TheirQuestion; span: Span };
/** What an apology for what they said feared it came across as ('plain': a sorry alone). */
export type ApologyKind = 'rude' | 'dramatic' | 'rambling' | 'plain';
/** Extension (issue 17): they apologised for what they said. */
export type ApologyObservation = { kind: 'apology'; said: ApologyKind; span: Span };

/** How they said the last reply missed: a line they have had before, a presumption, unclear, no help. */
/** `leave-topic`: they asked to leave a subject for now ("can we not do the job thing right now"). */
export type PushBackKind =
  | 'heard-before'
  | 'presumed'
  | 'unclear'
  | 'unhelpful'
  | 'leave-topic'
  | 'made-light';
/**
 * Extension (issue 17): they said the last reply missed ("that doesnt help", "u dont know that"),
 * read whatever the last reply was. `endsOnIt`: the turn's last sentence is itself the push-back
 * (a long turn that goes on past it says more than the complaint).
 */
export type PushBackObservation = { kind: 'push-back'; missed: PushBackKind; endsOnIt: boolean; span: Span };
/**
 * Extension (issue 17): words that turn a suggestion down ("tried that", "why would that help",
 * "thats too much", "not tonight"), read whether or not one was made: the policy knows if it was.
 * `declined`: too much, or not now (a time that does not suit); absent for a plain no to the idea.
 */
export type TurnedDownObservation = { kind: 'turned-down'; declined?: 'too-much' | 'not-now'; span: Span };
/** Extension (issue 17): a reason a reply can own for turning an idea down (no time, no energy, "I know myself"). */
export type ObjectionReasonObservation = { kind: 'objection-reason'; reason: ObjectionReason; span: Span };
/** Extension (issue 17): a clause opens on someone else doing something ("my teacher just laughed"). */
export type OthersDeedObservation = { kind: 'others-deed'; span: Span };

/**
 * Extension (issue 17): the form of the turn as written, only when it has one of these marks:
 * `minimal`, it opens on a bare yes, no or shrug ("ye", "idk", "i guess"; the policy weighs the
 * length); `trailingBut`, it is left hanging on "but"; `greeting`, it is a hello and nothing more ("hey").
 */
export type TurnFormObservation = {
  kind: 'turn-form';
  minimal?: true;
  /** The whole turn is a bare answer ("nah", "ye", "kinda", "idk"), and which way it goes. */
  answer?: 'yes' | 'no' | 'partly' | 'unsure';
  trailingBut?: true;
  greeting?: true;
  span: Span;
};

/**
 * Extension (issue 17): the turn's first sentence with its dropped "I" put back ("been looking at jobs"
 * → "I've been looking at jobs"), or its "because" taken off; `text` is the line made whole, `span` where
 * it stands as they wrote it. The policy says it back only when no statement of the turn can be.
 */
export type SaidOfSelfObservation = { kind: 'said-of-self'; text: string; span: Span };

/** Extension: a question about a diagnosis or a medication, a clinician's to answer ("do i have adhd?"). */
export type ScopeQuestionObservation = {
  kind: 'scope-question';
  topic: 'diagnosis' | 'medication';
  span: Span;
};
/** Extension (issue 17): a short turn of thanks; `wry` when said drily ("yeah thanks thats really comforting"). */
export type ThanksObservation = { kind: 'thanks'; wry: boolean; span: Span };
/**
 * Extension (issue 17): two pulls at once, "what i wanted but also not" (`both-ways`), a choice where
 * each way costs, "if i say something im dramatic and if i dont im a pushover" (`torn`), or a shrug
 * that says the opposite of what it shows, "whatever i dont care" (`shrug`), or at ease with something
 * hard and undone by one thing, "i can talk to fifty kids but one phone call and i go to pieces" (`capable`).
 * `text`: the line as written (a reflection's slot; heard, never echoed).
 */
export type MixedObservation = {
  kind: 'mixed';
  form: 'both-ways' | 'torn' | 'shrug' | 'capable';
  text: string;
  span: Span;
};

/** What understanding reads in one client utterance (contract: ../shared DESIGN.md). */
export type Observation =
  | StatementObservation
  | SelfJudgementObservation
  | ValueObservation
  | EffortObservation
  | LifeTopicObservation
  | HelpWantedObservation
  | RegionObservation
  | TheirQuestionObservation
  | ApologyObservation
  | PushBackObservation
  | TurnedDownObservation
  | ObjectionReasonObservation
  | OthersDeedObservation
  | ConcernObservation
  | HingeObservation
  | ContentAnchorObservation
  | TurnFormObservation
  | SaidOfSelfObservation
  | ScopeQuestionObservation
  | ThanksObservation
  | MixedObservation
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
