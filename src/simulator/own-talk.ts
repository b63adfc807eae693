import { SENTENCE } from './assemble-turn.ts';
import { storyLines, talkLine } from './client-content.ts';
import { questionCallsBeat } from './story-beats.ts';
import { AGREEMENT, type ChosenWords, type TurnWordsContext } from './turn-words-context.ts';

/**
 * Their own change or sustain talk ("I want to finish what I started", "I'm not a forms person"),
 * now and then once they have said what happened; the talk the turn then carries.
 */
export function addOwnTalk(
  context: TurnWordsContext,
  pieces: string[],
  options: { talk: ChosenWords['talk']; reacted: boolean; talkRested: boolean; missedOften: boolean },
): ChosenWords['talk'] {
  const { situation, persona, said, random } = context;
  // once they have told three lines of what happened (not before: "i just want to get through it"
  // on the fourth line, before the stakes, read as a template's emotion-goal-plan order to the v14
  // and v15 readers; the human-written chats state a goal near their end; half the story was too
  // late: a listened-to client then had no change talk in eight turns)
  const toldEnough = said.storyIndex >= Math.min(3, storyLines(persona).length);
  // (first in the turn, not its tidy end: "I want to finish what I started" closing a turn of
  // facts reads as a neat insight, the way a writer rounds a scene off)
  if (
    options.talk !== 'neutral' ||
    options.reacted ||
    situation.disclosure ||
    situation.turn <= 3 ||
    !toldEnough ||
    !options.talkRested ||
    // (a question their story answers gets that answer: "what does it do for you" → why they smoke)
    questionCallsBeat(persona, said.beats, situation.heard ?? '') ||
    !random.chance(0.3)
  )
    return options.talk;
  const change = random.chance(situation.state.readiness / 10);
  const line = talkLine(persona, change ? 'change' : 'sustain', said, random, options.missedOften);
  if (!line) return options.talk;
  // (sustain talk turns the step down, so no "yeah exactly" before it: agreeing and then "i'm
  // not a forms person" in one breath was the glued push-back raters took for a script)
  if (!change) pieces.splice(0, pieces.length, ...pieces.filter((piece) => !AGREEMENT.test(piece)));
  pieces.push(pieces.length > 0 ? `${SENTENCE}${line}` : line);
  said.lastTalkTurn = situation.turn;
  return change ? 'change' : 'sustain';
}

/**
 * An aside of theirs (the card's tangents, or this session's side concerns, side-life.ts), never
 * before they have said why they came.
 */
export function addTangent(context: TurnWordsContext, pieces: string[]): void {
  const { situation, persona, said, random } = context;
  if (
    situation.turn > 3 &&
    pieces.length === 0 &&
    !situation.disclosure &&
    (persona.tangents.length > 0 || said.sideConcerns.length > 0) &&
    random.chance(persona.voice.topicDrift)
  ) {
    const drift = said.fresh([...persona.tangents, ...said.sideConcerns], random);
    if (drift) pieces.push(drift);
  }
}
