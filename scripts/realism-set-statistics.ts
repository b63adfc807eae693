// node --import tsx scripts/realism-set-statistics.ts HUMAN-SET.jsonl [SIMULATED.jsonl]
// Per-turn statistics (src/simulator/mibot-turn-statistics.ts) of a realism set's excerpts beside
// simulated ones, and how many of the text-only statistics lie within ±25% of the set's figure (a
// share under 5% counts as within when both are under 5%). Aggregate figures only: no line is printed,
// so a held-out set (v19, v20) can be measured without being read. Without SIMULATED, the excerpts
// `npm run realism:sample` writes (SAMPLE_SEED, default 7) are played here.
import './one-line-errors.ts';
import { readFileSync } from 'node:fs';
import { playClientLines } from '../src/runner/client-lines.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';
import {
  describeTurnStatistics,
  type TurnStatistics,
  turnStatistics,
} from '../src/simulator/mibot-turn-statistics.ts';
import { TinystepError } from '../src/spec/errors.ts';

const [humanPath, simulatedPath] = process.argv.slice(2);
if (!humanPath) throw new TinystepError('usage', 'realism-set-statistics HUMAN-SET.jsonl [SIMULATED.jsonl]');
const readTurns = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .flatMap((line) => (JSON.parse(line) as { turns: string[] }).turns);

let simulatedLines: string[];
if (simulatedPath) simulatedLines = readTurns(simulatedPath);
else {
  // every persona once, the first 4–6 lines as realism:sample cuts them (a fixed 5 here: a figure, not a set)
  const played = await playClientLines({
    personas: loadPersonaDirectory(),
    therapist: { kind: 'coach' },
    sessions: 96,
    seed: Number(process.env.SAMPLE_SEED ?? 7),
  });
  simulatedLines = played.flatMap((session) => session.lines.slice(0, 5));
}
const asTurns = (lines: string[]) => lines.map((text) => ({ text, after: '' }));
const human = turnStatistics(asTurns(readTurns(humanPath)));
const simulated = turnStatistics(asTurns(simulatedLines));
console.log(describeTurnStatistics('human-written', human, 'simulated', simulated));
// the statistics that need no counsellor turn
const textOnly: Array<keyof TurnStatistics> = [
  'medianWords',
  'p90Words',
  'oneWord',
  'lowercase',
  'capitalStart',
  'unpunctuated',
  'severalSentences',
  'question',
  'hedge',
  'droppedApostrophe',
  'yesNoOpening',
];
const within = textOnly.filter((key) => {
  const target = human[key];
  const value = simulated[key];
  if (target < 0.05 && value < 0.05 && key !== 'medianWords' && key !== 'p90Words') return true;
  return Math.abs(value - target) <= 0.25 * target + 1e-9;
});
console.log(`\nwithin ±25%: ${within.length}/${textOnly.length} (${within.join(', ')})`);
