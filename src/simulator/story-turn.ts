import { REQUEST, SENTENCE } from './assemble-turn.ts';
import { storyBeat, storyLines } from './client-content.ts';
import { nextContent } from './next-content.ts';
import { type BeatCue, chooseBeat, isPushback } from './story-beats.ts';
import { AGREEMENT, type TurnWordsContext, wordsIn } from './turn-words-context.ts';

/** A beat that opens by half agreeing ("maybe. …", "yeah yeah i should. …"). */
const CONCEDES = /^\W*(maybe|yeah|yes|ya|i know|ok|okay|sure|fair|true|right)\b/i;

export type StoryTurnOptions = {
  cue: BeatCue;
  /** Words this turn aims at. */
  target: number;
  /** Not a third push-back running. */
  mayPushBack: boolean;
};

/**
 * One beat of what is on their mind, added to the turn's pieces: the next story line or a beat
 * the therapist's words call up, and the rest of that story entry when the turn runs long.
 */
export function tellStory(context: TurnWordsContext, pieces: string[], options: StoryTurnOptions): void {
  const { situation, persona, habits, said, random } = context;
  const at = said.storyIndex;
  const story = storyLines(persona);
  const { line, fromBeat } = nextContent(persona, said, random, {
    turn: situation.turn,
    cue: options.cue,
    target: options.target,
    mayPushBack: options.mayPushBack,
  });
  if (!line) return;
  // (a scene says what it answers: "Right, angry…" or "not exactly, the worst was friday…",
  // a stock reaction glued before a story beat, was a blind reader's tell in round 7)
  // (only a yes, a no or a "that's it": a step report before a scene is news of its own)
  if (wordsIn(line) >= 8) {
    const stock = new Set(
      (['YES', 'NO', 'HEARD', 'MISHEARD', 'MINIMAL'] as const).flatMap((key) => habits.lines[key]),
    );
    const kept = pieces.filter((piece) => !stock.has(piece) && !AGREEMENT.test(piece));
    pieces.splice(0, pieces.length, ...kept);
  }
  const previous = pieces.at(-1);
  // a push-back is the reaction itself: "yes exactly" before "I've tried that" contradicted it
  if (isPushback(persona, line)) {
    said.pushbackTurns.push(situation.turn);
    const kept = pieces.filter((piece) => !AGREEMENT.test(piece));
    pieces.splice(0, pieces.length, ...kept);
  }
  pieces.push(
    previous !== undefined && pieces.length > 0 && wordsIn(previous) > 3 ? `${SENTENCE}${line}` : line,
  );
  // (the rest of the same story entry when the turn runs long: one entry is one thing told)
  const entry = !fromBeat && at < story.length ? storyBeat(persona, at) : undefined;
  while (
    entry !== undefined &&
    said.storyIndex < story.length &&
    storyBeat(persona, said.storyIndex) === entry &&
    wordsIn(pieces.join(' ')) < options.target - 2
  )
    pieces.push(`${SENTENCE}${story[said.storyIndex++]}`);
  // (a long turn may run on twice, into the other side of what it ran on to: real p90 is 29 words, one
  // run-on left ours at 17; "…, and my sister gave up years ago, and I do worry" was a list, not a thought)
  const added = runOn(context, pieces, options.target);
  if (added !== undefined && options.target >= TWICE_FROM) runOn(context, pieces, options.target, added);
  else pileOn(context, pieces, options.target);
}

/** Words a turn aims at before a short telling may pile one of the week's side concerns on top. */
const PILE_FROM = 24;
const ON_TOP = [', and on top of that ', ', plus ', ' and ', ' and also '];
/** Share of such turns that do: every long turn ending on an aside would be a pattern of its own. */
const PILE_SHARE = 0.4;

/**
 * A long turn that came out short piles on something else from their week: "…at home there is
 * nothing stopping me, and on top of that the van failed its MOT on friday". Real people
 * carry several small unrelated concerns and mention them beside the one they came with; each of
 * the session's side concerns (side-life.ts) is said once at most.
 */
function pileOn(context: TurnWordsContext, pieces: string[], target: number): void {
  const { said, random } = context;
  const last = pieces.at(-1);
  if (target < PILE_FROM || pieces.length !== 1 || last === undefined || last.endsWith('?')) return;
  if (wordsIn(last) < 4 || wordsIn(last) > target * 0.6 || said.sideConcerns.length === 0) return;
  if (!random.chance(PILE_SHARE)) return;
  const concern = said.fresh(said.sideConcerns, random);
  // (in the same breath, as runOn joins: a sentence of its own read as an aside pasted in)
  if (concern) pieces[0] = `${last.replace(/[.!\s]+$/, '')}${random.pick(ON_TOP)}${concern}`;
}

