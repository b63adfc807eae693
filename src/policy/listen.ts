/**
 * A listening turn (issue 17): what they bring said back in their words, then a question only about
 * what they said, or an offer of a small step asked as permission. Reflections: reflections.ts; the
 * question: listen-questions.ts; what the person did to the conversation: their-turn-moves.ts.
 */
import type { SessionState } from '../session/state.ts';
import type { Move, QuestionAbout, ReflectionDepth } from '../spec/move.ts';
import type { LifeTopic, Observation, StatementObservation } from '../spec/observation.ts';
import { toSecondPerson } from '../text/person.ts';
import { isReflectable } from '../text/reflectable.ts';
import { normalizeSentence } from '../text/sentences.ts';
import { sharesWordRun } from '../text/word-runs.ts';
import { withoutAsideTopic } from './aside-topic.ts';
import { carriesMeaning } from './carries-meaning.ts';
import { anchorQuestion } from './listen-anchor.ts';
import { answerApologyFirst } from './listen-apology.ts';
import { bothSidesMoves } from './listen-both-sides.ts';
import { takeUpConcern } from './listen-concern.ts';
import { takeUpHinge } from './listen-hinge.ts';
import { againstTheIdea } from './listen-misfit.ts';
import {
  anchored,
  asserted,
  clauseQuestionFor,
  nextThingQuestion,
  pouring,
  questionFor,
} from './listen-questions.ts';
import { thanksAnswer } from './listen-thanks.ts';
import { earlierClauseBack } from './minimal-answer.ts';
import { offeredStep, offerWaits } from './offer-timing.ts';
import { withOwnFeeling } from './own-feeling.ts';
import { recapWithLastTurn } from './recap.ts';
import { clauseOf, reflectionsFor } from './reflections.ts';
import { askedInTheirWords, isStockEnding, sayBackStandsAlone, weighedAndHeavy } from './stock-ending.ts';
import { saidThisTurn, worryQuestion } from './take-up-worry.ts';
import { answerTheirTurn } from './their-turn-moves.ts';
import { turnedQuestionBack } from './turned-question.ts';
import { POSITIVE_FEELINGS } from './words.ts';

// a short line gets a short answer: at most this many moves
const SHORT_LINE_WORDS = 10;
// a summary is one short sentence: the clauses it gathers, together, in the person's words
const SUMMARY_WORDS = 10;

/**
 * What is said before a question about their clause, in place of saying the clause back: another
 * thing they said, or the feeling they named, or nothing.
 */
function insteadOf(state: SessionState, asked: [number, number], said: readonly Move[]): Move[] {
  // a clause the turn already says back is not said twice
  const saying = new Set(
    said.flatMap((move) => (move.type === 'reflect-clause' ? [move.clause.span[0]] : [])),
  );
  // nor a clause the turn affirms as an effort ("You applied to one job; that's not nothing.")
  const effort = state.effort?.span;
  const affirmed = (item: StatementObservation) =>
    effort !== undefined && item.span[0] < effort[1] && item.span[1] > effort[0];
  const other = state.statements.find(
    (item) =>
      item.span[0] !== asked[0] &&
      !saying.has(item.span[0]) &&
      !affirmed(item) &&
      item.weight >= 1 &&
      isReflectable(item.text),
  );
  if (other) return [{ type: 'reflect-clause', clause: clauseOf(other), depth: 'simple' }];
  if (state.emotionNow && !POSITIVE_FEELINGS.has(state.emotionNow))
    return [{ type: 'reflect-feeling', feeling: state.emotionNow }];
  // the question in their words is enough on its own: a stock "that makes sense" before it reads canned
  return [];
}

/**
 * The clauses a summary may gather: not already said back in an earlier turn (a summary of what
 * was just reflected reads as a stuck record, and the realizer's no-repeat rule drops it to nothing).
 */
