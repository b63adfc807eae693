/**
 * The readers, in the order they run. Adding a reader is adding one file and one line here:
 * each reads the shared context (normalised text, prepared segments, durations, linguistic
 * analysis) and none reads another's output.
 */
import { readAffairsSettled } from './affairs-settled.ts';
import { readPlainBody } from './body-plain.ts';
import { notFeltByWriter } from './body-whose.ts';
import { withClockTimes } from './clock-requests.ts';
import { readEfforts } from './efforts.ts';
import { readFeelings } from './feelings.ts';
import { readHelpWanted } from './help-wanted.ts';
import { readLifeTopics } from './life-topics.ts';
import { readMixedFeelings } from './mixed-feelings.ts';
import { MODEL_READERS } from './model-readers.ts';
import { someoneElseAt } from './person-subject.ts';
import { readProgressAndProposals } from './progress.ts';
import { readRatings } from './ratings.ts';
import { type Reader, ruleReadings } from './reader.ts';
import { readRegion } from './region-cues.ts';
import { withNudgeAgain } from './request-again.ts';
import { withRemindThat } from './request-remind-that.ts';
import { readRequests } from './requests.ts';
import { readReunionWish } from './reunion-wish.ts';
import { detectRisk } from './risk.ts';
import { weighRiskContext } from './risk-context-filter.ts';
import { readRiskCues } from './risk-cue-reader.ts';
import { readSelfJudgements } from './self-judgements.ts';
import { readSensations } from './sensations.ts';
import { readStance } from './stance.ts';
import { readStatements } from './statements.ts';
import { readTasks } from './tasks.ts';
import { readThanks } from './thanks.ts';
import { readValues } from './values.ts';
import { readWhatIfWorries } from './what-if-worry.ts';

export const riskRulesReader: Reader = {
  name: 'risk-rules',
  source: 'rule',
  kinds: ['risk'],
  read: (context) => {
    const risks = detectRisk(context.text);
    if (risks.length === 0) return [];
    const someoneElses = (at: number) => someoneElseAt(context, at);
    return weighRiskContext(context.prepared.folded, risks, someoneElses, context.earlier).map(
      (observation) => ({
        observation,
        confidence: observation.level === 'clear' ? 0.9 : 0.6,
      }),
    );
  },
};

export const riskCuesReader: Reader = {
  name: 'risk-cues',
  source: 'rule',
  kinds: ['risk'],
  read: readRiskCues,
};

export const READERS: readonly Reader[] = [
  riskRulesReader,
  riskCuesReader,
  { name: 'reunion-wish', source: 'rule', kinds: ['risk'], read: readReunionWish },
  { name: 'affairs-settled', source: 'rule', kinds: ['risk'], read: readAffairsSettled },
  {
    name: 'request-rules',
    source: 'rule',
    kinds: ['request'],
    read: (context) => {
      // the durations are found only once a rule has heard an ask (a getter, memoised by the
      // context): most turns ask nothing, and finding durations is a scan of the turn of its own
      const heard = readRequests(
        {
          ...context.prepared,
          get durations() {
            return context.durations();
          },
        },
        context.prepared.folded,
      );
      if (heard.length === 0) return [];
      const folded = context.prepared.folded;
      const once = withClockTimes(heard, folded, context.durations(), context.earlier);
      // "remind me in 10 and again at 4": the second time is a second nudge
      const timed = withNudgeAgain(once, folded, context.durations(), context.earlier);
      return ruleReadings(withRemindThat(timed, context.prepared.folded, context.prepared.original), 0.85);
    },
  },
  {
    name: 'body-rules',
    source: 'rule',
    kinds: ['sensation'],
    read: (context) =>
      ruleReadings(
        readSensations(context.prepared).filter((sensation) => !notFeltByWriter(context, sensation)),
        0.85,
      ),
  },
  { name: 'body-plain', source: 'rule', kinds: ['sensation'], read: readPlainBody },
  {
    name: 'feeling-rules',
    source: 'rule',
    kinds: ['emotion', 'worry', 'urge'],
    read: (context) => ruleReadings(readFeelings(context.prepared), 0.8),
  },
  {
    name: 'what-if-worry',
    source: 'rule',
    kinds: ['worry'],
    read: (context) => ruleReadings(readWhatIfWorries(context.prepared), 0.7),
  },
  {
    name: 'progress-rules',
    source: 'rule',
    kinds: ['progress', 'proposal'],
    read: (context) =>
      ruleReadings(
        readProgressAndProposals(context.prepared, () => context.durations()),
        0.8,
      ),
  },
  {
    name: 'task-rules',
    source: 'rule',
    kinds: ['task'],
    read: (context) => ruleReadings(readTasks(context.prepared), 0.8),
  },
  {
    name: 'rating-rules',
    source: 'rule',
    kinds: ['rating'],
    read: (context) => ruleReadings(readRatings(context.prepared), 0.95),
  },
  {
    name: 'stance-rules',
    source: 'rule',
    kinds: ['assent', 'decline', 'hedge'],
    read: (context) => ruleReadings(readStance(context.prepared), 0.8),
  },
  // issue 17: what the policy needs from the person's words, read once here
  {
    name: 'statements',
    source: 'rule',
    kinds: ['statement'],
    read: (c) => ruleReadings(readStatements(c.prepared), 0.7),
  },
  {
    name: 'self-judgements',
    source: 'rule',
    kinds: ['self-judgement'],
    read: (c) => ruleReadings(readSelfJudgements(c.prepared), 0.8),
  },
  {
    name: 'values',
    source: 'rule',
    kinds: ['value'],
    read: (c) => ruleReadings(readValues(c.prepared), 0.7),
  },
  {
    name: 'efforts',
    source: 'rule',
    kinds: ['effort'],
    read: (c) => ruleReadings(readEfforts(c.prepared), 0.7),
  },
  {
    name: 'life-topics',
    source: 'rule',
    kinds: ['life-topic'],
    read: (c) => ruleReadings(readLifeTopics(c.prepared), 0.75),
  },
  {
    name: 'help-wanted',
    source: 'rule',
    kinds: ['help-wanted'],
    read: (c) => ruleReadings(readHelpWanted(c.prepared), 0.75),
  },
  {
    name: 'region-cues',
    source: 'rule',
    kinds: ['region'],
    read: (c) => ruleReadings(readRegion(c.prepared), 0.7),
  },
  { name: 'thanks', source: 'rule', kinds: ['thanks'], read: readThanks },
  { name: 'mixed-feelings', source: 'rule', kinds: ['mixed'], read: readMixedFeelings },
  ...MODEL_READERS,
];
