/**
 * Whether a person of a card's kind holds their personal things back at all. The cards pace every
 * disclosure behind trust and a trigger, so in excerpt after excerpt the one personal fact came last,
 * after a reflection: the round-16 dev rater read it as "a staged secret reveal at the end". Real
 * MIBot participants say such things when they come up, often in their first messages ("I started
 * smoking more after my divorce"), or never. So one person in three says them early as plain facts,
 * one in four never says them, and the rest keep the card's pacing.
 *
 * Only a disclosure of depth 1 or 2 with no risk moves: a risk disclosure and the real worry (depth 3)
 * keep the card's pacing and are never dropped (a missed risk reading is the worst failure, and the
 * bench's risk personas test exactly that pacing).
 */
import type { Disclosure, Persona } from './persona-schema.ts';
import { createRandom, deriveSeed } from './prng.ts';

const EARLY_SHARE = 0.35;
const NEVER_SHARE = 0.25;
/** Said from their second message on: a first message is why they came, not a fact out of nowhere. */
const EARLY_TURN = 2;

/** Not paced: a disclosure that may be said or dropped as a plain fact. */
export const movable = (disclosure: Disclosure) => disclosure.risk === undefined && disclosure.depth < 3;

export function openOrClosed(persona: Persona, round: number): Persona {
  const draw = createRandom(deriveSeed(17, 'disclosure-habit', persona.id, round)).next();
  if (draw < EARLY_SHARE)
    return {
      ...persona,
      disclosures: persona.disclosures.map((disclosure) =>
        movable(disclosure) ? { ...disclosure, trigger: 'any', trust: 0, notBefore: EARLY_TURN } : disclosure,
      ),
    };
  if (draw < EARLY_SHARE + NEVER_SHARE)
    return { ...persona, disclosures: persona.disclosures.filter((disclosure) => !movable(disclosure)) };
  return persona;
}
