/**
 * A listening turn's question taken to the concern of the last turn (issue 17, round 12): in place
 * of a stock probe ("What's the hardest part of that for you?", "Can you tell me more about that?")
 * or a question about a noun of the turn ("What comes up for you when you think about the papers?"),
 * one question about the fear, shame, loss or wall they spoke of; and where the turn would only say
 * their clause back plainly, the concern is named instead (a complex reflection, in our words).
 */
import type { SessionState } from '../session/state.ts';
import type { Move, QuestionAbout, ReflectionDepth } from '../spec/move.ts';
import type { ConcernKind, LifeTopic, Observation } from '../spec/observation.ts';

// the questions a concern replaces: they name nothing the person cares about, or only a noun of theirs
const REPLACED = new Set<QuestionAbout>(['more', 'hardest-part', 'thing']);
// say-backs that carry no meaning of their own: the named concern says more, in cleaner words
const PLAIN = new Set<ReflectionDepth>(['simple']);

/**
 * The turn's moves with the concern taken up, or undefined to leave the turn as it was. `moves` are
 * what comes before the question; `ending` the question the turn would ask.
 */
export function takeUpConcern(
  state: SessionState,
  observations: readonly Observation[],
  moves: readonly Move[],
  ending: Move,
): { moves: Move[]; ending: Move } | undefined {
  if (ending.type !== 'open-question' || !REPLACED.has(ending.about) || ending.clause) return undefined;
  // (a fear read by the worry reader counts, in words the concern reader does not know)
  const concern =
    observations.find((item) => item.kind === 'concern')?.concern ??
    (observations.some((item) => item.kind === 'worry') ? 'fear' : undefined);
  if (!concern)
    return (
      carriedConcern(state, observations, moves, ending) ?? topicConcern(state, observations, moves, ending)
    );
  // the same concern asked about just before is not asked again: they are answering it
  const askedBefore = state.lastTherapistMoves.some(
    (move) => move.type === 'open-question' && move.about === 'concern' && move.concern === concern,
  );
  if (askedBefore) return undefined;
  return withConcern(moves, concern);
}

// concerns that outlast their turn: a state they are in, not what someone said or did in that
// line (their advice, a comparison, a shouting match carried to the next line read as off the point)
const CARRIES = new Set<ConcernKind>([
  'fear',
  'shame',
  'stuck',
  'too-much',
  'worn-out',
  'alone',
  'left-out',
  'guilt',
  'loss',
  'burden',
  'not-allowed',
]);

// how many client turns back a concern still carries the talk: the turn before this one, or the one before that
const CARRIED_TURNS = 2;

/**
 * A turn with no concern of its own that answers within one told just before ("idk", "like 40
 * times", "they dont have online booking" after "im scared they'll think im stupid"): the stock probe
 * gives way to that concern, once in the session, unless this turn turns to a new topic.
 */
function carriedConcern(
  state: SessionState,
  observations: readonly Observation[],
  moves: readonly Move[],
  ending: Move,
): { moves: Move[]; ending: Move } | undefined {
  if (ending.type !== 'open-question' || ending.about === 'thing') return undefined;
  if (state.newTopic || observations.some((item) => item.kind === 'life-topic')) return undefined;
  // a turn that tells something heavy of its own is heard as itself, not as the last one's concern
  const ownWeight = observations.some(
    (item) =>
      item.kind === 'emotion' ||
      item.kind === 'self-judgement' ||
      (item.kind === 'statement' && item.weight >= 2),
  );
  if (ownWeight) return undefined;
  const carried = state.concernsHeard.findLast(
    (item) => item.turn < state.clientTurns && item.turn >= state.clientTurns - CARRIED_TURNS,
  )?.concern;
  if (!carried || !CARRIES.has(carried) || state.concernsTakenUp.includes(carried)) return undefined;
  return withConcern(moves, carried);
}

// what a situation most often carries, when they have named it and the turn says nothing else of its
// own: a question about that in place of a stock probe (the v23 dev rating: concern questions 2.8 of 5
// against 1.7 for the stock replies they replaced); situations read from a passing word (money, work,
// home) or with no one concern (a job search, housing) are left out
const TOPIC_CONCERN: Partial<Record<LifeTopic, ConcernKind>> = {
  grief: 'loss',
  'job-loss': 'loss',
  breakup: 'loss',
  loneliness: 'alone',
  exams: 'fear',
  health: 'fear',
  caring: 'worn-out',
  'new-baby': 'worn-out',
};

/** The concern of the situation they brought, taken up once in the session by a turn with none of its own. */
function topicConcern(
  state: SessionState,
  observations: readonly Observation[],
  moves: readonly Move[],
  ending: Move,
): { moves: Move[]; ending: Move } | undefined {
  if (ending.type !== 'open-question') return undefined;
  // (only a topic read without a rival: two readings mean one is likely a misreading)
  const [topic, other] = new Set(state.lifeTopics);
  if (!topic || other !== undefined) return undefined;
  const concern = TOPIC_CONCERN[topic];
  if (!concern || state.concernsTakenUp.includes(concern)) return undefined;
  if (observations.some((item) => item.kind === 'their-question')) return undefined;
  return withConcern(moves, concern);
}

function withConcern(moves: readonly Move[], concern: ConcernKind): { moves: Move[]; ending: Move } {
  const plain = (move: Move) => move.type === 'reflect-clause' && PLAIN.has(move.depth) && !move.other;
  const saysMore = moves.some(
    (move) =>
      (move.type === 'reflect-clause' && !plain(move)) ||
      move.type === 'reflect-feeling' ||
      move.type === 'summarize',
  );
  return {
    // a plain say-back beside the named concern would be two reflections of one line
    moves: saysMore ? [...moves] : moves.filter((move) => !plain(move)),
    ending: { type: 'open-question', about: 'concern', concern, ...(saysMore ? {} : { named: true }) },
  };
}
