/**
 * A bare "nah", "ye", "kinda" or "idk" answering our (or another helper's) yes/no question: the
 * question turned round in their terms is what they said ("Do you think they forgot?" + "nah" →
 * "So you don't think they forgot."). Raters scored the stock probe such turns got 1–2 ("generic
 * prompt", lead, fresh v31). The question comes through the session (`lastClosedQuestion`, read
 * in the fold), the answer's way from understanding (`turn-form`'s `answer`).
 */
import type { SessionState } from '../session/state.ts';
import type { Move } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';
import { toSecondPerson } from '../text/person.ts';
import { normalizeSentence } from '../text/sentences.ts';

/** Their bare answer, said back as the question it answers turned round; none when it cannot be. */
export function turnedQuestionBack(
  state: SessionState,
  observations: readonly Observation[],
): Move | undefined {
  const asked = state.lastClosedQuestion;
  if (!asked || state.statements.length > 0) return undefined;
  const form = observations.find((item) => item.kind === 'turn-form');
  const answer = form?.kind === 'turn-form' ? form.answer : undefined;
  // "yeah. pathetic right" is not bare; a harsh word about themselves is heard first anyway
  if (!answer || state.selfJudgement) return undefined;
  const text =
    answer === 'yes'
      ? asked.yes
      : answer === 'no'
        ? asked.no
        : answer === 'partly'
          ? asked.yes && `in a way ${asked.yes}`
          : asked.unsure;
  if (!text) return undefined;
  // said back already: the no-repeat rule would drop it to nothing
  const back = normalizeSentence(toSecondPerson(text));
  if ([...state.said].some((sentence) => sentence.includes(back))) return undefined;
  return { type: 'reflect-clause', clause: { text, span: [0, 0] }, depth: 'simple' };
}
