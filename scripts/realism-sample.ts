// npm run realism:sample -- <out-dir> — writes 15 short excerpts (SAMPLE_EXCERPTS), each from a different persona of simulated clients (the first 4–6
// client turns of a session, client lines only, as a chat help-seeker's side looks) playing against the coach,
// one JSON per line {"id","turns":[…]} to <out-dir>/simulated.jsonl, then an empty READY file.
// The lead mixes them with human-written imitations for a blind real-or-simulated rating.
import './one-line-errors.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { playClientLines } from '../src/runner/client-lines.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';
import { createRandom } from '../src/simulator/prng.ts';
import { TinystepError } from '../src/spec/errors.ts';

const outDirectory = resolve(process.argv[2] ?? 'realism-sample');
const seed = Number(process.env.SAMPLE_SEED ?? 7);
// one blind set of 15 excerpts draws 15 different people: two excerpts of one card tell the same story
const excerpts = Number(process.env.SAMPLE_EXCERPTS ?? 15);
const random = createRandom(seed);
const all = loadPersonaDirectory();
// different people, drawn by the seed, not hand-picked
const personas = all;
if (excerpts > personas.length)
  throw new TinystepError(
    'usage',
    `${excerpts} excerpts need ${excerpts} personas; the directory has ${personas.length}`,
    {
      hint: 'lower SAMPLE_EXCERPTS or add persona cards',
    },
  );
const chosen: typeof personas = [];
while (chosen.length < Math.min(excerpts, personas.length)) {
  const persona = personas[random.int(personas.length)];
  if (!chosen.includes(persona)) chosen.push(persona);
}
const played = await playClientLines({
  personas: chosen,
  therapist: { kind: 'coach' },
  sessions: chosen.length,
  seed,
});
const lines: string[] = [];
played.forEach((session, index) => {
  const length = 4 + random.int(3);
  // from the first message, as the human-written excerpts are: a window opening mid-chat
  // answers a prompt the reader cannot see, which no client's words could make stand alone
  const turns = session.lines.slice(0, length);
  lines.push(JSON.stringify({ id: `sim-${String(index + 1).padStart(2, '0')}`, turns }));
});
mkdirSync(outDirectory, { recursive: true });
writeFileSync(join(outDirectory, 'simulated.jsonl'), `${lines.join('\n')}\n`);
writeFileSync(join(outDirectory, 'READY'), '');
console.log(`wrote ${lines.length} excerpts to ${join(outDirectory, 'simulated.jsonl')}`);
