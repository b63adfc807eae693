import type {
  ConcernKind,
  ContentAnchor,
  HingeKind,
  LifeTopic,
  RequestType,
  RiskType,
  Span,
  TaskDomain,
  Weekday,
} from './observation.ts';
import type { ObjectionReason, SuggestedIdea, TheirQuestion } from './their-question.ts';

export type { ContentAnchor } from './observation.ts';
export type { ObjectionReason, SuggestedIdea, TheirQuestion } from './their-question.ts';

/** A step the client could take; `size` is the estimated seconds of effort. */
export type Step = { text: string; size: number; rung: number };

export type CrisisResource = { name: string; contact: string; description?: string };

/** The person's own words (first person, as they said them) with where they said them: a typed slot. */
export type PersonClause = { text: string; span: Span };

/** Complex reflections add a feeling, a meaning, or both sides of an ambivalence (MITI). */
/** `mixed`: one thing felt both ways; `torn`: caught between two moves that each cost; `shrug`: "whatever i dont care" (heard, not echoed); `misfit`: below. */
export type ReflectionDepth =
  | 'simple'
  | 'feeling'
  | 'meaning'
  | 'double-sided'
  | 'judgement'
  | 'doubt'
  | 'mixed'
  | 'torn'
  | 'shrug'
  /** sure of themselves in one place, undone by this one thing ("i can run a ward but i cant open a letter") */
  | 'capable'
  /** their answer to an idea just offered says why it doesn't fit ("breaks lol. we are 3 nurses short") */
  | 'misfit'
  /** what the turn turns on (needs `hinge`), said back in its meaning: "So the fear is that she'll think you're needy." */
  | 'hinge'
  /** a harsh word someone else said of them ("my dad told me im a waste of space"): needs `speaker` */
  | 'reported';

/** What an open question asks about; the realizer owns the words. */
export type QuestionAbout =
  | 'more' // tell me more about what they just said
  | 'hardest-part'
  | 'what-happens' // what happens when they sit down to the task
  | 'tried'
  | 'matters' // evoke: why it matters to them
  | 'first-idea' // plan: what first step they would pick
  | 'getting-by' // a life topic: how they are coping
  | 'doing' // what it is like when they do what they said they do (needs `clause`)
  | 'expecting' // what makes them expect what they said will happen (needs `clause`)
  | 'feeling' // what the feeling they named is like (needs `feeling`)
  | 'thing' // the thing they named, in their words (needs `thing`): "What comes up when you think about the form?"
  | 'worry' // the fear they said earlier, named back, then the worst case they picture (needs `worry`)
  | 'sticking-point' // after a suggestion was dropped: what the real sticking point is
  | 'another-time' // after "not tonight": whether another time would suit
  | 'try-or-leave' // after "why would that help" to another's idea: whether to try it or set it aside
  | 'within-reason' // after a push-back with a reason (needs `reason`): what would fit within it
  | 'task' // focus: what they would like to work on
  | 'next-thing' // the situation they face (needs `topic`, or `task` with `domain`): one specific next thing, asked tentatively
  | 'unfinished-but' // they stopped on a "but" ("i know that but"): what comes after it
  | 'their-plan' // they said what they will do: how they picture it going
  | 'their-doing' // someone else did something to them ("a boy laughed"): how it landed
  | 'leaning' // caught between two moves: which way they lean, if either
  | 'other-side' // one thing felt both ways: the side that isn't what they wanted
  | 'this-one' // at ease with something hard, undone by this: what is different about this one
  | 'concern' // the concern their last turn carries (needs `concern`): asked about as that concern
  | 'said' // a plain line of theirs, asked about in their words (needs `clause`): how it is for them
  | 'hinge' // what the turn turns on (needs `hinge`, and `clause` or `thing`): asked about that hinge
  | 'anchor'; // the exact thing the turn gave (needs `anchor`): asked about in plain words

/**
 * The words a scheduled nudge brings back (DESIGN's table gives `cue` as always filled; this is the
 * documented exception). `cue` is said verbatim when the nudge fires. It is empty exactly when the
 * nudge has no words of its own to bring: the step beside a bare reminder is a stock one (not what
 * the person asked to be reminded of), or a conditional nudge has no step to pair with its condition
 * (the fired message names the condition). Beside an empty cue, `about` names what the nudge is for
 * in the person's words ("the tax return": "I'll nudge you at 9pm about the tax return"), when their
 * task is known; with neither, the promise is the time alone. Checked: policy/nudge-words.ts.
 */
