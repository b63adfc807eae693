// npm run bench:coach-vs-eliza — the coach's turn beside elizabot's, same utterances, same run
// (bench/support/coach-beside-eliza.ts; bench:understanding prints the same measurement).
// Issue 17's budget: the coach's median turn at most 10× elizabot's median turn.
import { coachBesideEliza, describeCoachBesideEliza } from './support/coach-beside-eliza.ts';

console.log(describeCoachBesideEliza(await coachBesideEliza()));
