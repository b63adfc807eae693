// usage: node --import tsx realism-sample-15.ts <repo-root> <out-file> <seed>
// 15 distinct personas drawn by the seed, each one session against the coach; the first 8-9 client lines
// (the human-written set has 8-9 turns per excerpt).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
const [root, outFile, seedText] = process.argv.slice(2);
const load = (p: string) => import(pathToFileURL(resolve(root, p)).href);
const { playClientLines } = await load('src/runner/client-lines.ts');
const { loadPersonaDirectory } = await load('src/simulator/load-persona.ts');
const { createRandom } = await load('src/simulator/prng.ts');
const seed = Number(seedText);
const random = createRandom(seed);
const all = loadPersonaDirectory();
const chosen: unknown[] = [];
while (chosen.length < Math.min(15, all.length)) {
  const persona = all[random.int(all.length)];
  if (!chosen.includes(persona)) chosen.push(persona);
}
const played = await playClientLines({ personas: chosen, therapist: { kind: 'coach' }, sessions: chosen.length, seed });
const lines = played.map((session: { lines: string[] }, index: number) =>
  JSON.stringify({ id: `sim-${String(index + 1).padStart(2, '0')}`, turns: session.lines.slice(0, 8 + random.int(2)) }),
);
writeFileSync(outFile, `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length}`);
