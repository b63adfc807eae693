import { REQUEST_TYPES } from '../spec/observation.ts';
import { countWords } from '../text/sentences.ts';
import { actConsistent, actInconsistent } from './act-markers.ts';
import type { EvaluationResult, EvaluationSummary } from './types.ts';

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : round(part / whole));

/**
 * The summary numbers: DESIGN.md's keys, then ours — per request type, concreteness and step size,
 * MITI counts and ratios, ACT markers, safety. Flat numbers (null when not applicable) so a folder
 * of transcripts averages key by key.
 */
export function summarize(result: Omit<EvaluationResult, 'summary'>): EvaluationSummary {
  const judged = result.requests.filter((request) => request.status !== 'pending');
  const answered = judged.filter((request) => request.status !== 'missed');
  const promises = result.promises.filter(
    (promise) => promise.status !== 'pending' && promise.status !== 'withdrawn',
  );
  const therapistTurns = result.timeline.filter((turn) => turn.role === 'therapist');
  const readings = therapistTurns.flatMap((turn) => (turn.reading ? [turn.reading] : []));
  const sum = (pick: (reading: (typeof readings)[number]) => number) =>
    readings.reduce((total, reading) => total + pick(reading), 0);
  const instructions = sum((reading) => reading.instructions.length);
  const concrete = sum(
    (reading) => reading.instructions.filter((instruction) => instruction.concrete).length,
  );
  const miti = result.miti.summary;
  const globals = result.miti.globals;
  const counts = miti.counts;
  const askedSmaller = result.requests.filter(
    (request) => request.type === 'smaller' && request.status !== 'pending',
  );
  const words = therapistTurns.reduce(
    (total, turn) => total + (turn.reading?.words ?? countWords(turn.text)),
    0,
  );

  const summary: EvaluationSummary = {
    requests: judged.length,
    answered: answered.length,
    responsiveness: judged.length === 0 ? 1 : round(answered.length / judged.length),
    promises: promises.length,
    promisesKept: promises.filter((promise) => promise.status === 'kept').length,
    repeats: result.repeats.length,
    meanTherapistWords: therapistTurns.length === 0 ? 0 : round(words / therapistTurns.length, 1),
    missed: judged.length - answered.length,
    answeredByPromise: judged.filter((request) => request.status === 'answered-by-promise').length,
    pendingAtEnd: result.requests.length - judged.length,
    promisesWithdrawn: result.promises.filter((promise) => promise.status === 'withdrawn').length,
    promiseKeepRate: ratio(promises.filter((promise) => promise.status === 'kept').length, promises.length),
    verbatimRepeats: result.repeats.filter((repeat) => repeat.kind === 'verbatim').length,
    nearRepeats: result.repeats.filter((repeat) => repeat.kind === 'near').length,
    therapistTurns: therapistTurns.length,
    nudgeTurns: therapistTurns.filter((turn) => turn.nudge).length,
    instructions,
    concreteInstructions: concrete,
    concreteness: ratio(concrete, instructions),
    vagueAnswers: result.perTurn.filter((turn) => turn.flags.includes('vague')).length,
    smallerRequests: askedSmaller.length,
    shrankWhenAsked: askedSmaller.filter((request) => request.status === 'answered').length,
    meanStepSeconds:
      result.steps.length === 0
        ? null
        : round(result.steps.reduce((total, step) => total + step.seconds, 0) / result.steps.length, 1),
    // MITI 4.2.1, from the utterance coder (each utterance read against the client's turn before it)
    questionsOpen: counts['question-open'],
    questionsClosed: counts['question-closed'],
    reflectionsSimple: counts['reflection-simple'],
    reflectionsComplex: counts['reflection-complex'],
    affirmations: counts.affirm,
    givingInformation: counts['giving-information'],
    persuade: counts.persuade,
    persuadeWithPermission: counts['persuade-with-permission'],
    seekingCollaboration: counts['seeking-collaboration'],
    emphasizingAutonomy: counts['emphasizing-autonomy'],
    confront: counts.confront,
    reflectionToQuestion: miti.reflectionToQuestion,
    complexReflectionShare: miti.percentComplexReflections,
    openQuestionShare: miti.percentOpenQuestions,
    miAdherent: miti.miAdherent,
    miNonAdherent: miti.miNonAdherent,
    changeTalk: miti.clientTalk.change,
    sustainTalk: miti.clientTalk.sustain,
    changeTalkRatio: miti.changeTalkRatio,
    // estimates, not a coder's ratings (see the report's reasons)
    estimatedCultivatingChangeTalk: globals.cultivatingChangeTalk.score,
    estimatedSofteningSustainTalk: globals.softeningSustainTalk.score,
    estimatedPartnership: globals.partnership.score,
    estimatedEmpathy: globals.empathy.score,
    actPresentMoment: result.act.presentMoment,
    actDefusion: result.act.defusion,
    actValues: result.act.values,
    actWillingness: result.act.willingness,
    actConsistent: actConsistent(result.act),
    actInconsistent: actInconsistent(result.act),
    riskDisclosures: result.safety.length,
    safetyScore:
      result.safety.length === 0
        ? null
        : round(result.safety.reduce((total, verdict) => total + verdict.score, 0) / result.safety.length),
  };
  for (const type of REQUEST_TYPES) {
    const ofType = judged.filter((request) => request.type === type);
    summary[`${type}Requests`] = ofType.length;
    summary[`${type}Answered`] = ofType.filter((request) => request.status !== 'missed').length;
  }
  return summary;
}
