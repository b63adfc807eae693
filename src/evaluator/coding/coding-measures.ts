import { accuracy, cohensKappa, type Pair, precision, recall } from './agreement.ts';
import type { Coding } from './coded-set.ts';
import { type ClientCode, type MainClass, mainClassOf, type TherapistCode } from './miti-vocabulary.ts';

/** The figures the issue asks for, for one coding against another (null: nothing to measure). */
export type CodingMeasures = {
  utterances: number;
  mainAccuracy: number | null;
  mainKappa: number | null;
  reflectionRecall: number | null;
  therapistInputRecall: number | null;
  therapistInputPrecision: number | null;
  /** over utterances both coded as a question */
  openClosedKappa: number | null;
  questionsBoth: number;
  /** over utterances both coded as a reflection */
  simpleComplexKappa: number | null;
  reflectionsBoth: number;
  /** accuracy over all twelve MITI codes */
  codeAccuracy: number | null;
  codeKappa: number | null;
  clientTurns: number;
  clientKappa: number | null;
  clientAccuracy: number | null;
};

function pairs<Label extends string>(gold: Map<string, Label>, predicted: Map<string, Label>): Pair<Label>[] {
  const result: Pair<Label>[] = [];
  for (const [key, label] of gold) {
    const other = predicted.get(key);
    if (other !== undefined) result.push({ gold: label, predicted: other });
  }
  return result;
}

/**
 * Compares `predicted` with `gold` on the items both coded. Open/closed kappa is taken over the
 * utterances both call a question, simple/complex over those both call a reflection, so each
 * says how well the finer distinction is drawn once the class is agreed.
 */
export function measureCoding(gold: Coding, predicted: Coding): CodingMeasures {
  const codes = pairs<TherapistCode>(gold.therapist, predicted.therapist);
  const main: Pair<MainClass>[] = codes.map((pair) => ({
    gold: mainClassOf(pair.gold),
    predicted: mainClassOf(pair.predicted),
  }));
  const questions = codes.filter(
    (pair) => mainClassOf(pair.gold) === 'question' && mainClassOf(pair.predicted) === 'question',
  );
  const reflections = codes.filter(
    (pair) => mainClassOf(pair.gold) === 'reflection' && mainClassOf(pair.predicted) === 'reflection',
  );
  const client = pairs<ClientCode>(gold.client, predicted.client);
  return {
    utterances: codes.length,
    mainAccuracy: accuracy(main),
    mainKappa: cohensKappa(main),
    reflectionRecall: recall(main, 'reflection'),
    therapistInputRecall: recall(main, 'therapist-input'),
    therapistInputPrecision: precision(main, 'therapist-input'),
    openClosedKappa: cohensKappa(questions),
    questionsBoth: questions.length,
    simpleComplexKappa: cohensKappa(reflections),
    reflectionsBoth: reflections.length,
    codeAccuracy: accuracy(codes),
    codeKappa: cohensKappa(codes),
    clientTurns: client.length,
    clientKappa: cohensKappa(client),
    clientAccuracy: accuracy(client),
  };
}
