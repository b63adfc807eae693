// npm run bench:coach-vs-eliza — the coach's turn beside elizabot's, same utterances, same run
// (bench/support/coach-beside-eliza.ts; bench:understanding prints the same measurement).
// Issue 17's budget: the coach's median turn at most 10× elizabot's median turn.
// Then the same measurement of the build that ships (bench/support/as-shipped.ts), in a second process.
import { runAsShipped, runningAsShipped } from './support/as-shipped.ts';
import { coachBesideEliza, describeCoachBesideEliza } from './support/coach-beside-eliza.ts';

const measured = describeCoachBesideEliza(await coachBesideEliza());
if (runningAsShipped()) console.log(measured);
else {
  console.log(`under tsx (as the benches run):\n${measured}`);
  console.log(`as shipped (esbuild bundle, as dist/cli):\n${await runAsShipped('bench/coach-vs-eliza.ts')}`);
}
