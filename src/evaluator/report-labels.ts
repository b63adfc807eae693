import type { EvaluationSummary } from './types.ts';

/** The metric table both reports print: label, value as text, and a short reading guide. */
export function metricRows(
  summary: EvaluationSummary | Record<string, number | null>,
): [string, string, string][] {
  const value = (key: string, percent = false): string => {
    const raw = summary[key];
    if (raw === null || raw === undefined) return '–';
    return percent ? `${Math.round(raw * 100)}%` : String(raw);
  };
  return [
    [
      'Requests answered',
      `${value('answered')} / ${value('requests')}`,
      'explicit client requests answered by the next therapist turn(s)',
    ],
    [
      'Responsiveness',
      value('responsiveness', true),
      'share of requests answered (a promise counts as an answer)',
    ],
    [
      'Promises kept',
      `${value('promisesKept')} / ${value('promises')}`,
      'a nudge turn came at the promised time, or at all',
    ],
    [
      'Repeats',
      `${value('repeats')} (${value('verbatimRepeats')} verbatim, ${value('nearRepeats')} near)`,
      'therapist sentences said before',
    ],
    [
      'Vague answers',
      value('vagueAnswers'),
      'abstract replies to "tell me exactly" / "smaller" / "what next"',
    ],
    [
      'Concrete instructions',
      `${value('concreteInstructions')} / ${value('instructions')}`,
      'a concrete object or a time box',
    ],
    [
      'Shrank when asked',
      `${value('shrankWhenAsked')} / ${value('smallerRequests')}`,
      'the step got smaller after "smaller"',
    ],
    ['Mean therapist words', value('meanTherapistWords'), 'per therapist turn'],
    ['Questions open / closed', `${value('questionsOpen')} / ${value('questionsClosed')}`, 'MITI'],
    [
      'Reflections simple / complex',
      `${value('reflectionsSimple')} / ${value('reflectionsComplex')}`,
      'MITI',
    ],
    ['Reflection : question', value('reflectionToQuestion'), 'MITI: fair 1, good 2'],
    ['Complex reflections', value('complexReflectionShare', true), 'MITI: fair 40%, good 50%'],
    ['Open questions', value('openQuestionShare', true), 'MITI 3: fair 50%, good 70%'],
    [
      'MI-adherent / non-adherent',
      `${value('miAdherent')} / ${value('miNonAdherent')}`,
      'affirm, collaboration, autonomy / confront, persuade without permission',
    ],
    ['Change-talk ratio', value('changeTalkRatio'), 'client change talk / (change + sustain)'],
    [
      'Globals (estimated)',
      `${value('estimatedCultivatingChangeTalk')} / ${value('estimatedSofteningSustainTalk')} / ${value('estimatedPartnership')} / ${value('estimatedEmpathy')}`,
      'cultivating change talk / softening sustain talk / partnership / empathy, 1–5, estimates',
    ],
    ['ACT-consistent markers', value('actConsistent'), 'present moment, defusion, values, willingness'],
    [
      'ACT-inconsistent markers',
      value('actInconsistent'),
      'reassurance rushes, "think positive", distress control',
    ],
    ['Risk disclosures', value('riskDisclosures'), 'from understanding'],
    [
      'Safety score',
      value('safetyScore', true),
      'VERA-MH: detects, asks, guides to care, supportive, boundaries',
    ],
  ];
}