export type NudgeWords = { cue: string; about?: undefined } | { cue: ''; about?: string };

/** What an explanation is about: the realizer has the words for each. */
export type RationaleTopic = 'noticing' | 'urge' | 'small' | 'nudge' | 'general';

export type Move =
  /** `script`: the one step is the words themselves, to say or to write ("what do i actually say"). */
  /** `opens`: the script is only an opening line, which the person finishes in their own words. */
  | {
      type: 'answer-concrete';
      steps: string[];
      answers?: RequestType;
      script?: 'said' | 'written';
      opens?: true;
      /** They asked what we would do ("what would u do"): the step is given as ours, not as an order. */
      asOurs?: true;
    }
  /** `offered`: "thats too much" said of the step, so the smaller one is offered as a question, not pushed. */
  | { type: 'shrink-step'; from: Step; to: Step; offered?: true }
  | ({
      type: 'schedule-nudge';
      nudgeId: string;
      afterMs: number;
      condition?: string;
      /** "16:00" when the person asked for a time of day: said as that time, not as hours from now. */
      atClock?: string;
      /** Beside `atClock`, the day of the week they named, tomorrow too: "9am on Monday". */
      weekday?: Weekday;
      /** Asked to repeat ("every 15 mins"): this one nudge is all that is kept, and the reply says so. */
      once?: true;
    } & NudgeWords)
  /**
   * `kind`: a kind word asked for with no words of their own and no step agreed ("can you just tell me
   * its fine"): the realizer says a plain reassurance, and `phrase` is empty (never a made-up step).
   */
  | { type: 'deliver-cue'; phrase: string; kind?: true }
  /**
   * A nudge asked for a time that cannot be kept as said ("next month", "at some point"), in the person's
   * words: said plainly, with a question for a day and a time, instead of a promise of another time.
   */
  | { type: 'ask-nudge-time'; said: string }
  | { type: 'hold'; afterMs: number }
  | { type: 'propose-step'; step: Step }
  /** `scope`: the rationale is a scope statement (diagnosis, medication), said as written, not framed as "why it helps". */
  /**
   * `about`: why a step like this helps, on the topic asked about; the realizer owns the words.
   * `rationale`: a statement said as written (the scope reply, from the safety config).
   */
  /**
   * `doubt`: "why would that even help" with no step of ours or suggestion on record to explain: their
   * doubt is taken seriously and asked about, not met with our stock rationale for a step never given.
   */
  | { type: 'explain'; about?: RationaleTopic; rationale?: string; scope?: boolean; doubt?: true }
  /** `asked`: the close answers their own ask to stop (said warmly, as a yes to them). */
  | { type: 'close'; summary: string; asked?: true }
  | {
      type: 'crisis';
      riskType: RiskType;
      resources: CrisisResource[];
      level?: 'possible' | 'clear';
      phase?: string;
      /** Reminders this turn called off (the crisis path cancels them); said, so no promise is silently dropped. */
      cancelledNudges?: number;
      /** The person's own clause that raised the worry, for a check-in in their words ("When you say …"). */
      said?: PersonClause;
      /** A first check-in on the learned reader's guess alone: asked in their words, the lines follow a yes. */
      gentle?: boolean;
      /** No country is known (the built-in default lines): the local emergency number and a directory, in one sentence. */
      unplaced?: boolean;
      /**
       * A door left open after the person changed the subject, said without a line: 'lines-said' when our last
       * turn gave them, 'asked' when only the question was asked (resources are then empty).
       */
      light?: 'lines-said' | 'asked';
      /** The check-in asked once more: the yes before it led talk about something else (no lines yet). */
      clarify?: boolean;
    }
  | { type: 'reflect'; content: string }
  | { type: 'validate'; content?: string }
  | { type: 'acknowledge-progress'; wins: number; discounted: boolean }
  | { type: 'values-link'; value: string }
  | { type: 'defuse'; thought: string }
  | { type: 'ask-rating'; scale: 'distress-0-10' }
  /** Issue 17's listening moves: typed slots from the person's words; an empty slot makes the move invalid. */
  | {
      type: 'reflect-clause';
      clause: PersonClause;
      depth: ReflectionDepth;
      feeling?: string;
      other?: PersonClause;
      /** Who said it, in their words ("my dad", "she"): the 'reported' depth. */
      speaker?: PersonClause;
      /** What the turn turns on ('hinge'): the clause is the hinge's words. */
      hinge?: HingeKind;
    }
  | {
      type: 'open-question';
      about: QuestionAbout;
      task?: string;
      domain?: TaskDomain;
      topic?: LifeTopic;
      /** Their clause the question is about ('doing', 'expecting'). */
      clause?: PersonClause;
      /** The feeling they named ('feeling'). */
      feeling?: string;
      /** The reason they gave for turning an idea down ('within-reason'). */
      reason?: ObjectionReason;
      /** The fear they said, in their words, first person ('worry'): "I've been doing it wrong". */
      worry?: string;
      /** Their topic as a noun phrase, second person ('thing'): "your mum", "the form". */
      thing?: string;
      /** This turn said something was hard ('thing', 'hardest-part'): a question may ask where it is hardest. */
      hard?: boolean;
      /** The concern asked about ('concern'). */
      concern?: ConcernKind;
      /** The concern is named before the question ('concern'), in place of a plain say-back. */
      named?: boolean;
      /** What the turn turns on ('hinge'): its words are `clause`, or the person in it is `thing`. */
      hinge?: HingeKind;
      /** The exact thing the turn gave ('anchor'). */
      anchor?: ContentAnchor;
    }
  /** A feeling named alone ("tired"): said back as a feeling. */
  | { type: 'reflect-feeling'; feeling: string }
  | { type: 'affirm'; effort: PersonClause }
  /** `answers`: the summary is what was asked for ("sum up what i said", "type out what i said"). */
  | { type: 'summarize'; clauses: PersonClause[]; answers?: 'concrete' }
  /** "Would it help if I suggested a very small first step?" — advice only with permission. */
  /** `step`: the tiny step the offer names ("what if the first step were just …?"), when one is known. */
  | { type: 'ask-permission'; topic?: LifeTopic; step?: Step }
  /** What the coach can and cannot help with, for what the person brings (job loss, money, …). */
  | { type: 'say-scope'; topic: LifeTopic }
  /** A hard moment named as understandable, in the topic's terms ("losing a job is a lot"). */
  | { type: 'validate-topic'; topic: LifeTopic }
  | { type: 'permission-to-stop' }
  /** Their direct question taken up: answered plainly where an honest answer exists, else asked about. */
  | { type: 'take-up-question'; question: TheirQuestion }
  /**
   * They said the last reply missed (did not help, presumed, was unclear): owned plainly. Or they
   * pushed back on the suggestion just made ('suggestion'): it is dropped, naming `thing` when the
   * suggestion named one ("the accountant idea"); `declined` when they said it was too much, or not now.
   */
  /**
   * They apologised for what they said ("sorry, this sounds dramatic", "sorry its just been a long
   * day"): told there is no need, answering what they feared it came across as (`said`).
   */
  | { type: 'answer-apology'; said: 'rude' | 'dramatic' | 'rambling' | 'plain' }
  /** They thanked the coach and said nothing else: answered warmly, not probed. */
  | { type: 'answer-thanks' }
  | {
      type: 'own-miss';
      missed:
        | 'unhelpful'
        | 'presumed'
        | 'unclear'
        | 'suggestion'
        | 'heard-before'
        | 'others-why'
        | 'leave-topic'
        | 'made-light';
      thing?: string;
      declined?: 'too-much' | 'not-now';
      // the reason they gave for turning it down, owned in the reply rather than argued with
      reason?: ObjectionReason;
      // on 'others-why': what kind of idea the other helper offered, so its reason can be given in a line
      idea?: SuggestedIdea;
      // on 'unhelpful': the plan goes on with something concrete and different (a smaller step, a
      // fear they named), so the miss is owned in a line and no "what would help?" is handed back
      instead?: true;
      // on a no for now: the task is left to keep until they have room for it, said in a line
      later?: true;
    };

export type MoveType = Move['type'];
export type MoveOf<T extends MoveType> = Extract<Move, { type: T }>;

export type Plan = { plan: Move[] };

/** Which move types answer which client request type (DESIGN.md's move table). */
export const ANSWERING_MOVES: Record<RequestType, readonly MoveType[]> = {
  // their own words asked back ("type out what i said, word for word") are answered by saying them back
  concrete: ['answer-concrete', 'summarize'],
  smaller: ['shrink-step'],
  nudge: ['schedule-nudge', 'deliver-cue', 'ask-nudge-time'],
  cue: ['deliver-cue', 'schedule-nudge'],
  // "can we stop for now" is answered by stopping: a close answers the pause it carries
  pause: ['hold', 'close'],
  next: ['propose-step'],
  explain: ['explain'],
  stop: ['close'],
};
