import { INITIAL_SAFETY_STATE, type SafetyState } from '../safety/index.ts';
import type { Move, Step, SuggestedIdea } from '../spec/move.ts';
import type {
  BodyPart,
  ConcernKind,
  HingeObservation,
  LifeTopic,
  StatementObservation,
  TaskDomain,
} from '../spec/observation.ts';
import type { ClosedQuestion } from '../text/closed-question.ts';
import type { NudgeKind } from './events.ts';
import type { MiProcess } from './process.ts';
import { SaidSet } from './said-set.ts';

export type PendingNudgeState = {
  id: string;
  dueAt: number;
  afterMs: number;
  cue: string;
  condition?: string;
  kind: NudgeKind;
};

/** Everything the policy needs to decide a turn, folded from the event log. */
export type SessionState = {
  sessionId: string;
  seed: number;
  locale: string;
  /** The person's IANA time zone, when the session was told it (a clock time is theirs). */
  timeZone?: string;
  startedAt?: number;
  lastAt: number;
  clientTurns: number;
  /** Our turns and replayed ones, not nudges; the realizer mixes it into its seed. */
  therapistTurns: number;
  task?: { domain: TaskDomain; object: string };
  /** What matters to the person, in their words, when they said it. */
  value?: string;
  currentStep?: Step;
  /** Who proposed the current step: ours, theirs, or another therapist's in a replayed transcript. */
  currentStepBy?: 'coach' | 'client' | 'external';
  stepsProposed: number;
  /** The last few steps proposed (texts), so a "next" step is a new one, not the same again. */
  recentSteps: readonly string[];
  wins: number;
  discountedWins: number;
  ratings: number[];
  /** A 0–10 rating came since the coach last spoke: closing need not ask for it again. */
  ratedSinceCoachSpoke: boolean;
  ratingAsked: number;
  fatigue: number;
  sensations: { part: BodyPart; quality: string }[];
  urges: string[];
  worries: string[];
  emotions: string[];
  defused: string[];
  /** Contents already reflected (sensations named, urges noticed), so the next turn names something new. */
  reflected: string[];
  permissionOffered: boolean;
  /** How many turns asked "why does this help?": someone who keeps asking gets the why with each step. */
  explainsAsked: number;
  /** A question about diagnosis or medication in the last client turn: answered with a kind scope reply. */
  scopeTopic?: 'diagnosis' | 'medication';
  /** Words in the client's last turn: a short line gets a short answer. */
  lastClientWords: number;
  /** The client's last words; the policy reads a request's span in them to pick what to explain. */
  lastClientText: string;
  /** The cue the person asked to hear ("Look at the cursor"); reused when they ask for a nudge without words. */
  cuePhrase?: string;
  pendingNudges: PendingNudgeState[];
  /** Counter for nudge ids, so ids stay unique across the session even after cancels. */
  nudgesScheduled: number;
  externalPromises: { text: string; afterMs?: number }[];
  /** Normalised therapist sentences said so far (rule 3); shared with earlier states, never copied. */
  said: SaidSet;
  lastTherapistMoves: Move[];
  closed: boolean;
  safety: SafetyState;
  /** Motivational interviewing's process: engage → focus → evoke → plan, and back on push-back. */
  process: MiProcess;
  /** Client turns since the process last changed. */
  processTurns: number;
  /** The statements of the last client turn (their words, with weight), for reflections. */
  statements: readonly StatementObservation[];
  /** Statements heard lately (the heaviest of each turn), for a summary before changing process. */
  heard: readonly StatementObservation[];
  /** Life topics the person has brought (job loss, money, …), first mention first. */
  lifeTopics: readonly LifeTopic[];
  /** A topic first brought in the last client turn. */
  newTopic?: LifeTopic;
  /** Effort reported in the last client turn, for a specific affirmation. */
  effort?: { text: string; span: [number, number] };
  /** The last turn's first line with its dropped "I" put back ("I've been looking at jobs"), if it had one. */
  saidOfSelf?: { text: string; span: [number, number] };
  /** A harsh self-judgement in the last client turn (the word). */
  selfJudgement?: string;
  /** Where it was said, so the clause that carries it is not said back as a fact. */
  selfJudgementSpan?: [number, number];
  /** The last client turn said they don't know where to start: an offer of a step is welcome. */
  helpWanted: boolean;
  /** The emotion named in the last client turn. */
  emotionNow?: string;
  /** Our reflections and questions so far (MITI's ratio: at least two reflections per question). */
  reflections: number;
  questions: number;
  /** The therapist's last turn (another's, in a replayed chat) suggested something: what, when named. */
  lastSuggestion?: { thing?: string; idea?: SuggestedIdea };
  /** The therapist's last turn ended on a plain yes/no question: what each bare answer to it means. */
  lastClosedQuestion?: ClosedQuestion;
  /** Worries already named back ("the scary bit sounds like…"), so each is named once. */
  worriesNamed: readonly string[];
  /** The concern each recent client turn carried (understanding's `concern`), with that turn's number. */
  concernsHeard: readonly { concern: ConcernKind; turn: number }[];
  /** Concerns our turns have already asked about, so one carried from an earlier turn is taken up once. */
  concernsTakenUp: readonly ConcernKind[];
  /** What recent client turns turned on (understanding's `hinge`), with that turn's number. */
  hingesHeard: readonly { hinge: HingeObservation; turn: number }[];
  /** The words of hinges our turns have already taken up, so one carried from an earlier turn is taken up once. */
  hingesTakenUp: readonly string[];
  /** Our last turn asked permission to suggest a step. */
  permissionAsked: boolean;
  /** They turned down an offer or a suggestion in this session: no step is offered again unasked. */
  offerDeclined: boolean;
  /** Topics whose scope (what we can and cannot help with) was said. */
  scopeSaid: readonly LifeTopic[];
};

export function initialState(sessionId = 'session', seed = 0, locale = 'en'): SessionState {
  return {
    sessionId,
    seed,
    locale,
    lastAt: 0,
    clientTurns: 0,
    therapistTurns: 0,
    stepsProposed: 0,
    recentSteps: [],
    wins: 0,
    discountedWins: 0,
    ratings: [],
    ratedSinceCoachSpoke: false,
    ratingAsked: 0,
    fatigue: 0,
    sensations: [],
    urges: [],
    worries: [],
    emotions: [],
    defused: [],
    reflected: [],
    permissionOffered: false,
    explainsAsked: 0,
    lastClientText: '',
    lastClientWords: 0,
    pendingNudges: [],
    nudgesScheduled: 0,
    externalPromises: [],
    said: SaidSet.empty(),
    lastTherapistMoves: [],
    closed: false,
    safety: INITIAL_SAFETY_STATE,
    process: 'engage',
    processTurns: 0,
    statements: [],
    heard: [],
    lifeTopics: [],
    reflections: 0,
    questions: 0,
    permissionAsked: false,
    offerDeclined: false,
    helpWanted: false,
    scopeSaid: [],
    worriesNamed: [],
    concernsHeard: [],
    concernsTakenUp: [],
    hingesHeard: [],
    hingesTakenUp: [],
  };
}
