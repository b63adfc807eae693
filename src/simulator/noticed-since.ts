import type { TurnSituation } from './choose-words.ts';
import type { Reaction } from './react-to-therapist.ts';
import type { TherapistBehaviour } from './read-therapist-behaviour.ts';

/** "How heavy does it feel, 0 to 10?": a number is the natural answer. */
export const RATING_QUESTION =
  /\b(?:0|zero)\s*(?:to|-|–)\s*10\b[^.!?]*\?|\b(?:how heavy|rate|a number|tell me how)\b[^.!?]*\b(?:0|zero)\s*(?:to|-|–)\s*10\b/i;

/** "What matters to you here?": the one time a person says what they value. */
export const VALUES_QUESTION = /\b(?:matters?|important|care about|values?)\b[^.!?]*\?/i;

/** What the client noticed since it last spoke; a fresh set each time it speaks. */
export type Noticed = {
  repeat: boolean;
  broken: boolean;
  thanks: boolean;
  vague: boolean;
  tooBig: boolean;
  hesitated: boolean;
  felt: TurnSituation['felt'];
  unaskedAdvice: boolean;
  welcomeAdvice: boolean;
  askedOpen: boolean;
  askedClosed: boolean;
  askedAboutRisk: boolean;
  askedRating: boolean;
  askedValues: boolean;
  stepOffered: boolean;
};

export function nothingNoticed(): Noticed {
  return {
    repeat: false,
    broken: false,
    thanks: false,
    vague: false,
    tooBig: false,
    hesitated: false,
    felt: 'neutral',
    unaskedAdvice: false,
    welcomeAdvice: false,
    askedOpen: false,
    askedClosed: false,
    askedAboutRisk: false,
    askedRating: false,
    askedValues: false,
    stepOffered: false,
  };
}

/** What a therapist reply told the client: how it felt, advice asked or not, the kinds of question, a step. */
export function noticeReply(
  noticed: Noticed,
  reply: {
    text: string;
    reaction: Reaction;
    behaviour: TherapistBehaviour;
    stepOffered: boolean;
  },
): void {
  const { text, reaction, behaviour } = reply;
  noticed.felt = reaction.felt;
  noticed.unaskedAdvice ||= reaction.unaskedAdvice;
  noticed.welcomeAdvice ||= reaction.welcomeAdvice;
  noticed.askedOpen ||= behaviour.openQuestions > 0;
  noticed.askedClosed ||= behaviour.closedQuestions > 0;
  noticed.askedRating ||= RATING_QUESTION.test(text);
  noticed.askedValues ||= VALUES_QUESTION.test(text);
  noticed.stepOffered = reply.stepOffered;
}
