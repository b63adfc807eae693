import type { RequestType, RiskType } from './observation.ts';

/** A step the client could take; `size` is the estimated seconds of effort. */
export type Step = { text: string; size: number; rung: number };

export type CrisisResource = { name: string; contact: string; description?: string };

export type Move =
  | { type: 'answer-concrete'; steps: string[]; answers?: RequestType }
  | { type: 'shrink-step'; from: Step; to: Step }
  | { type: 'schedule-nudge'; nudgeId: string; afterMs: number; condition?: string; cue: string }
  | { type: 'deliver-cue'; phrase: string }
  | { type: 'hold'; afterMs: number }
  | { type: 'propose-step'; step: Step }
  /** `scope`: the rationale is a scope statement (diagnosis, medication), said as written, not framed as "why it helps". */
  | { type: 'explain'; rationale: string; scope?: boolean }
  | { type: 'close'; summary: string }
  | {
      type: 'crisis';
      riskType: RiskType;
      resources: CrisisResource[];
      level?: 'possible' | 'clear';
      phase?: string;
      /** Reminders this turn called off (the crisis path cancels them); said, so no promise is silently dropped. */
      cancelledNudges?: number;
    }
  | { type: 'reflect'; content: string }
  | { type: 'validate'; content?: string }
  | { type: 'acknowledge-progress'; wins: number; discounted: boolean }
  | { type: 'values-link'; value: string }
  | { type: 'defuse'; thought: string }
  | { type: 'ask-rating'; scale: 'distress-0-10' }
  | { type: 'permission-to-stop' };

export type MoveType = Move['type'];
export type MoveOf<T extends MoveType> = Extract<Move, { type: T }>;

export type Plan = { plan: Move[] };

/** Which move types answer which client request type (DESIGN.md's move table). */
export const ANSWERING_MOVES: Record<RequestType, readonly MoveType[]> = {
  concrete: ['answer-concrete'],
  smaller: ['shrink-step'],
  nudge: ['schedule-nudge', 'deliver-cue'],
  cue: ['deliver-cue', 'schedule-nudge'],
  pause: ['hold'],
  next: ['propose-step'],
  explain: ['explain'],
  stop: ['close'],
};