function notSaidBack(state: SessionState, clauses: readonly StatementObservation[]): StatementObservation[] {
  if (clauses.length === 0) return [];
  // searched in place: a copy of the said-set every turn grew with the session
  return clauses.filter((clause) => {
    const back = normalizeSentence(toSecondPerson(clause.text));
    return back !== '' && !state.said.some((sentence) => sentence.includes(back));
  });
}

// the questions that could follow anything a person says
const STOCK_ABOUT = new Set(['more', 'hardest-part', 'getting-by']);

// news told as it lands, which the topic's acknowledgement answers better than a say-back
const BAD_NEWS = new Set<LifeTopic>(['grief', 'health']);

// the words just before a thing named only to say it is not the point ("its not the phone")
const SET_ASIDE = /\b(?:not|isn'?t|wasn'?t|no)\s+(?:the\s+|my\s+|about\s+(?:the\s+)?)?$/i;
const setAsideIn =
  (text: string) =>
  (span: readonly [number, number]): boolean =>
    SET_ASIDE.test(text.slice(Math.max(0, span[0] - 12), span[0]));

// reflections that carry more than their words: one of these may end a turn on its own
const STANDS_ALONE = new Set<ReflectionDepth>(['meaning', 'feeling', 'double-sided', 'doubt', 'reported']);
// questions that ask after a noun or a feeling of the turn, not after what they said of it
const LOOSE_ABOUT = new Set<QuestionAbout>(['thing', 'feeling', 'their-doing']);
// a turn this long is someone talking, not answering: a reflection can leave them the next word
const FREE_WORDS = 8;

const REFLECTING = new Set<Move['type']>(['reflect-clause', 'reflect-feeling', 'summarize', 'affirm']);

/**
 * A listening turn (no request, no step yet agreed): what they bring is said back in their words;
 * then an open question, or — once they have been heard for a while — an offer of a small step,
 * asked as permission. MITI's balance: a question only while reflections stay at least twice
 * the questions over the session.
 */
export function listenMoves(said: SessionState, observations: readonly Observation[]): Move[] {
  // a feeling someone else has ("mum will be gutted") is never said back as theirs (own-feeling.ts)
  // nor is a loss named only as background met as the news (aside-topic.ts)
  const state = withoutAsideTopic(withOwnFeeling(said, observations), observations);
  const thanked = thanksAnswer(state, observations);
  if (thanked) return thanked;
  return answerApologyFirst(state, observations, listenPlan(state, observations));
}

