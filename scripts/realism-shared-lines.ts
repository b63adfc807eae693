// Client turns said word for word by people of two or more different cards (lead feedback, round 17:
// "check how often any reply text is shared by two different personas across 200 sessions — make that
// near zero, except true one-word answers"). Simulated smokers against the MI fixture, as the realism
// check plays them; counts only, and the shared texts themselves (simulated, never real).
//   node --import tsx scripts/realism-shared-lines.ts [--sessions 210] [--seed 1] [--top 25]
import { join } from 'node:path';
import { parseTherapistSpec, therapistFactory } from '../src/runner/resolve-therapist.ts';
import { runSession } from '../src/runner/run-session.ts';
import { sessionSeed } from '../src/runner/session-record.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';
import { sessionPerson } from '../src/simulator/session-person.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const sessions = option('--sessions', 210);
const seed = option('--seed', 1);
const top = option('--top', 25);

const cards = loadPersonaDirectory(join(import.meta.dirname, '../personas/smoking'));
const factory = await therapistFactory(parseTherapistSpec('mi-counsellor'));
/** Normalised turn → the cards whose people said it, and how often. */
const sayers = new Map<string, { cards: Set<string>; times: number }>();
let turns = 0;
for (let index = 0; index < sessions; index += 1) {
  const card = cards[index % cards.length];
  const round = Math.floor(index / cards.length);
  const result = await runSession({
    persona: sessionPerson(card, round),
    therapist: factory,
    seed: sessionSeed(seed, card, round),
  });
  for (const turn of result.turns) {
    if (turn.role === 'therapist') continue;
    turns += 1;
    const plain = turn.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const entry = sayers.get(plain) ?? { cards: new Set<string>(), times: 0 };
    entry.cards.add(card.id);
    entry.times += 1;
    sayers.set(plain, entry);
  }
}
const shared = [...sayers.entries()].filter(([, entry]) => entry.cards.size >= 2);
const longer = shared.filter(([text]) => text.split(' ').length >= 2);
const turnsOf = (list: typeof shared) => list.reduce((sum, [, entry]) => sum + entry.times, 0);
console.log(`${sessions} sessions, ${turns} client turns, ${sayers.size} distinct texts`);
console.log(
  `said by people of 2+ cards: ${shared.length} texts (${turnsOf(shared)} turns); of two words or more: ${longer.length} texts (${turnsOf(longer)} turns, ${((turnsOf(longer) / turns) * 100).toFixed(1)}% of turns)`,
);
for (const [text, entry] of longer
  .sort((a, b) => b[1].cards.size - a[1].cards.size || b[1].times - a[1].times)
  .slice(0, top))
  console.log(`${String(entry.cards.size).padStart(3)} cards ${String(entry.times).padStart(4)}×  ${text}`);
