import type { MoveType } from '../spec/move.ts';

/** Every move type; the Record makes the compiler fail here when a new type is added to spec/move.ts. */
const EVERY_TYPE: Record<MoveType, true> = {
  'answer-concrete': true,
  'shrink-step': true,
  'schedule-nudge': true,
  'deliver-cue': true,
  'ask-nudge-time': true,
  hold: true,
  'propose-step': true,
  explain: true,
  close: true,
  crisis: true,
  reflect: true,
  validate: true,
  'acknowledge-progress': true,
  'values-link': true,
  defuse: true,
  'ask-rating': true,
  'permission-to-stop': true,
  'reflect-clause': true,
  'take-up-question': true,
  'own-miss': true,
  'answer-apology': true,
  'answer-thanks': true,
  'open-question': true,
  affirm: true,
  summarize: true,
  'ask-permission': true,
  'say-scope': true,
  'validate-topic': true,
  'reflect-feeling': true,
};

export const MOVE_TYPES = Object.keys(EVERY_TYPE) as MoveType[];
