// npm run calibrate — plays 2,000 simulated sessions against each therapist (coach, ELIZA) and
// prints the client-side statistics beside the real-world targets (docs/simulator/calibration.md),
// each marked within ±25% or not. CALIBRATE_SESSIONS (at least 500), CALIBRATE_SEED override the
// defaults. 2,000, not the minimum 500: at 500 a therapist's ~80 requests put the 1% request
// share's noise (about ±17%) near the ±25% band, so a seed could miss by chance; at 2,000 the noise is
// half that. It costs about a minute of CPU per therapist (more wall time on a busy machine).
import { playClientLines } from '../src/runner/client-lines.ts';
import { parseTherapistSpec, type TherapistSpec } from '../src/runner/resolve-therapist.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';
import {
  compareWithReference,
  compareWithTargets,
  realismStatistics,
} from '../src/simulator/realism-statistics.ts';

const sessions = Math.max(500, Number(process.env.CALIBRATE_SESSIONS ?? 2000));
const seed = Number(process.env.CALIBRATE_SEED ?? 18);
const personas = loadPersonaDirectory();
// coach and ELIZA by default; CALIBRATE_THERAPISTS=coach,eliza,reflective,generic-advice for more
const therapists: TherapistSpec[] = (process.env.CALIBRATE_THERAPISTS ?? 'coach,eliza')
  .split(',')
  .map((name) => parseTherapistSpec(name));

const format = (statistic: string, value: number) =>
  statistic.endsWith('Share') ? `${(value * 100).toFixed(1)}%` : value.toFixed(1);

let allWithin = true;
for (const therapist of therapists) {
  const started = performance.now();
  const played = await playClientLines({ personas, therapist, sessions, seed });
  const statistics = realismStatistics(played.flatMap((session) => session.lines));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\n${therapist.kind}: ${sessions} sessions over ${personas.length} personas, ${statistics.turns} client turns (${seconds.toFixed(1)} s)`,
  );
  console.log('  statistic          value   target  within ±25%');
  for (const row of compareWithTargets(statistics)) {
    allWithin &&= row.within;
    console.log(
      `  ${row.statistic.padEnd(17)} ${format(row.statistic, row.value).padStart(6)}  ${format(row.statistic, row.target).padStart(6)}  ${row.within ? 'yes' : 'NO'}`,
    );
  }
  console.log('  guide (real clients typing in MIBot chats, CC BY-SA 4.0; not a bar):');
  for (const row of compareWithReference(statistics))
    console.log(
      `  ${row.statistic.padEnd(17)} ${format(row.statistic, row.value).padStart(6)}  ${format(row.statistic, row.target).padStart(6)}  ${row.within ? 'yes' : 'no'}`,
    );
}
console.log(`\n${allWithin ? 'every statistic within ±25% of its target' : 'some statistics outside ±25%'}`);
