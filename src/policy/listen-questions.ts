/**
 * The question a listening turn may end on (issue 17): one about their own clause (a fear, a habit),
 * a feeling they named, their situation's next thing, or a topic named in their words; the stock
 * "tell me more" only as the last resort. listen.ts decides whether a question is asked at all.
 */
import type { SessionState } from '../session/state.ts';
import type { Move, MoveOf, QuestionAbout } from '../spec/move.ts';
import type { LifeTopic, Observation } from '../spec/observation.ts';
import { isHabitual, isPrediction } from '../text/clause-shape.ts';
import { isReflectable } from '../text/reflectable.ts';
import { isCleanEnglish } from './clean-english.ts';
import { clauseOf } from './reflections.ts';
import { isRunOn } from './run-on-clauses.ts';
import { replyTopic } from './topic-phrase.ts';
import { turnNamesHardship, turnShapeQuestion } from './turn-shape-question.ts';
import { POSITIVE_FEELINGS } from './words.ts';

// a clause that names a struggle carries a meaning worth saying back ("and that's weighing on you")
const STRUGGLE_WEIGHT = 2;

/** This turn names a feeling or a struggle: the person is still telling, not yet planning. */
export function pouring(state: SessionState): boolean {
  return (
    (state.emotionNow !== undefined && !POSITIVE_FEELINGS.has(state.emotionNow)) ||
    state.selfJudgement !== undefined ||
    state.statements.some((item) => item.weight >= STRUGGLE_WEIGHT)
  );
}

/**
 * A question about their own words, when a clause of this turn allows one: what it is like when
 * they do what they said they do, or what makes them expect what they fear. The last such clause
 * wins: people tend to end on the point.
 */
export function clauseQuestionFor(state: SessionState): MoveOf<'open-question'> | undefined {
  // a listening turn asks this up to three times of one state, each reading every clause with some
  // twenty patterns: answered once per state (a state is never changed in place: session/fold.ts)
  const known = clauseQuestions.get(state);
  if (known !== undefined) return known ?? undefined;
  const found = findClauseQuestion(state);
  clauseQuestions.set(state, found ?? null);
  return found;
}

const clauseQuestions = new WeakMap<SessionState, MoveOf<'open-question'> | null>();

// someone else's words reported: what they said they will do is no prediction of the person's own
const REPORTED = /\b(?:says|said|told (?:me|us)|promised|reckons)\b/i;

function findClauseQuestion(state: SessionState): MoveOf<'open-question'> | undefined {
  const judged = state.selfJudgementSpan;
  for (const item of [...state.statements].reverse()) {
    if (judged && item.span[0] < judged[1] && item.span[1] > judged[0]) continue;
    if (!isReflectable(item.text) || isRunOn(item.text) || !isCleanEnglish(item.text)) continue;
    // ("my son says he will come at Easter" is his word, not their fear: no "the thought that…")
    if (isPrediction(item.text) && !REPORTED.test(item.text))
      return { type: 'open-question', about: 'expecting', clause: clauseOf(item) };
    if (isHabitual(item.text)) return { type: 'open-question', about: 'doing', clause: clauseOf(item) };
  }
  return undefined;
}

/** The open question that fits where the conversation is, about what they just said. */
export function questionFor(state: SessionState, observations: readonly Observation[]): Move {
  const task = state.task?.object;
  // a task is named in a question only when this turn named it and the turn is about doing it (a
  // step asked for or talked of): an older or misread one reads as a question about something they
  // never said ("starting on the kitchen", "working on his story")
  const aboutDoing = observations.some(
    (item) => item.kind === 'proposal' || item.kind === 'progress' || item.kind === 'help-wanted',
  );
  const taskNow = aboutDoing && observations.some((item) => item.kind === 'task') ? task : undefined;
  const topic = asserted(state.newTopic ?? (state.task ? undefined : state.lifeTopics.at(-1)));
  const aboutTheirWords = clauseQuestionFor(state);
  if (aboutTheirWords) return aboutTheirWords;
  // a hard feeling named this turn is asked about as itself ("What's the loneliness like, day to day?")
  const feeling = state.emotionNow;
  if (
    feeling &&
    !POSITIVE_FEELINGS.has(feeling) &&
    !state.newTopic &&
    observations.some((item) => item.kind === 'emotion')
  )
    return { type: 'open-question', about: 'feeling', feeling };
  let about: QuestionAbout = 'more';
  if (state.process === 'focus' && taskNow) about = 'what-happens';
  // why it matters is asked of someone ready to look at it, not of someone still pouring it out
  else if (state.process === 'evoke' && taskNow) about = pouring(state) ? 'what-happens' : 'matters';
  // "what would you like to work on?" only of someone who asked for help: else it reads as not listening
  else if (state.process === 'plan' && !task && state.helpWanted) about = 'task';
  else if (topic && asserted(state.newTopic)) about = 'getting-by';
  else if (state.statements.some((item) => item.weight >= STRUGGLE_WEIGHT) && state.processTurns % 2 === 0)
    about = 'hardest-part';
  // what they brought (money, a breakup) has its own questions, more exact than "tell me more"
  else if (!task && topic && state.processTurns < 2) about = 'getting-by';
  return {
    type: 'open-question',
    about,
    ...(taskNow && (about === 'what-happens' || about === 'matters')
      ? { task: taskNow, domain: state.task?.domain }
      : {}),
    ...(about === 'getting-by' && topic ? { topic } : {}),
  };
}

