import { briefPerson } from './brief-person.ts';
import type { Persona } from './persona-schema.ts';
import { writesFormally } from './personal-habits.ts';
import { createRandom, deriveSeed } from './prng.ts';

/** How far one person of a card's kind may type longer or shorter than the card says. */
const LENGTH_SCALES = [0.6, 0.8, 1, 1, 1.3, 1.8] as const;

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
  // (some people of every kind say less: each line by its first clause, on dice of its own so the rest
  // of the person is as it was)
  const brief = createRandom(deriveSeed(16, 'brief-person', persona.id, round)).chance(BRIEF_SHARE);
  const person = typistOf(persona, round);
  return brief ? briefPerson(person) : person;
}

/** Share of the people of a card's kind who say each line by its first clause (brief-person.ts). */
const BRIEF_SHARE = 0.4;

function typistOf(persona: Persona, round: number): Persona {
  const random = createRandom(deriveSeed(18, 'session-person', persona.id, round));
  const scale = random.pick(LENGTH_SCALES);
  const words = persona.voice.words;
  const median = Math.max(1, Math.round(words.median * scale));
  const length = { median, p90: Math.max(median, Math.round(words.p90 * scale)) };
  // (a careful writer's whole sentences in lower case, "i have not told my daughter", read as no one)
  if (writesFormally(persona))
    return { ...persona, id: `${persona.id}-${round}`, voice: { ...persona.voice, words: length } };
  // (real people are mostly one thing or the other: lower case throughout, or capitals throughout)
  const lowercase = random.chance(0.3) ? 0.9 : 0.1;
  return {
    ...persona,
    id: `${persona.id}-${round}`,
    voice: {
      ...persona.voice,
      words: length,
      lowercase,
      endPunctuation: random.chance(0.25) ? 0.7 : 0.1,
      dropApostrophes: lowercase > 0.5 && random.chance(0.4) ? 0.7 : 0.05,
      // (slips go with careless typing: one typo in otherwise clean text read as planted, round 14)
      typoRate: lowercase > 0.5 ? Math.max(persona.voice.typoRate, 0.4) : persona.voice.typoRate,
    },
  };
}
