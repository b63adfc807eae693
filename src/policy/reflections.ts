/**
 * Reflections from the person's own clauses (issue 17): both sides of a "but", the heaviest clause
 * with its feeling or meaning, a harsh word heard as how hard they are on themselves.
 */
import type { SessionState } from '../session/state.ts';
import type { Move, PersonClause } from '../spec/move.ts';
import type { StatementObservation } from '../spec/observation.ts';
import { isReflectable } from '../text/reflectable.ts';
import { sharesWordRun } from '../text/word-runs.ts';
import { isCleanEnglish } from './clean-english.ts';
import { plainClauseOf } from './plain-clause.ts';
import { reportedSpeaker } from './reported-verdict.ts';
import { firstCleanClause } from './run-on-clauses.ts';
import { droppedSubjectClause, saidOfSelf } from './said-of-self.ts';
import { isSelfVerdict } from './self-verdict.ts';
import { isUnheard, unheardClause } from './unheard.ts';
import { POSITIVE_FEELINGS } from './words.ts';

// a clause that names a struggle carries a meaning worth saying back ("and that's weighing on you")
const STRUGGLE_WEIGHT = 2;

// "it wasn't the fall" beside "it was her crying after" says what the point is not; "my wife says
// just ring him" is her view: said back before the rest, both read as hearing the wrong half
const ASIDE =
  /^(?:(?:it|that|this)(?:'s|s| is| was)? ?(?:not|wasn'?t|isn'?t)\b(?!.*\b(?:it'?s|its|it was)\b)|(?:your|my) (?:wife|husband|mum|mom|dad|mother|father|partner|friends?|boss|sister|brother|teacher|doctor) (?:says?|said|tells?|told|thinks?|keeps? saying)\b)/i;

// a clause they open on "maybe" is a possibility they fear, not a fact: heard as a doubt
const DOUBTED = /^(?:maybe|perhaps|probably)\s+(?:i|i'm|im|i am|i've|i'll|i should|it's me)\b/i;

// someone else's criticism granted before the clause ("Maybe they are right.", "she's probably right")
const CONCEDED =
  /\b(?:they|she|he|you|everyone|my \w+)(?:'re|'s| are| is) (?:probably |maybe |just )?right\b[^.!?]*[.!?,]?\s*$/i;

// a sentence opened on a hedge ("or maybe its nothing and ive upset her for nothing"): each clause
// of it is a possibility they fear, not a fact (said back plainly, v17: "misstates what he said")
const HEDGED_SENTENCE = /^\s*(?:(?:or|and|but|so)\s+)?(maybe|perhaps|probably)\b/i;

function hedgeBefore(item: StatementObservation, text: string | undefined): string | undefined {
  if (text === undefined || HEDGED_SENTENCE.test(item.text)) return undefined;
  const before = text.slice(0, item.span[0]);
  const sentence = before.slice(Math.max(...['.', '!', '?'].map((mark) => before.lastIndexOf(mark))) + 1);
  // ("maybe bc i didnt go to the cinema thing" is a reason guessed at, not a fear)
  if (/\b(?:bc|because|cause|cos|coz|cuz|since|if|when)\s*$/i.test(sentence)) return undefined;
  return HEDGED_SENTENCE.exec(sentence)?.[1];
}

/** The clause with their own hedge word before it, so it is heard as the doubt it is. */
function hedged(item: StatementObservation, text: string | undefined): PersonClause {
  return { text: `${hedgeBefore(item, text)} ${item.text}`, span: item.span };
}

// a feeling word said of someone else ("hes tired", "my mum is so stressed")
function othersFeeling(text: string, feeling: string | undefined): boolean {
  if (!feeling) return false;
  const stem = feeling.slice(0, 4).replace(/[.*+?^${}()|[\]\\]/g, '');
  return new RegExp(
    `\\b(?:he|she|they|hes|shes|he's|she's|they're|theyre|my \\w+|his|her)\\s+(?:is |was |are |were |gets |got |seems |looks |sounds |feels |felt )?(?:so |really |very |just |always |quite )?${stem}`,
    'i',
  ).test(text);
}

/** A clause said just after they grant a criticism: what they fear is true, not a fact of theirs. */
function afterDoubt(item: StatementObservation, text: string | undefined): boolean {
  return text !== undefined && CONCEDED.test(text.slice(0, item.span[0]));
}

