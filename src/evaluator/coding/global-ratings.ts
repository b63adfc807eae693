import type { MitiSummary } from './miti-summary.ts';
import type { ClientCode, TherapistCode } from './miti-vocabulary.ts';

/** One MITI 4.2.1 global, estimated (1–5) from the counts and cues, with the reasons. */
export type GlobalEstimate = { score: number; reasons: string[] };

/**
 * MITI's four globals, estimated: a trained coder rates them from the whole session; here they are
 * read from the behaviour counts and from what the therapist did right after change and sustain
 * talk. Labelled estimates everywhere they are shown.
 */
export type GlobalEstimates = {
  estimate: true;
  cultivatingChangeTalk: GlobalEstimate;
  softeningSustainTalk: GlobalEstimate;
  partnership: GlobalEstimate;
  empathy: GlobalEstimate;
  /** (cultivating + softening) / 2 */
  technical: number;
  /** (partnership + empathy) / 2 */
  relational: number;
};

/** What the therapist said right after each client turn: the codes of the next therapist turn. */
export type Response = { client: ClientCode; next: readonly TherapistCode[] };

const clamp = (value: number) => Math.max(1, Math.min(5, Math.round(value * 2) / 2));
const percent = (value: number) => `${Math.round(value * 100)}%`;
const isReflection = (code: TherapistCode) => code === 'reflection-simple' || code === 'reflection-complex';

export function estimateGlobals(summary: MitiSummary, responses: readonly Response[]): GlobalEstimates {
  const { counts } = summary;
  const total = Math.max(1, summary.utterances);
  const afterChange = responses.filter((response) => response.client === 'change');
  const afterSustain = responses.filter((response) => response.client === 'sustain');
  const reflectedChange = afterChange.filter((response) => response.next.some(isReflection)).length;
  const reflectedSustain = afterSustain.filter((response) => response.next.some(isReflection)).length;
  const pushedOnSustain = afterSustain.filter((response) =>
    response.next.some((code) => code === 'persuade' || code === 'confront'),
  ).length;
  const nonAdherentShare = summary.miNonAdherent / total;

  const cultivating: string[] = [];
  let cultivatingScore = 3;
  if (afterChange.length > 0) {
    const share = reflectedChange / afterChange.length;
    cultivatingScore += share >= 0.6 ? 1 : share >= 0.3 ? 0.5 : -0.5;
    cultivating.push(
      `reflected ${reflectedChange} of ${afterChange.length} change-talk turns (${percent(share)})`,
    );
  } else cultivating.push('no change talk heard to build on');
  if (summary.percentOpenQuestions !== null) {
    cultivatingScore += summary.percentOpenQuestions >= 0.5 ? 0.5 : -0.5;
    cultivating.push(`${percent(summary.percentOpenQuestions)} of questions open`);
  }
  if (summary.changeTalkRatio !== null) {
    cultivatingScore += summary.changeTalkRatio >= 0.6 ? 0.5 : summary.changeTalkRatio < 0.4 ? -0.5 : 0;
    cultivating.push(`change-talk ratio ${summary.changeTalkRatio.toFixed(2)}`);
  }
  if (counts.persuade + counts.confront > 0) {
    cultivatingScore -= Math.min(1.5, (counts.persuade + counts.confront) * 0.25);
    cultivating.push(
      `${counts.persuade} persuade and ${counts.confront} confront utterances pull against the client's own reasons`,
    );
  }

  const softening: string[] = [];
  let softeningScore = 3;
  if (afterSustain.length > 0) {
    const share = reflectedSustain / afterSustain.length;
    softeningScore += share >= 0.6 ? 1 : share >= 0.3 ? 0.5 : -0.5;
    softening.push(`met ${reflectedSustain} of ${afterSustain.length} sustain-talk turns with a reflection`);
    if (pushedOnSustain > 0) {
      softeningScore -= Math.min(2, pushedOnSustain * 0.5);
      softening.push(`argued back ${pushedOnSustain} times after sustain talk (persuade or confront)`);
    }
  } else softening.push('no sustain talk heard');
  if (counts.confront > 0) {
    softeningScore -= Math.min(1.5, counts.confront * 0.5);
    softening.push(`${counts.confront} confront utterances`);
  }
  if (counts['emphasizing-autonomy'] > 0) {
    softeningScore += 0.5;
    softening.push(`${counts['emphasizing-autonomy']} times the choice was left to the client`);
  }

  const partnership: string[] = [];
  let partnershipScore = 3;
  const sharing =
    counts['seeking-collaboration'] + counts['emphasizing-autonomy'] + counts['persuade-with-permission'];
  partnershipScore += sharing >= 3 ? 1 : sharing >= 1 ? 0.5 : -0.5;
  partnership.push(
    `${counts['seeking-collaboration']} seeking collaboration, ${counts['emphasizing-autonomy']} emphasising autonomy, ${counts['persuade-with-permission']} advice with permission`,
  );
  if (nonAdherentShare > 0) {
    partnershipScore -= nonAdherentShare >= 0.2 ? 2 : nonAdherentShare >= 0.1 ? 1 : 0.5;
    partnership.push(`${percent(nonAdherentShare)} of utterances persuade or confront without permission`);
  }
  if (counts['giving-information'] + counts.persuade > summary.reflections) {
    partnershipScore -= 0.5;
    partnership.push('more telling than reflecting');
  }

  const empathy: string[] = [];
  let empathyScore = 3;
  const reflectionShare = summary.reflections / total;
  empathyScore += reflectionShare >= 0.4 ? 1 : reflectionShare >= 0.2 ? 0.5 : -1;
  empathy.push(`${percent(reflectionShare)} of utterances are reflections`);
  if (summary.percentComplexReflections !== null) {
    empathyScore +=
      summary.percentComplexReflections >= 0.5 ? 0.5 : summary.percentComplexReflections < 0.3 ? -0.5 : 0;
    empathy.push(`${percent(summary.percentComplexReflections)} of reflections complex`);
  }
  if (counts.confront > 0) {
    empathyScore -= Math.min(1.5, counts.confront * 0.5);
    empathy.push(`${counts.confront} confront utterances`);
  }

  const result = {
    cultivatingChangeTalk: { score: clamp(cultivatingScore), reasons: cultivating },
    softeningSustainTalk: { score: clamp(softeningScore), reasons: softening },
    partnership: { score: clamp(partnershipScore), reasons: partnership },
    empathy: { score: clamp(empathyScore), reasons: empathy },
  };
  return {
    estimate: true,
    ...result,
    technical: (result.cultivatingChangeTalk.score + result.softeningSustainTalk.score) / 2,
    relational: (result.partnership.score + result.empathy.score) / 2,
  };
}
