import { briefPerson } from './brief-person.ts';
import { openOrClosed } from './disclosure-habit.ts';
import type { Persona } from './persona-schema.ts';
import { writesFormally } from './personal-habits.ts';
import { createRandom, deriveSeed, type Random } from './prng.ts';

/**
 * Another person of the same kind as the card: the same story, typed by someone else. A card is a
 * type ("the stressed shift worker"), and ten excerpts drawn from one card's sessions were ten
 * copies of one typist (same case, same stops, same length): a blind rater of real MIBot chats
 * read that sameness as the program. `round` 0 is the card itself; any other round gets its own id,
 * so the habits drawn from the id (case, apostrophes, stops, slips) are drawn afresh, and its own
 * turn length and case. Seeded, so the same round is the same person every run.
 */
export function sessionPerson(persona: Persona, round: number): Persona {
  if (round === 0) return persona;
  const typist = typistOf(persona, round);
  // (some people of every kind say less: each line by its first clause, on dice of its own so the rest
  // of the person is as it was; more of those who type in lower case, who write short in MIBot)
  const brief = createRandom(deriveSeed(16, 'brief-person', persona.id, round)).chance(
    typist.kind === 'lower' ? BRIEF_SHARE_LOWER : BRIEF_SHARE,
  );
  const person = openOrClosed(typist.person, round);
  return brief ? briefPerson(person) : person;
}

/** Share of the people of a card's kind who say each line by its first clause (brief-person.ts). */
const BRIEF_SHARE = 0.3;
const BRIEF_SHARE_LOWER = 0.6;

/**
 * How people type, as one habit: case, stops and length go together. MIBot v6.3A's dev half (53
 * people with three turns or more): 12 type nearly all in lower case, and of those 10 end almost no
 * message of four words or more with a stop (1 in 11 ends half of them with one) and put no stop
 * between sentences either; they write short (median 1–5 words a turn for 9 of 12). The 29 who
 * capitalise end 58% of such messages with a stop and write longer (median 13 words or more for 19 of
 * 29). Drawn independently, case and stops gave "lower case with tidy full stops", the round-16
 * rater's tell, and lower-case typists as long-winded as anyone.
 */
type TypistKind = 'lower' | 'proper';
const LOWER_SHARE = 0.25;
/** Of those who type in lower case, those the card's stop share may reach (times 0.3, personal-habits.ts). */
const LOWER_WITH_STOPS = 0.3;
/** Of those who capitalise, those who end with a stop. */
const PROPER_WITH_STOPS = 0.6;
const LOWER_SCALES = [0.5, 0.7, 0.8, 1, 1.2] as const;
const PROPER_SCALES = [0.8, 1, 1.3, 1.6, 2] as const;

function scaled(
  persona: Persona,
  round: number,
  random: Random,
  scales: readonly number[],
): Persona['voice']['words'] {
  // (a drawn start, then the next scale each round: a card's next few people never all write alike)
  const scale = scales[(random.int(scales.length) + round) % scales.length];
  const words = persona.voice.words;
  const median = Math.max(1, Math.round(words.median * scale));
  return { median, p90: Math.max(median, Math.round(words.p90 * scale)) };
}

function typistOf(persona: Persona, round: number): { person: Persona; kind: TypistKind } {
  const random = createRandom(deriveSeed(18, 'session-person', persona.id, round));
  const id = `${persona.id}-${round}`;
  // (a careful writer's whole sentences in lower case, "i have not told my daughter", read as no one)
  if (writesFormally(persona)) {
    const words = scaled(persona, round, random, PROPER_SCALES);
    return { person: { ...persona, id, voice: { ...persona.voice, words } }, kind: 'proper' };
  }
  const kind: TypistKind = random.chance(LOWER_SHARE) ? 'lower' : 'proper';
  const lower = kind === 'lower';
  const words = scaled(persona, round, random, lower ? LOWER_SCALES : PROPER_SCALES);
  const stops = random.chance(lower ? LOWER_WITH_STOPS : PROPER_WITH_STOPS);
  const voice = {
    ...persona.voice,
    words,
    // (real people are mostly one thing or the other: lower case throughout, or capitals throughout;
    // 0.1, not less, so a capitaliser is not made a formal writer, personal-habits.ts)
    lowercase: lower ? 0.95 : 0.1,
    endPunctuation: stops ? 0.9 : 0.05,
    dropApostrophes: lower && random.chance(0.4) ? 0.7 : 0.05,
    // (slips go with careless typing: one typo in otherwise clean text read as planted, round 14)
    typoRate: lower ? Math.max(persona.voice.typoRate, 0.4) : persona.voice.typoRate,
  };
  return { person: { ...persona, id, voice }, kind };
}
