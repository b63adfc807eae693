/**
 * The first thing a client says back to what the therapist just did: a step reported, a step
 * too big or too vague, advice pushed back, a reflection that landed or missed, a yes or a no.
 * Mostly nothing: people carry on with what is on their mind.
 */

import type { RequestType } from '../spec/observation.ts';
import { REQUEST, SENTENCE } from './assemble-turn.ts';
import { asksYesNo } from './bare-answer.ts';
import type { TurnSituation } from './choose-words.ts';
import { type SaidLines, storyLines, talkLine, toldHalf } from './client-content.ts';
import { doubtInvited } from './doubt-invited.ts';
import type { Persona } from './persona-schema.ts';
import type { PersonalHabits, ReactionKey } from './personal-habits.ts';
import type { Random } from './prng.ts';
import * as bank from './reaction-bank.ts';
import { requestLine } from './request-turn.ts';

/** The turn ends on a question that is not a yes/no one. */
const endsOnOpenQuestion = (heard: string) => heard.trim().endsWith('?') && !asksYesNo(heard);

export type FirstReaction = {
  pieces: string[];
  requests: RequestType[];
  talk: 'change' | 'sustain' | 'neutral';
  /** A question back, a "that's not it", a "not today": a message of its own. */
  standsAlone: boolean;
  /** Turned advice down in their own words, with nothing after it yet. */
  pushedBack?: boolean;
  /** Answer with the value or the rating alone. */
  alone?: 'value' | 'rating';
};

/** Step outcomes from worst to best: a later report may not be worse than one already said. */
const OUTCOME_RANK = { 'not-done': 1, partial: 2, done: 3 } as const;
/** The first turn a step is reported on in words. */
const REPORT_FROM = 6;

