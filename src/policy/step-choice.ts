import type { SessionState } from '../session/state.ts';
import type { Step } from '../spec/move.ts';
import {
  biggerStep,
  estimateStepSize,
  ladderFor,
  ladderForTopic,
  objectPhrase,
  rungNear,
  smallerStep,
} from '../steps/index.ts';
import { toSecondPerson } from '../text/person.ts';
import { asserted } from './listen-questions.ts';
import { asImperative } from './words.ts';

// "the applications" of a job search (often the other helper's word): the search's steps fit them; a CV
// they named themselves keeps its own steps ("open your cv"), their noun
const JOB_PAPERS = /\bapplications?$/i;

export function ladderOf(state: SessionState): readonly Step[] {
  if (searchPapers(state)) return ladderForTopic('job-search') ?? ladderFor('other', state.task?.object);
  if (!state.task) {
    // what they brought (a job search, money) has its own tiny steps when no task is named
    const topicLadder = topicLadderOf(state);
    if (topicLadder) return topicLadder;
  }
  return ladderFor(state.task?.domain ?? 'other', state.task?.object);
}

/**
 * "the CV", "the applications" with no ladder of their own ('other'): the job search's steps
 * fit them ("open one job listing") better than "find the CV, on paper or on your screen".
 */
function searchPapers(state: SessionState): boolean {
  const object = state.task?.domain === 'other' ? state.task.object : undefined;
  if (!object) return false;
  return state.lifeTopics.includes('job-search') && JOB_PAPERS.test(object);
}

/** The latest life topic's ladder, when it has one. */
export function topicLadderOf(state: SessionState): readonly Step[] | undefined {
  for (const topic of [...state.lifeTopics].reverse()) {
    // a baby spoken of in a loss is no new baby's nights (session rule 7: nothing they did not say)
    if (topic === 'new-baby' && state.lifeTopics.includes('grief')) continue;
    // a topic never said back as theirs (trouble at home, read from "my mum keeps saying…") gets no
    // steps that presume it ("somewhere calm, away from the argument")
    if (!asserted(topic)) continue;
    const ladder = ladderForTopic(topic);
    if (ladder) return ladder;
  }
  return undefined;
}

/** The task's object as a phrase, or undefined when no task is known (never a stand-in). */
export function objectOf(state: SessionState): string | undefined {
  return state.task ? objectPhrase(state.task.object) : undefined;
}

/** The first step: small when distress or fatigue is high, a modest block otherwise. */
export function firstStep(state: SessionState): Step {
  const ladder = ladderOf(state);
  const distress = state.ratings.at(-1) ?? 5;
  const heavy = state.fatigue >= 5 || distress >= 7;
  // a short ladder (a life topic's) starts one rung from the top, or two when it is heavy
  if (ladder.length <= 5) return ladder[Math.min(heavy ? 2 : 1, ladder.length - 1)];
  const rung = heavy ? 5 : distress >= 4 ? 4 : 3;
  return ladder[Math.min(rung, ladder.length - 1)];
}

/** The step we are working from: the last one proposed (by anyone), else where we would start. */
export function workingStep(state: SessionState): Step {
  return state.currentStep ?? firstStep(state);
}

/** One rung down; two when the last turn already shrank and they still ask, so "smaller" feels smaller. */
export function shrink(from: Step, state: SessionState): Step {
  const ladder = ladderOf(state);
  const once = smallerStep(from, ladder, state.task?.object, state.task?.domain);
  const again = state.lastTherapistMoves.some((move) => move.type === 'shrink-step');
  return again && once.rung < ladder.length - 1
    ? smallerStep(once, ladder, state.task?.object, state.task?.domain)
    : once;
}

/** The biggest step a tired person is offered as "next": tiredness caps the size, success does not lift it. */
function sizeCap(state: SessionState): number {
  if (state.fatigue >= 6) return 5;
  if (state.fatigue >= 4) return 60;
  return Number.POSITIVE_INFINITY;
}

/**
 * A different step of about the same size: a person who did the step and asks for the next one
 * gets a new one, never the same words again (the nearest size at or under the cap, not done lately).
 */
function sideways(current: Step, state: SessionState, cap: number): Step | undefined {
  const ladder = ladderOf(state);
  const recent = new Set([...state.recentSteps, current.text]);
  const candidates = ladder.filter(
    (step) => !recent.has(step.text) && step.size <= Math.max(cap, current.size),
  );
  let best: Step | undefined;
  for (const step of candidates) {
    const distance = Math.abs(Math.log((step.size + 1) / (current.size + 1)));
    const bestDistance = best
      ? Math.abs(Math.log((best.size + 1) / (current.size + 1)))
      : Number.POSITIVE_INFINITY;
    if (distance < bestDistance) best = step;
  }
  return best;
}

/**
 * The next step after a report: one rung bigger when it went well (up to what tiredness allows),
 * smaller when it did not, and always a step with new words — never the one just done.
 */
export function nextStep(state: SessionState, outcome: 'done' | 'partial' | 'not-done' | 'none'): Step {
  const current = state.currentStep;
  if (!current) return firstStep(state);
  const ladder = ladderOf(state);
  const cap = sizeCap(state);
  const fresh = (step: Step | undefined) => step !== undefined && step.text !== current.text;
  // a tired person asking for the next step gets the tiniest one: one click, one look — a new one
  if (state.fatigue >= 6) {
    const recent = new Set(state.recentSteps);
    const tiny = ladder.filter((step) => step.size <= 5 && fresh(step));
    const pick =
      tiny.find((step) => !recent.has(step.text) && step.size < current.size) ??
      tiny.find((step) => !recent.has(step.text));
    if (pick) return pick;
  }
  if (outcome === 'done' || outcome === 'none') {
    const bigger = biggerStep(current, ladder);
    if (outcome === 'done' && fresh(bigger) && bigger.size <= cap) return bigger;
    const across = sideways(current, state, cap);
    if (across) return across;
    if (fresh(bigger)) return bigger;
  }
  const smaller = shrink(current, state);
  if (fresh(smaller)) return smaller;
  return sideways(current, state, cap) ?? smaller;
}

/** A step the person proposed, placed on the ladder by its estimated size. */
export function stepFromProposal(text: string, afterMs: number | undefined, state: SessionState): Step {
  const size = estimateStepSize(text, afterMs);
  // their words become ours, so their "my" is turned ("When you're ready, ask my dad." read to a rater
  // as the coach's dad, round 14 lead classes)
  const cleaned = asImperative(
    toSecondPerson(
      text
        .trim()
        .replace(/^(?:an?\s+)?(?:tiny|small|little|simple)\s+(?:thing|step)\s*[,:—–-]?\s*/i, '')
        .replace(/^(?:(?:like|maybe|just|to|I could|I'll|I will|I can|try)\s+)+/i, '')
        .replace(/[.,;:!?]+$/, ''),
    ),
  );
  return { text: cleaned || text.trim(), size, rung: rungNear(size, ladderOf(state)) };
}
