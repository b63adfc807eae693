// npm run bench:coach-turn-cpu — CPU time per turn, the coach's beside elizabot's, in one process.
// Wall-clock medians (bench:coach-vs-eliza) follow the machine's load: on a shared two-core box the
// ratio drifted 9–15× between runs of the same code. process.cpuUsage() counts only this process's
// time on a core, so the per-turn mean is far steadier under load; both figures are printed.
// Same utterances and sessions as bench/support/coach-beside-eliza.ts. Aim: coach ≤ 7× elizabot.
import ElizaBot from 'elizabot';
import { VirtualClock } from '../src/clock/index.ts';
import { createCoachSession } from '../src/coach/coach-session.ts';
import { settle } from '../src/coach/replay.ts';
import { understand } from '../src/understanding/index.ts';
import { runAsShipped, runningAsShipped } from './support/as-shipped.ts';
import { coachBesideEliza, describeCoachBesideEliza, UTTERANCES } from './support/coach-beside-eliza.ts';

const SESSIONS = 200;

function cpuMicros(): number {
  const used = process.cpuUsage();
  return used.user + used.system;
}

/** Mean CPU µs per coach turn (receive only; the timers are settled outside the measure). */
async function coachCpuPerTurn(): Promise<number> {
  let spent = 0;
  let turns = 0;
  for (let session = 0; session < SESSIONS; session++) {
    const clock = new VirtualClock(0);
    // understand itself, not the coach's memo of it: each turn read afresh, as bench:coach-vs-eliza
    const coach = createCoachSession({ clock, seed: session, sessionId: `c${session}`, understand });
    await coach.open();
    for (const text of UTTERANCES) {
      const started = cpuMicros();
      await coach.receive(text);
      spent += cpuMicros() - started;
      turns++;
      clock.advance(20_000);
      await settle();
    }
  }
  return spent / turns;
}

/** Mean CPU µs per elizabot transform; timed over a whole session, since one transform is near the clock's grain. */
function elizaCpuPerTurn(): number {
  let spent = 0;
  let turns = 0;
  for (let session = 0; session < SESSIONS; session++) {
    const bot = new ElizaBot();
    bot.getInitial();
    const started = cpuMicros();
    for (const text of UTTERANCES) bot.transform(text);
    spent += cpuMicros() - started;
    turns += UTTERANCES.length;
  }
  return spent / turns;
}

// one unmeasured pass of each compiles the code and loads the models
await coachCpuPerTurn();
elizaCpuPerTurn();
const coach = await coachCpuPerTurn();
const eliza = elizaCpuPerTurn();
const measured = [
  `coach CPU ${coach.toFixed(1)} µs/turn, elizabot CPU ${eliza.toFixed(1)} µs/turn: ratio ${(coach / eliza).toFixed(1)}× (aim ≤ 7×)`,
  describeCoachBesideEliza(await coachBesideEliza()),
].join('\n');
if (runningAsShipped()) console.log(measured);
else {
  console.log(`under tsx (as the benches run):\n${measured}`);
  // the same measurement of the build that ships, in a second process (bench/support/as-shipped.ts)
  console.log(`as shipped (esbuild bundle, as dist/cli):\n${await runAsShipped('bench/coach-turn-cpu.ts')}`);
}
