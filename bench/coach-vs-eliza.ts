// npm run bench:coach-vs-eliza — the coach's turn beside elizabot's, same utterances, same run
// (bench/support/coach-beside-eliza.ts; bench:understanding prints the same measurement).
// Issue 17's budget: the coach's median turn at most 10× elizabot's median turn.
// Each is printed twice: after one warm-up pass (rounds 10–12's figure) and once the JIT has settled.
// Then the same measurement of the build that ships (bench/support/as-shipped.ts), in a second process.
import { runAsShipped, runningAsShipped } from './support/as-shipped.ts';
import {
  coachBesideEliza,
  coachBesideElizaSettled,
  describeCoachBesideEliza,
  SETTLING_PASSES,
} from './support/coach-beside-eliza.ts';

// the figure of rounds 10–12 first, unchanged; then the same process once V8 has finished compiling
const first = describeCoachBesideEliza(await coachBesideEliza());
const settled = describeCoachBesideEliza(await coachBesideElizaSettled());
const measured = `${first}\nafter ${SETTLING_PASSES} more warm-up passes (JIT settled):\n${settled}`;
if (runningAsShipped()) console.log(measured);
else {
  console.log(`under tsx (as the benches run):\n${measured}`);
  console.log(`as shipped (esbuild bundle, as dist/cli):\n${await runAsShipped('bench/coach-vs-eliza.ts')}`);
}
