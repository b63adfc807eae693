/**
 * What one turn's observations hold for the fold, gathered in one pass. The fold used to ask the
 * list fifteen times (a find, filter or flatMap per field, each with its own closure) on every
 * client turn; this gives the same answers: the first of each kind where the fold took the first,
 * every one in order where it took them all.
 */

import type {
  EffortObservation,
  Observation,
  RegionObservation,
  RequestObservation,
  SaidOfSelfObservation,
  SelfJudgementObservation,
  StatementObservation,
  TaskObservation,
  ValueObservation,
} from '../spec/observation.ts';
import type { SessionState } from './state.ts';

export type TurnObservations = {
  task?: TaskObservation;
  /** The first request with a phrase (a cue to say back). */
  cue?: RequestObservation;
  value?: ValueObservation;
  region?: RegionObservation;
  effort?: EffortObservation;
  saidOfSelf?: SaidOfSelfObservation;
  judgement?: SelfJudgementObservation;
  /** The first emotion's label. */
  emotionNow?: string;
  statements: StatementObservation[];
  /** Life topics not already in the state, in order. */
  topics: SessionState['lifeTopics'][number][];
  sensations: SessionState['sensations'];
  urges: string[];
  worries: string[];
  emotions: string[];
  helpWanted: boolean;
  explainAsked: boolean;
};

export function turnObservations(
  observations: readonly Observation[],
  lifeTopics: SessionState['lifeTopics'],
): TurnObservations {
  const found: TurnObservations = {
    statements: [],
    topics: [],
    sensations: [],
    urges: [],
    worries: [],
    emotions: [],
    helpWanted: false,
    explainAsked: false,
  };
  for (const item of observations) {
    switch (item.kind) {
      case 'task':
        found.task ??= item;
        break;
      case 'request':
        if (item.phrase && !found.cue) found.cue = item;
        if (item.type === 'explain') found.explainAsked = true;
        break;
      case 'value':
        found.value ??= item;
        break;
      case 'statement':
        found.statements.push(item);
        break;
      case 'life-topic':
        // a topic word said in passing (a place, a time, a sign-off) is not what they brought
        if (!lifeTopics.includes(item.topic) && item.strength !== 'passing') found.topics.push(item.topic);
        break;
      case 'region':
        found.region ??= item;
        break;
      case 'effort':
        found.effort ??= item;
        break;
      case 'said-of-self':
        found.saidOfSelf ??= item;
        break;
      case 'self-judgement':
        found.judgement ??= item;
        break;
      case 'help-wanted':
        found.helpWanted = true;
        break;
      case 'emotion':
        found.emotionNow ??= item.label;
        found.emotions.push(item.label);
        break;
      case 'sensation':
        found.sensations.push({ part: item.part, quality: item.quality });
        break;
      case 'urge':
        found.urges.push(item.action);
        break;
      case 'worry':
        found.worries.push(item.about);
        break;
    }
  }
  return found;
}

/** The heaviest statement, the first of equals (as a stable sort by weight, heaviest first, gives it). */
export function heaviestOf(statements: readonly StatementObservation[]): StatementObservation | undefined {
  let heaviest: StatementObservation | undefined;
  for (const item of statements) if (!heaviest || item.weight > heaviest.weight) heaviest = item;
  return heaviest;
}
