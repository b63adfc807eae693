// npm run realism:mix -- HUMAN.jsonl OUT-DIR SEED SIMULATED.jsonl [MORE-SIMULATED.jsonl …] [--protocol forced-half] [--per-side 10]
// Mixes human-written and simulated excerpts ({"id","turns"} a line) for one blind rater:
// OUT-DIR/excerpts.jsonl and OUT-DIR/RATER.md for the rater, OUT-DIR-key/key.json and
// OUT-DIR-key/protocol.json for scoring (`npm run realism:score -- OUT-DIR`). The two protocols are
// described in docs/realism-check.md; `standard` (the default) is the one rounds 3–10 ran.
import './one-line-errors.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { mixRealism, REALISM_PROTOCOLS, type RealismProtocol } from '../src/simulator/realism-protocol.ts';
import { TinystepError } from '../src/spec/errors.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const [, value] = args.splice(at, 2);
  return value;
};
const protocol = (option('--protocol') ?? 'standard') as RealismProtocol;
const perSideText = option('--per-side');
if (!REALISM_PROTOCOLS.includes(protocol))
  throw new TinystepError('usage', `--protocol ${protocol}: one of ${REALISM_PROTOCOLS.join(', ')}`);
const [humanPath, outDirectory, seedText, ...simulatedPaths] = args;
if (!humanPath || !outDirectory || !seedText || simulatedPaths.length === 0)
  throw new TinystepError('usage', 'realism-mix HUMAN OUT-DIR SEED SIMULATED… [--protocol p] [--per-side n]');

const read = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; turns: string[] });
// the original names a simulated excerpt by its folder, as mix_realism.py did ("sample-a:sim-03")
const human = read(humanPath).map((excerpt) => ({ original: excerpt.id, turns: excerpt.turns }));
const simulated = simulatedPaths.flatMap((path) =>
  read(path).map((excerpt) => ({
    original: `${basename(dirname(resolve(path)))}:${excerpt.id}`,
    turns: excerpt.turns,
  })),
);
const mix = mixRealism({
  human,
  simulated,
  seed: Number(seedText),
  protocol,
  perSide: perSideText === undefined ? undefined : Number(perSideText),
});
const out = resolve(outDirectory);
mkdirSync(out, { recursive: true });
mkdirSync(`${out}-key`, { recursive: true });
writeFileSync(
  join(out, 'excerpts.jsonl'),
  mix.excerpts.map((excerpt) => `${JSON.stringify(excerpt)}\n`).join(''),
);
writeFileSync(join(out, 'RATER.md'), mix.instructions);
writeFileSync(join(`${out}-key`, 'key.json'), JSON.stringify(mix.key, null, 1));
writeFileSync(
  join(`${out}-key`, 'protocol.json'),
  `${JSON.stringify({ protocol, excerpts: mix.excerpts.length })}\n`,
);
console.log(`mixed ${mix.excerpts.length} (${protocol}) into ${out}; key in ${out}-key`);
