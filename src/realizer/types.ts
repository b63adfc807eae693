import type { Move } from '../spec/move.ts';

/** What a realizer needs besides the plan; everything that makes phrasing vary or shrink. */
export type RealizeContext = {
  /** Seed for phrasing choice; the same seed, plan and history give the same text. */
  seed: number;
  /** 0-based index of this therapist turn in the session (mixes into the seed). */
  turnIndex: number;
  /** Normalised sentences (text/sentences.ts normalizeSentence) already said in the session: never say one again. */
  said: ReadonlySet<string>;
  /** Reported fatigue 0-10; higher means shorter turns. */
  fatigue: number;
  /** Upper bound on words for the whole turn, set by the coach from fatigue. */
  wordBudget: number;
  /** BCP 47 locale of the session (crisis resources, spelling). */
  locale: string;
  /** Words from the client to phrase with: their task object ("the script"), a body part and quality, a value. */
  slots: {
    task?: string;
    bodyPart?: string;
    quality?: string;
    value?: string;
    emotion?: string;
    worry?: string;
    urge?: string;
  };
  /** The last few turns, for realizers (LLM) that phrase with context. */
  recentTurns?: { role: 'client' | 'therapist'; text: string }[];
};

export type Realization = {
  text: string;
  sentences: string[];
  realizer: 'template' | 'llm';
  /** Why an LLM phrasing was rejected and the template used instead. */
  fallbackReason?: string;
};

/** A nudge as it fires: the cue promised, the condition it was tied to, how late it is. */
export type FiredNudge = { nudgeId: string; cue: string; condition?: string; lateMs?: number };

/** Phrases a plan the policy made. The LLM realizer implements the same interface and falls back to templates. */
export interface Realizer {
  readonly name: 'template' | 'llm';
  realize(plan: readonly Move[], context: RealizeContext): Promise<Realization>;
  /** The therapist turn that a fired nudge becomes: the cue, then one tiny next instruction. */
  realizeNudge(nudge: FiredNudge, context: RealizeContext): Promise<Realization>;
}