function listenPlan(state: SessionState, observations: readonly Observation[]): Move[] {
  const short = state.lastClientWords > 0 && state.lastClientWords <= SHORT_LINE_WORDS;
  const answered = answerTheirTurn(state, observations) ?? bothSidesMoves(observations);
  if (answered) return answered;
  const moves: Move[] = [];
  const newTopic = asserted(state.newTopic);
  if (newTopic) moves.push({ type: 'validate-topic', topic: newTopic });
  else if (state.effort) moves.push({ type: 'affirm', effort: state.effort });
  // a summary before moving on from listening: what they said over the last turns, in their words
  // (only what this turn's reflection will not say again)
  // (at most one short sentence: "Putting it together, it sounds like A, B, and C" read to a blind
  // rater as parroting three clauses, broken grammar and all, so a recap gathers only a line's worth)
  const summarizing = state.processTurns === 0 && state.process !== 'engage' && !short;
  const earlier = summarizing
    ? notSaidBack(
        state,
        state.heard
          .slice(-3, -1)
          .filter((item) => isReflectable(item.text))
          // "or like I'm making excuses" gathered into a summary reads "…, and or like…"
          .filter((item) => !/^(?:and|or|but|so|like)\b/i.test(item.text))
          .filter((item) => !state.statements.some((now) => sharesWordRun(now.text, item.text, 3))),
      )
    : [];
  const recapWords = earlier.reduce((sum, item) => sum + item.text.split(/\s+/).length, 0);
  // bad news just told (a death, a diagnosis) is met by the acknowledgement, not said back as a fact
  // ("So your dad passed in march.", "It sounds like they said its diabetes." read as cold parroting)
  // (the clause that tells it, or any plain say-back of a short line, where only two moves fit and
  // the question after the acknowledgement matters more; "I could not bear to hear the altos without
  // her" in a longer turn is kept)
  const news =
    newTopic !== undefined && BAD_NEWS.has(newTopic)
      ? observations.find((item) => item.kind === 'life-topic' && item.topic === newTopic)?.span
      : undefined;
  const tellsNews = (move: Move) =>
    news !== undefined &&
    move.type === 'reflect-clause' &&
    move.depth === 'simple' &&
    (short || (move.clause.span[0] < news[1] && move.clause.span[1] > news[0]));
  const reflections = againstTheIdea(
    state,
    observations,
    reflectionsFor(state, short || moves.length > 0 ? 1 : 2),
  ).filter((move) => !tellsNews(move));
  // a recap beside a say-back of this turn makes three clauses stitched in one reply: the say-back wins
  if (earlier.length >= 2 && recapWords <= SUMMARY_WORDS && reflections.length === 0)
    moves.push({ type: 'summarize', clauses: earlier.map(clauseOf) });
  const before =
    reflections.length === 0
      ? (turnedQuestionBack(state, observations) ?? earlierClauseBack(state, observations))
      : undefined;
  // a recap then a say-back of this turn read stitched: the say-back joins the recap when it can
  const recapped = recapWithLastTurn(moves, reflections, clauseQuestionFor(state) !== undefined);
  if (recapped) moves.splice(0, moves.length, ...recapped);
  else moves.push(...reflections, ...(before ? [before] : []));
  const topic = state.lifeTopics.at(-1);
  const offering =
    !state.permissionAsked &&
    // their answer to a suggestion just made is heard before any offer of ours (offer-timing.ts)
    !offerWaits(state, observations) &&
    // "no, I don't even know where to start" is an opening, not a refusal
    (state.helpWanted || !observations.some((item) => item.kind === 'decline')) &&
    // a harsh word about themselves is heard first; the offer can wait a turn
    (state.helpWanted || !state.selfJudgement) &&
    // after a loss told (a miscarriage, a death) "one small thing you could do" read as pushing
    // past it, even after "idk what to do": no step is offered in a grieving session (one they ask
    // for outright is a request, answered elsewhere)
    !state.lifeTopics.includes('grief') &&
    (state.helpWanted ||
      // readiness is shown, not assumed: a turn still pouring out a struggle is heard first, and
      // planning is offered only after a turn spent in it (a generic offer read as a push)
      (!pouring(state) &&
        ((state.process === 'plan' && state.processTurns >= 1) ||
          (state.process === 'engage' && topic !== undefined && state.processTurns >= 3))));
  // a fear or a habit just told is asked about before any offer, unless they asked for help
  const heldBack = offering && !state.helpWanted && clauseQuestionFor(state) !== undefined;
  if (offering && !heldBack) {
    if (asserted(topic) && topic && !state.task && !state.scopeSaid.includes(topic) && !short)
      moves.push({ type: 'say-scope', topic });
    // the offer names the step when there is a task to take it from: a generic "one
    // small thing to try" read to raters as ignoring what they said (the step is the first one a
    // yes would get, so the offer and the answer agree)
    // (a task's step only: a topic's ladder is a guess at what they brought, and its step named
    // unasked read as off the point, "write down the one bill" to a landlord who won't listen)
    const step = offeredStep(state);
    moves.push({
      type: 'ask-permission',
      ...(topic && !state.task ? { topic } : {}),
      ...(step ? { step } : {}),
    });
  } else {
    // every listening turn moves the talk on: a clause said back alone read to raters as a parrot
    // (1.5 of 5 over rounds 1–5; with a question after it 2.0), so MITI's reflection-to-question
    // ratio no longer holds the question back
    const asked = questionFor(state, observations);
    // a stock "tell me more" after a reflection adds nothing the reflection did not invite: the
    // question asks after the weight of what was just said back instead
    const reflectedNow = moves.some((move) => REFLECTING.has(move.type));
    // a stock probe where a fear they said can be taken up instead: the fear, named and asked about
    const stock = asked.type === 'open-question' && STOCK_ABOUT.has(asked.about) && !asked.clause;
    const named = stock ? worryQuestion(state) : undefined;
    // a fear this turn already says back is not named twice
    const worry =
      named?.worry && !saidThisTurn(moves).some((text) => sharesWordRun(text, named.worry ?? '', 3))
        ? named
        : undefined;
    const question: Move =
      worry ??
      (stock && asked.about !== 'getting-by'
        ? nextThingQuestion(state, observations, setAsideIn(state.lastClientText ?? ''))
        : undefined) ??
      (asked.type === 'open-question' && asked.about === 'more' && reflectedNow
        ? { type: 'open-question', about: 'hardest-part' }
        : asked);
    const ending = anchored(state, question, observations);
    const stockEnding = isStockEnding(ending);
    // round 9 tried leaving every say-back without its stock question: on a fresh excerpt set
    // (conversations-v15) the changed replies fell from 2.02 to 1.69 of 5, the rater calling the
    // bare say-backs "flat echo", "bare fragment"; a plain say-back keeps its question
    // a complex reflection (a feeling, a meaning, what someone's words did to them) may stand alone
    // when they are talking freely: a question that names nothing of theirs, or only a noun of the
    // turn ("What comes up for you when you think about the sheep?"), after it read as a form
    // (raters v15–v18: "formulaic"); MITI counts the reflection, and the turn is theirs to go on
    // (and only when its words are ours: a 'meaning' said back plainly is their line again, carries-meaning.ts)
    const deep = moves.some(
      (move) => move.type === 'reflect-clause' && STANDS_ALONE.has(move.depth) && carriesMeaning(move),
    );
    const freely =
      state.lastClientWords >= FREE_WORDS && !observations.some((item) => item.kind === 'their-question');
    const loose = stockEnding || (ending.type === 'open-question' && LOOSE_ABOUT.has(ending.about));
    if (!weighedAndHeavy(state, moves, ending) && !(deep && freely && loose)) {
      // a stock or noun question gives way to one about what the turn turns on (listen-hinge.ts), or
      // else the concern the turn carries (listen-concern.ts); a stock one left after that is not
      // asked when the say-back can stand (stock-ending.ts)
      const concerned =
        takeUpHinge(state, observations, moves, ending) ?? takeUpConcern(state, observations, moves, ending);
      if (concerned) moves.splice(0, moves.length, ...concerned.moves);
      const last = concerned?.ending ?? ending;
      if (!sayBackStandsAlone(state, observations, moves, last)) {
        // the exact thing the turn gave, asked about plainly, before any stock probe (listen-anchor.ts)
        // (a plain say-back of a short line and a stock question: one question in their words, stock-ending.ts)
        const exact = anchorQuestion(state, observations, moves, last);
        const asked = exact ? undefined : askedInTheirWords(state, moves, last);
        if (exact) moves.splice(0, moves.length, ...exact.moves, exact.ending);
        else if (asked) moves.splice(0, moves.length, ...asked);
        else moves.push(last);
      }
    }
    // a question about their clause says it back already: its reflection would parrot it twice
    if (question.type === 'open-question' && question.clause) {
      const asked = question.clause.span;
      const index = moves.findIndex(
        (move) =>
          move.type === 'reflect-clause' &&
          move.depth !== 'hinge' &&
          move.clause.span[0] === asked[0] &&
          !move.other,
      );
      // in its place, something else they said (not already said back), or the feeling
      if (index >= 0) moves.splice(index, 1, ...insteadOf(state, asked, moves));
    }
  }
  // a summary alone says only what was heard before: this turn's words get a question as well
  if (!moves.some((move) => move.type !== 'summarize')) moves.push(questionFor(state, observations));
  return moves.slice(0, short ? 2 : 4);
}
