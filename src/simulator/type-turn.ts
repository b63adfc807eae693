/**
 * A simulated client's turn typed in their voice: their spellings (never inside a request), the way
 * they join sentences, a tag word or an emoji now and then. Split from choose-words.ts.
 */
import { joinTheirWay, REQUEST, SENTENCE } from './assemble-turn.ts';
import { typeInVoice } from './chat-voice.ts';
import type { SaidLines } from './client-content.ts';
import type { Persona } from './persona-schema.ts';
import { type habitsOf, misspellTheirWay } from './personal-habits.ts';
import type { Random } from './prng.ts';
import { wordsIn } from './tell-next-beat.ts';

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

export type TypingContext = {
  turn: number;
  voice: Persona['voice'];
  habits: ReturnType<typeof habitsOf>;
  said: SaidLines;
  random: Random;
  /** the first turn is typed plainly */
  plain: boolean;
};

/** The turn's pieces as one message in their voice; notes the filler, emoji and length it used. */
export function typeTurn(pieces: readonly string[], context: TypingContext): string {
  const { turn, voice, habits, said, random, plain } = context;
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
    turn - said.lastEmojiTurn >= EMOJI_GAP,
    said.fillersTacked < MAX_FILLERS,
    () => {
      tacked = true;
    },
  );
  // (a card's own line that starts or ends on their tag word counts too: "hi omg i need help")
  if (tacked || voice.fillers.some((filler) => endsOn(text, filler))) said.fillersTacked += 1;
  if (habits.emoji.some((emoji) => text.endsWith(emoji))) said.lastEmojiTurn = turn;
  said.longestTurn = Math.max(said.longestTurn, wordsIn(text));
  return text;
}
