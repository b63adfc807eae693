import type { RequestType } from '../spec/observation.ts';
import { joinTheirWay, REQUEST, SENTENCE } from './assemble-turn.ts';
import { typeInVoice } from './chat-voice.ts';
import { misspellTheirWay } from './personal-habits.ts';
import { type ChosenWords, type TurnWordsContext, wordsIn } from './turn-words-context.ts';

/** Turns between two emoji of one person. */
const EMOJI_GAP = 4;
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
  // their spellings everywhere but in a request: the bench holds the therapist to requests it could read
  const text = typeInVoice(
    joinTheirWay(
      pieces.map((piece) =>
        piece.startsWith(REQUEST)
          ? piece.replace(REQUEST, SENTENCE)
          : misspellTheirWay(piece, habits, random),
      ),
      habits,
      random,
    ),
    voice,
    habits,
    random,
    plain,
    situation.turn - said.lastEmojiTurn >= EMOJI_GAP,
    said.fillersTacked < MAX_FILLERS,
    () => {
      tacked = true;
    },
  );
  // (a card's own line that starts or ends on their tag word counts too: "hi omg i need help")
  if (tacked || voice.fillers.some((filler) => endsOn(text, filler))) said.fillersTacked += 1;
  if (habits.emoji.some((emoji) => text.endsWith(emoji))) said.lastEmojiTurn = situation.turn;
  said.longestTurn = Math.max(said.longestTurn, wordsIn(text));
  // (a question in a story beat counts too: "How do you even say it though?" then "How do I even
  // explain getting let go?" a turn later was the same question twice, round 9)
  if (text.includes('?')) {
    said.lastQuestionTurn = situation.turn;
    said.questionsSaid += 1;
  }
  return { text, requests, talk };
}
