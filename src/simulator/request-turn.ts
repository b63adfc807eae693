/**
 * An explicit request ("can you just tell me what to do", "nudge me in 5 minutes") in a client's
 * turn: asked again when the therapist left one unanswered, or asked fresh now and then. A request
 * is a message of its own (after a short reaction at most), not the tail of a story.
 */
import type { RequestType } from '../spec/observation.ts';
import { REQUEST, SENTENCE } from './assemble-turn.ts';
import type { SaidLines } from './client-content.ts';
import type { Persona } from './persona-schema.ts';
import type { Random } from './prng.ts';
import * as bank from './reaction-bank.ts';

/** The card's request propensity to a chance per turn (see the calibration note where it is used). */
const REQUEST_SCALE = 0.92;

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function requestLine(type: RequestType, said: SaidLines, random: Random): string | undefined {
  const pool =
    type === 'concrete'
      ? bank.ASK_CONCRETE
      : type === 'nudge'
        ? bank.ASK_NUDGE
        : type === 'smaller'
          ? bank.ASK_SMALLER
          : type === 'next'
            ? bank.ASK_NEXT
            : undefined;
  if (!pool) return undefined;
  return said.any(pool, random).replace('{time}', random.pick(bank.REQUEST_TIMES));
}

/**
 * Puts a request into the turn's pieces in place of its content (short reactions kept before it);
 * returns whether the turn's own change or sustain talk was dropped for it.
 */
export function addRequests(
  pieces: string[],
  requests: RequestType[],
  unanswered: readonly RequestType[],
  options: { turn: number; persona: Persona; said: SaidLines; random: Random; heard?: number },
): boolean {
  const { persona, said, random } = options;
  let dropped = false;
  const put = (type: RequestType) => {
    const line = requestLine(type, said, random);
    if (!line) return;
    const kept = pieces.filter((piece) => !piece.startsWith(SENTENCE) && wordsIn(piece) <= 3);
    if (kept.length < pieces.length) dropped = true;
    pieces.splice(0, pieces.length, ...kept, `${REQUEST}${line}`);
    requests.push(type);
  };
  for (const type of unanswered) {
    if (requests.length > 0 || said.requestsAsked >= 2 || !random.chance(0.1)) continue;
    said.requestsAsked += 1;
    put(type);
  }
  // (someone who feels heard asks to be told what to do less often: they are getting somewhere
  // by talking; without this a reflective listener's long sessions drew a third more requests)
  // (0.8 and the 0.92 below: measured over 2,000 sessions at seeds 7, 18 and 29, the share was 1.27%
  // against ELIZA and 1.03% against generic advice with 0.75 and no scale; these put every therapist
  // within about a tenth of 1%, so one seed's noise at 500 sessions no longer takes one out of ±25%)
  const heardFactor = (options.heard ?? 0) >= 6 ? 0.8 : 1;
  const requestChance =
    persona.voice.requests * (persona.goal === 'step' ? 1.4 : 0.7) * heardFactor * REQUEST_SCALE;
  // (two fresh a session at most, three with asking again: a long session is no reason to ask more
  // often, and uncapped a few sessions of one sceptic asking over and over swung the share by half)
  if (requests.length === 0 && options.turn > 1 && said.requestsAsked < 2 && random.chance(requestChance)) {
    said.requestsAsked += 1;
    put(random.chance(0.6) ? 'concrete' : 'nudge');
  }
  return dropped;
}