// a clause of theirs said back must read as theirs: whole, clean, and no verdict of ours on them
const sayable = (text: string) => isReflectable(text) && isCleanEnglish(text) && !isSelfVerdict(text);

export const clauseOf = (statement: StatementObservation): PersonClause => ({
  text: statement.text,
  span: statement.span,
});

/**
 * The reflections of this turn, from the person's own clauses: both sides of a "but" when they
 * said one, else the heaviest clause, with the feeling they named or the meaning it carries.
 * Two reflections when they said two things worth hearing (MITI: complex ones first).
 */
export function reflectionsFor(state: SessionState, limit: number): Move[] {
  const heardFrom = reportedVerdict(state);
  if (heardFrom) return [heardFrom];
  // an effort is affirmed, not reflected as well
  const effort = state.effort?.span;
  const outside = (span: [number, number] | undefined) => (item: StatementObservation) =>
    !span || item.span[1] <= span[0] || item.span[0] >= span[1];
  const judged = state.selfJudgementSpan;
  const judging = judged ? state.statements.find((item) => !outside(judged)(item)) : undefined;
  // a clause that would read as garble said back (a question, a fragment) is heard, not repeated
  const statements = state.statements
    // ("been looking at jobs" with its "I" back; "because i had a breakdown" as the reason it is)
    .map(saidOfSelf)
    .map(firstCleanClause)
    .filter(outside(effort))
    .filter(outside(judged))
    .filter((item) => isReflectable(item.text))
    // (a fragment or a learner's grammar echoed verbatim read to a rater as parroting: heard, not said)
    .filter((item) => isCleanEnglish(item.text))
    // ("it's my fault really" said back reads as our agreeing)
    .filter((item) => !isSelfVerdict(item.text))
    // a clause after a "maybe" of its own ("Maybe they are right. I am a man, I don't know these
    // things.") is a criticism they half accept: said back plainly it read to a rater as our agreeing
    .filter((item) => !afterDoubt(item, state.lastClientText));
  // a harsh word about themselves is heard as how hard they are on themselves, never said back as fact
  // (with no clause of its own, "im useless. i sat on her bed…", the harsh word is the clause)
  const judgedClause = judging
    ? clauseOf(judging)
    : state.selfJudgement && judged
      ? { text: state.selfJudgement, span: judged }
      : undefined;
  // a turn that is only the verdict ("im so stupid") gets the harshness heard, not "I don't hear
  // anything stupid in that": there is no "that" to point at
  const onlyVerdict = (state.lastClientText ?? '').trim().split(/\s+/).length <= 4;
  const judgement: Move[] =
    judgedClause && state.selfJudgement
      ? [
          {
            type: 'reflect-clause',
            clause: judgedClause,
            depth: 'judgement',
            ...(onlyVerdict ? {} : { feeling: state.selfJudgement }),
          },
        ]
      : [];
  const conceded = state.statements.find((item) => afterDoubt(item, state.lastClientText));
  if (statements.length === 0) {
    if (judgement.length > 0) return judgement;
    // a bare verdict on themselves ("im useless", "i ruin everything") is heard as how hard they are
    // on themselves; said back (or as "you're feeling useless") it reads as our agreeing
    const verdict = state.statements.find((item) => isSelfVerdict(item.text));
    const bare = state.lastClientText?.trim() ?? '';
    if (verdict) return [{ type: 'reflect-clause', clause: clauseOf(verdict), depth: 'judgement' }];
    if (state.selfJudgement && bare && isSelfVerdict(bare))
      return [{ type: 'reflect-clause', clause: { text: bare, span: [0, bare.length] }, depth: 'judgement' }];
    // a criticism they half accept is heard as that, never agreed with
    if (conceded) return [{ type: 'reflect-clause', clause: clauseOf(conceded), depth: 'doubt' }];
    if (state.emotionNow) return [{ type: 'reflect-feeling', feeling: state.emotionNow }];
    // a line about someone else or the situation is said back as they put it, not probed
    // (or a line of their own with its "I" dropped: "been looking at jobs at bunnings")
    const plain = state.lastClientText
      ? (plainClauseOf(state.lastClientText) ?? droppedSubjectClause(state, sayable))
      : undefined;
    // "why does it matter nobody believes me": being disbelieved is what is heard, with its weight
    const unheard = plain && isUnheard(plain.text) ? plain : unheardClause(state.lastClientText ?? '');
    if (unheard) return [{ type: 'reflect-clause', clause: unheard, depth: 'meaning' }];
    return plain ? [{ type: 'reflect-clause', clause: plain, depth: 'simple' }] : [];
  }
  if (judgement.length > 0 && limit < 2) return judgement;
  const turnIndex = statements.findIndex((item) => item.joinedBy === 'but');
  if (turnIndex > 0) {
    const [first, second] = [statements[turnIndex - 1], statements[turnIndex]];
    return [
      { type: 'reflect-clause', clause: clauseOf(first), other: clauseOf(second), depth: 'double-sided' },
    ];
  }
  // what it is not, or what someone else says, is said back only when nothing else of theirs is
  const own = statements.filter((item) => !ASIDE.test(item.text));
  const byWeight = [...(own.length > 0 ? own : statements)].sort((left, right) => right.weight - left.weight);
  const heaviest = byWeight[0];
  // "useless" read as a feeling is their verdict on themselves: never "it's left you feeling useless";
  // nor is a feeling someone else has theirs ("when he calls hes tired" → not "left you feeling tired")
  const feeling =
    state.emotionNow === state.selfJudgement || othersFeeling(state.lastClientText ?? '', state.emotionNow)
      ? undefined
      : state.emotionNow;
  // a clause that already says how they feel gets its meaning, not the feeling again
  const named =
    feeling !== undefined &&
    (heaviest.text.toLowerCase().includes(feeling.slice(0, 4)) || /\bfe(?:el|lt)\b/i.test(heaviest.text));
  // good news is said back plainly, never as something "weighing on you"
  const glad = feeling !== undefined && POSITIVE_FEELINGS.has(feeling);
  const complex: Move = glad
    ? { type: 'reflect-clause', clause: clauseOf(heaviest), depth: 'simple' }
    : DOUBTED.test(heaviest.text)
      ? { type: 'reflect-clause', clause: clauseOf(heaviest), depth: 'doubt' }
      : hedgeBefore(heaviest, state.lastClientText)
        ? { type: 'reflect-clause', clause: hedged(heaviest, state.lastClientText), depth: 'doubt' }
        : feeling && !named
          ? { type: 'reflect-clause', clause: clauseOf(heaviest), depth: 'feeling', feeling }
          : heaviest.weight >= STRUGGLE_WEIGHT
            ? { type: 'reflect-clause', clause: clauseOf(heaviest), depth: 'meaning' }
            : { type: 'reflect-clause', clause: clauseOf(heaviest), depth: 'simple' };
  if (judgement.length > 0) return [complex, ...judgement];
  // a second reflection only of something else they said, not the same words again
  const other = byWeight.find(
    (item) => item !== heaviest && item.weight >= 1 && !sharesWordRun(item.text, heaviest.text, 3),
  );
  if (limit < 2 || !other || complex.type !== 'reflect-clause' || complex.depth === 'simple')
    return [complex];
  // the lighter thing first, plainly; then the heavier one with what it carries
  const ordered = other.span[0] < heaviest.span[0];
  const simple: Move = { type: 'reflect-clause', clause: clauseOf(other), depth: 'simple' };
  return ordered ? [simple, complex] : [complex, simple];
}

/**
 * A harsh word about them that someone else said ("my dad told me im a waste of space"): the hurt of
 * hearing it from that person, never "you're being hard on yourself" nor the word said back.
 */
function reportedVerdict(state: SessionState): Move | undefined {
  const text = state.lastClientText ?? '';
  const judged = state.selfJudgementSpan;
  const verdict = state.statements.find((item) => isSelfVerdict(item.text));
  const within = judged
    ? state.statements.find((item) => item.span[0] <= judged[0] && judged[0] < item.span[1])
    : verdict;
  if (!within) return undefined;
  const found = reportedSpeaker(within.text, judged ? judged[0] - within.span[0] : undefined);
  if (!found) return undefined;
  const at = within.span[0];
  const speaker = { text: found.text, span: [at + found.span[0], at + found.span[1]] as [number, number] };
  // (the clause as they wrote it: the span is theirs even when the text was tidied)
  return text ? { type: 'reflect-clause', clause: clauseOf(within), depth: 'reported', speaker } : undefined;
}

/** "why does it matter nobody believes me": despair at being disbelieved, not a request for our why. */
export function turnIsUnheard(state: SessionState): boolean {
  return isUnheard(state.lastClientText ?? '');
}
