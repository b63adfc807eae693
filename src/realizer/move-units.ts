/** Dispatches each move to its phrase bank. */
import type { Move } from '../spec/move.ts';
import type { Unit } from './chooser.ts';
import type { PhraseContext } from './phrase-context.ts';
import {
  affirmUnits,
  askPermissionUnits,
  reflectFeelingUnits,
  summarizeUnits,
} from './phrases-affirm-summarize.ts';
import { crisisUnits } from './phrases-crisis.ts';
import { closeUnits, explainUnits } from './phrases-explain-close.ts';
import { reflectClauseUnits } from './phrases-listen.ts';
import { askNudgeTimeUnits } from './phrases-nudge-time.ts';
import { ownMissUnits } from './phrases-own-miss.ts';
import { openQuestionUnits } from './phrases-questions.ts';
import { answerConcreteUnits, proposeStepUnits, shrinkStepUnits } from './phrases-steps.ts';
import {
  acknowledgeProgressUnits,
  askRatingUnits,
  defuseUnits,
  permissionToStopUnits,
  reflectUnits,
  validateUnits,
  valuesLinkUnits,
} from './phrases-support.ts';
import { answerApologyUnits, answerThanksUnits, takeUpQuestionUnits } from './phrases-their-turn.ts';
import { deliverCueUnits, holdUnits, scheduleNudgeUnits } from './phrases-time.ts';
import { sayScopeUnits, validateTopicUnits } from './phrases-topic.ts';

/** `stated`: the move's step is said by another move of the turn (see the template realizer). */
export function unitsForMove(move: Move, context: PhraseContext, stated = false): Unit[] {
  switch (move.type) {
    case 'answer-concrete':
      return answerConcreteUnits(move);
    case 'shrink-step':
      return shrinkStepUnits(move, stated);
    case 'schedule-nudge':
      return scheduleNudgeUnits(move, stated);
    case 'deliver-cue':
      return deliverCueUnits(move);
    case 'hold':
      return holdUnits(move, stated);
    case 'propose-step':
      return proposeStepUnits(move, context, stated);
    case 'explain':
      return explainUnits(move);
    case 'close':
      return closeUnits(move);
    case 'crisis':
      return crisisUnits(move, context.locale);
    case 'reflect':
      return reflectUnits(move);
    case 'validate':
      return validateUnits(move);
    case 'acknowledge-progress':
      return acknowledgeProgressUnits(move);
    case 'values-link':
      return valuesLinkUnits(move);
    case 'defuse':
      return defuseUnits(move);
    case 'ask-rating':
      return askRatingUnits(move);
    case 'permission-to-stop':
      return permissionToStopUnits(move);
    case 'ask-nudge-time':
      return askNudgeTimeUnits(move);
    case 'reflect-clause':
      return reflectClauseUnits(move);
    case 'open-question':
      return openQuestionUnits(move);
    case 'affirm':
      return affirmUnits(move);
    case 'summarize':
      return summarizeUnits(move);
    case 'ask-permission':
      return askPermissionUnits(move);
    case 'say-scope':
      return sayScopeUnits(move);
    case 'validate-topic':
      return validateTopicUnits(move);
    case 'reflect-feeling':
      return reflectFeelingUnits(move);
    case 'take-up-question':
      return takeUpQuestionUnits(move);
    case 'own-miss':
      return ownMissUnits(move);
    case 'answer-apology':
      return answerApologyUnits(move);
    case 'answer-thanks':
      return answerThanksUnits();
  }
}