export function firstReaction(
  situation: TurnSituation,
  persona: Persona,
  habits: PersonalHabits,
  said: SaidLines,
  random: Random,
): FirstReaction {
  const { state, felt } = situation;
  const reaction: FirstReaction = { pieces: [], requests: [], talk: 'neutral', standsAlone: false };
  const { pieces } = reaction;
  // (a key with no line of their own and none short enough to share says nothing)
  const own = (key: ReactionKey) => {
    const lines = habits.lines[key];
    return lines.length > 0 ? said.any(lines, random) : undefined;
  };
  const push = (line: string | undefined) => {
    if (line) pieces.push(line);
    return line !== undefined;
  };
  // (a reason to doubt the machine, and this turn invites it: a repeat, a miss, a broken reply;
  // after a fitting question "is anyone actually reading this?" read as slotted in, round 7)
  const missedOften = situation.missedOften === true && doubtInvited(situation);
  // (advice turned down only once the problem is on the page: "that's what my mum said" after a
  // bare "hey" rejected advice before the problem was stated, round 8's reader)
  const toldWhy = said.storyIndex >= Math.min(1, storyLines(persona).length);
  if (situation.repeat && random.chance(0.6)) pieces.push(said.any(bank.REPEAT, random));
  if (situation.broken) pieces.push(said.any(bank.BROKEN_PROMISE, random));
  if (situation.thanks && random.chance(0.6)) pieces.push(said.any(bank.THANKS_NUDGE, random));
  const outcomeRank = situation.attempt ? OUTCOME_RANK[situation.attempt.outcome] : 0;
  // a step reported in words only once the problem is on the page, and never going backwards: "wrote
  // it down" before the incident was told, and "wrote the first line" then "got the number up then
  // locked my phone", were progress out of order to the blind readers of rounds 9 and 10; the
  // attempt still happens (and counts), they just carry on talking instead
  // (and not early: none of 45 human-written chats of v13–v15 reports a step in its first nine lines,
  // where the simulated ones did in excerpt after excerpt)
  const toldEnough = toldHalf(persona, said) && situation.turn >= REPORT_FROM;
  if (situation.attempt && toldEnough && outcomeRank >= said.bestReport) {
    const outcome = situation.attempt.outcome;
    const key = outcome === 'done' ? 'STEP_DONE' : outcome === 'partial' ? 'STEP_PARTIAL' : 'STEP_FAILED';
    // (each report once, in the card's order: the same "opened the email" twice in a session claims
    // the same step twice, and the card's reports run from the first stage to the last)
    if (push(said.inOrder(habits.lines[key]))) said.bestReport = outcomeRank;
    if (situation.attempt.discount) push(own('DISCOUNT'));
    if (outcome === 'done' && persona.goal === 'step' && random.chance(0.2)) {
      pieces.push(`${REQUEST}${requestLine('next', said, random)}?`);
      reaction.requests.push('next');
    }
    // (a step too big or too vague gets a reaction now and then; mostly they just carry on, and
    // "that's too much" / "what does that mean" in excerpt after excerpt was a blind rater's tell)
  } else if (situation.tooBig && toldWhy && random.chance(0.3)) {
    reaction.standsAlone = push(own('TOO_BIG'));
    // (and mostly why, in their own words: "too much" alone, answering a step the reader of an
    // excerpt cannot see, was a non-sequitur; the human-written chats say no with a reason)
    reaction.pushedBack = reaction.standsAlone && random.chance(0.7);
    // (neither before the problem is on the page: "how though." as a second line, answering a
    // step the reader cannot see, came before anything it could be about)
  } else if (situation.vague && toldWhy && !said.askedHow && random.chance(0.25)) {
    // (once a session: "how exactly?" then "meaning what?" a turn later read as a stock script)
    said.askedHow = true;
    reaction.standsAlone = push(own('VAGUE'));
  } else if (situation.unaskedAdvice && toldWhy && random.chance(persona.reactance)) {
    // pushback in their own words, or straight into their own sustain talk, or both
    const sustain = random.chance(0.5) ? talkLine(persona, 'sustain', said, random, missedOften) : undefined;
    // (a push-back of theirs once a session: "Yeah no." opening two turns of six read to a blind rater
    // of real people's chats as a scripted tic, round 12; said, they go straight to their own reasons)
    const pushback = habits.lines.PUSHBACK.length > 0 ? said.fresh(habits.lines.PUSHBACK, random) : undefined;
    if (!sustain || random.chance(0.5)) reaction.pushedBack = push(pushback);
    if (sustain) pieces.push(pieces.length > 0 ? `${SENTENCE}${sustain}` : sustain);
    reaction.pushedBack ||= sustain !== undefined;
    if (pieces.length > 0) reaction.talk = 'sustain';
    // after a reflection that landed most people just carry on; some say so first (not on their
    // second message: "spot on, …" there answers a reflection the reader of an excerpt cannot see)
  } else if (felt === 'heard' && situation.turn > 2 && random.chance(0.2)) push(own('HEARD'));
  // (not when the turn ends on an open question: a bare "not really" to "how are you coping?" reads as
  // a stock reply, where after a guess about them it corrects the guess)
  else if (felt === 'misheard' && !endsOnOpenQuestion(situation.heard ?? '') && random.chance(0.5)) {
    reaction.standsAlone = push(own('MISHEARD'));
  } else if (
    felt === 'unheard' &&
    situation.unheardStreak >= 2 &&
    state.frustration >= 3 &&
    random.chance(0.45)
  )
    push(own('UNHEARD'));
  else if (situation.welcomeAdvice && situation.stepOffered && random.chance(0.5)) push(own('TAKE_ADVICE'));
  else if (situation.askedValues && situation.turn > 3 && persona.values.length > 0 && random.chance(0.6))
    reaction.alone = 'value';
  // (a number answers a question the reader of an excerpt cannot see: seldom, and never bare)
  else if (situation.askedRating && random.chance(0.12)) reaction.alone = 'rating';
  else if (situation.askedClosed && !situation.askedOpen && random.chance(0.6))
    push(own(state.readiness >= 5 || state.trust >= 5 ? 'YES' : 'NO'));
  return reaction;
}