/** Words a turn aims at before a short line may run on into a second thing. */
const RUN_ON_FROM = 18;
/** Words a turn aims at before it may run on into a third thing. */
const TWICE_FROM = 26;
const JOINS = [' and ', ', and ', ', ', ', and ', ' and '];
const BUT_JOINS = [', but ', ' but ', ', but then ', ', though '];

/**
 * A long turn runs on: MIBot's real long turns are one breath of several things ("its sad and since
 * they still think its cool, its really hard to avoid it"), where ours were one tidy line (p90 14
 * words against 29). The next thing on their mind — the story's next line, or their own talk — is
 * joined into the same sentence, not stacked as another sentence with a full stop (round 9's
 * "stitched" lines).
 */
function runOn(
  context: TurnWordsContext,
  pieces: string[],
  target: number,
  after?: string,
): string | undefined {
  const again = after !== undefined;
  const { persona, said, random } = context;
  const last = pieces.at(-1);
  // (not onto a word or two: "fine and also 20 a day roll ups" answers nothing)
  if (target < RUN_ON_FROM || last === undefined || last.endsWith('?') || wordsIn(last) < 4) return undefined;
  if (wordsIn(pieces.join(' ')) > target * (again ? 0.6 : 0.5)) return undefined;
  // (one thing said, then the next in the same breath: not onto a turn of several sentences already)
  // (and not after a reaction or a greeting: "yeah, finals start monday and…" is the yes glued before a
  // scene that raters read as a script, round 7)
  // (the second run-on follows the first, whatever stops its lines hold)
  if (pieces.length > 1 || (!again && /[.!?]\s+\S/.test(last))) return undefined;
  const story = storyLines(persona);
  // (their own talk answered by its other side, in the card's words: "I would save a lot of money, but
  // it helps me concentrate". Real long turns weigh both sides; ours joined the next fact with "and")
  const lastThing = after ?? last;
  const other = persona.changeTalk.includes(lastThing)
    ? persona.sustainTalk
    : persona.sustainTalk.includes(lastThing)
      ? persona.changeTalk
      : [];
  const against = other.length > 0 ? said.fresh(other, random) : undefined;
  if (again && !against) return undefined;
  const next =
    against ??
    (said.storyIndex < story.length
      ? story[said.storyIndex++]
      : said.fresh([...persona.changeTalk, ...persona.sustainTalk], random));
  if (!next || next.endsWith('?')) return undefined;
  const trimmed = last.replace(/[.!\s]+$/, '');
  // (a capital after the join only where they would write one anyway: "I", a name)
  const joined = /^(?:I\b|I'|[A-Z][a-z]*[A-Z])/.test(next) ? next : next[0].toLowerCase() + next.slice(1);
  // ("…all day, and but now…": a line that opens on its own conjunction takes a comma only)
  const join = /^(?:and|but|so|because|cos|or|though)\b/i.test(joined)
    ? ', '
    : against
      ? random.pick(BUT_JOINS)
      : random.pick(JOINS);
  pieces[pieces.length - 1] = `${trimmed}${join}${joined}`;
  return next;
}

/**
 * Advice turned down, then why it will not work for them, in the card's own words, once: in place
 * of the stock push-back, or after a "too much" that keeps its reason.
 */
export function giveReasonForPushback(
  context: TurnWordsContext,
  pieces: string[],
  options: StoryTurnOptions,
): void {
  const { situation, persona, said, random } = context;
  const why = options.mayPushBack
    ? chooseBeat(persona, said.beats, options.cue, random, {
        target: options.target,
        advice: true,
        storyTold: true,
      })
    : undefined;
  if (why) said.pushbackTurns.push(situation.turn);
  // (in place of the stock push-back before it: "yeah sure. yeah i know, I've tried…" was two push-backs)
  // (a "too much" keeps its reason after it: "not today. the van's booked in at 8")
  // (not before a beat that concedes first or asks: "too much. maybe. it's hard…" said no twice)
  if (why && situation.tooBig && pieces.length === 1 && !CONCEDES.test(why) && !why.endsWith('?'))
    pieces.push(`${SENTENCE}${why}`);
  else if (why) pieces.splice(0, pieces.length, ...pieces.filter((piece) => piece.startsWith(REQUEST)), why);
}
