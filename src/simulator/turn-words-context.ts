import type { RequestType } from '../spec/observation.ts';
import type { SaidLines } from './client-content.ts';
import type { Persona } from './persona-schema.ts';
import type { PersonalHabits } from './personal-habits.ts';
import type { Random } from './prng.ts';
import type { TurnSituation } from './turn-situation.ts';
import type { Slip } from './typo-correction.ts';

/** What one client turn is chosen from: the moment, the card, its habits, what was said, the dice. */
export type TurnWordsContext = {
  situation: TurnSituation;
  persona: Persona;
  habits: PersonalHabits;
  said: SaidLines;
  random: Random;
};

export type ChosenWords = {
  text: string;
  requests: RequestType[];
  talk: 'change' | 'sustain' | 'neutral';
  /** A word this message slipped on, which the person may put right in their next message. */
  slip?: Slip;
};

export const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A short yes before a push-back contradicts it ("yes exactly. I've tried that"). */
export const AGREEMENT =
  /^\W*(yes|yeah|yep|ya|exactly|literally yes|right|true|that's it|this is it)\b[^a-z]*\w{0,12}\W*$/i;
