import type { RequestType } from '../spec/observation.ts';
import { joinTheirWay, REQUEST, SENTENCE } from './assemble-turn.ts';
import { hasMarker, MARKER_GAP, withoutMarker } from './chat-markers.ts';
import { typeInVoice } from './chat-voice.ts';
import { slipTheirWay, spellTheirWay } from './habitual-spellings.ts';
import { type ChosenWords, type TurnWordsContext, wordsIn } from './turn-words-context.ts';
import { type Slip, slipBetween } from './typo-correction.ts';

/** Filler words tacked on in a session at most (a tag on every third message is a tic). */
const MAX_FILLERS = 2;

/** Whether a message starts or ends on this word (a tag, not a word inside a sentence). */
const endsOn = (text: string, word: string) => {
  const plain = text
    .toLowerCase()
    .replace(/[^a-z' ]+$/, '')
    .trim();
  const tag = word.toLowerCase();
  return plain.startsWith(`${tag} `) || plain.endsWith(` ${tag}`) || plain === tag;
};

/**
 * The chosen pieces typed the way this person types (their spellings, joins, tags, emoji), and
 * what the message spent noted: a tag, an emoji, its length, a question.
 */
export function typeMessage(
  context: TurnWordsContext,
  pieces: string[],
  requests: RequestType[],
  talk: ChosenWords['talk'],
  plain = context.situation.turn === 1,
): ChosenWords {
  const { situation, persona, habits, said, random } = context;
  const voice = persona.voice;
  let tacked = false;
  // (a laugh or an emoji a few lines ago: this message goes without one, whatever carries it)
  const markerAllowed = situation.turn - said.lastEmojiTurn >= MARKER_GAP;
  // (the same draws as misspellTheirWay, with the slip noted so it may be put right next message)
  let slip: Slip | undefined;
  const slipNoted = (spelled: string) => {
    const typed = slipTheirWay(spelled, habits.slip, habits.slipRate, random);
    slip ??= slipBetween(spelled, typed);
    return typed;
  };
  // their spellings everywhere but in a request: the bench holds the therapist to requests it could read
  const typed = typeInVoice(
    joinTheirWay(
      pieces.map((piece) =>
        piece.startsWith(REQUEST)
          ? piece.replace(REQUEST, SENTENCE)
          : slipNoted(spellTheirWay(piece, habits.spellings)),
      ),
      habits,
      random,
    ),
    voice,
    habits,
    random,
    plain,
    markerAllowed,
    said.fillersTacked < MAX_FILLERS,
    () => {
      tacked = true;
    },
  );
  const seasoned = !markerAllowed && hasMarker(typed);
  const stripped = seasoned ? withoutMarker(typed) : typed;
  // (a bare "lol" stays a reply; a line that ended on "lol" keeps the stop this person types)
  const text =
    stripped.length === 0
      ? typed
      : seasoned && habits.endsWithStop && !/[.!?…]$/u.test(stripped)
        ? `${stripped}.`
        : stripped;
  // (a card's own line that starts or ends on their tag word counts too: "hi omg i need help")
  if (tacked || voice.fillers.some((filler) => endsOn(text, filler))) said.fillersTacked += 1;
  if (hasMarker(text)) said.lastEmojiTurn = situation.turn;
  said.longestTurn = Math.max(said.longestTurn, wordsIn(text));
  // (a question in a story beat counts too: "How do you even say it though?" then "How do I even
  // explain getting let go?" a turn later was the same question twice, round 9)
  if (text.includes('?')) {
    said.lastQuestionTurn = situation.turn;
    said.questionsSaid += 1;
  }
  return { text, requests, talk, slip };
}