// the situations whose next thing the realizer can name from the task alone (what the email should
// say, the first words on a call); a piece of writing offered as "one rough sentence" read as a push
// to someone still pouring it out
const NEXT_THING_DOMAINS = new Set<string>(['email', 'call']);

/**
 * In place of a stock probe, the situation they face asked about as one specific next thing: the
 * task they named when it is an email, a call or a piece of writing, else what they are going through.
 */
// (health too: a diagnosis told once, "i have adhd", then "my partners really patient but…" was met with
// "What's the one question you would most want answered about it?" once a passing "at work" no longer
// stood beside it as a rival reading, round 17)
const OFTEN_MISREAD = new Set<LifeTopic>(['money', 'work-stress', 'health']);
// trouble at home is read from a passing "my mum keeps saying…", "my parents are paying…": on the
// seen sets all 4 "That sounds hard at home" replies asserted a conflict nobody told, so it is
// never said back as theirs (no validation, no "coping with things at home?", no scope line)
const NOT_ASSERTED = new Set<LifeTopic>(['family-conflict']);
export const asserted = (topic: LifeTopic | undefined) =>
  topic && !NOT_ASSERTED.has(topic) ? topic : undefined;

export function nextThingQuestion(
  state: SessionState,
  observations: readonly Observation[],
  setAside: (span: readonly [number, number]) => boolean = () => false,
): Move | undefined {
  // only about what this turn speaks of: a question about the situation after a turn about something
  // else ("my chest is so tight" → "which exam…") read as not hearing it
  // (or a turn that brings nothing new of its own to ask after: no struggle, feeling or sensation)
  const quiet = !observations.some(
    (item) =>
      item.kind === 'emotion' ||
      item.kind === 'sensation' ||
      item.kind === 'worry' ||
      (item.kind === 'statement' && item.weight >= STRUGGLE_WEIGHT),
  );
  // (a task only when this turn names it: an email or a call from turns ago asked about after "my mum
  // always said dont make a fuss" read as not hearing it)
  // (and not a task named only to be set aside: "its not the phone, my brain just dont switch off"
  // got "the first thing you would want to say when they answer?", with no call anywhere)
  const named = observations.some((item) => item.kind === 'task' && !setAside(item.span));
  const task = named ? state.task : undefined;
  if (task && NEXT_THING_DOMAINS.has(task.domain))
    return { type: 'open-question', about: 'next-thing', task: task.object, domain: task.domain };
  // only a topic read without a rival: two readings (grief, then "work") mean one is likely a misreading,
  // and a question about the wrong one ("which thing at work…" to someone grieving) is worse than a stock one
  const [topic, other] = state.lifeTopics;
  // (money and work are the readings most often made from a passing word — "my papers", "a landlord",
  // "at work" — so on a quiet turn they are not asked after: on the seen sets 5 of 8 such were off the point)
  // (a word said in passing — "gotta be at work at 4am" — is not this turn's topic: round 17)
  const said = observations.some(
    (item) => item.kind === 'life-topic' && item.topic === topic && item.strength !== 'passing',
  );
  const now = said || (quiet && topic !== undefined && !OFTEN_MISREAD.has(topic));
  return topic && !other && now ? { type: 'open-question', about: 'next-thing', topic } : undefined;
}

// the questions that name nothing of theirs ("What's the hardest part of that for you?")
export const UNANCHORED = new Set(['more', 'hardest-part']);

/**
 * A question that could follow anything asks about their topic instead, named in their words
 * ("What comes up for you when you think about your daughter?"): this turn's noun phrase, else the
 * task's. A rater scored 25+ of 60 unanchored questions "Generic question".
 */
export function anchored(state: SessionState, question: Move, observations: readonly Observation[]): Move {
  if (question.type !== 'open-question' || !UNANCHORED.has(question.about) || question.clause)
    return question;
  // ("hardest" in a topic question only when they said something was hard; the last-resort question
  // after a say-back keeps it unless the feeling was a glad one: without it, it read vaguer still)
  const hard = turnNamesHardship(state, observations);
  const glad = state.emotionNow !== undefined && POSITIVE_FEELINGS.has(state.emotionNow);
  // this turn's words only, or the task they named: a noun from turns ago ("the bathroom" after "what
  // kind of friend am i") read on the seen sets as not hearing this turn
  // only the task they named and speak of now: a noun that merely came last in the turn ("What comes up
  // for you when you think about the kettle?", "…about the bus?") was read by raters as missing what
  // mattered (round 13 fresh end, rated 1–2), and the language check now counts that frame a defect
  const speaksOfTask = observations.some((item) => item.kind === 'task');
  const thing =
    speaksOfTask && state.task
      ? replyTopic('', state.task, { speaksOfTask, aboutFeeling: pouring(state) })
      : undefined;
  if (thing) return { type: 'open-question', about: 'thing', thing, hard };
  // nothing sure to name: a question that follows what the turn did, else the last resort
  return turnShapeQuestion(state, observations) ?? { ...question, hard: !glad };
}
