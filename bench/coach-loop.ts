/**
 * bench:coach-vs-eliza's coach sessions (the ten utterances, 200
 * sessions) ten times over, timed by the shell, for comparing commits in separate processes: loading two
 * commits' src/ into one process (bench/coach-at-commits.ts) read two copies of the same code 5% apart at
 * load 20-30 (round 10's speed note). Copy this file into each extracted checkout, bundle, run alternately:
 *   git archive <commit> src bench | tar -x -C DIR && cp bench/coach-loop.ts DIR/bench/ &&
 *   npx esbuild DIR/bench/coach-loop.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=bench/.built/loop-<commit>.mjs && /usr/bin/time -f '%e s wall %U s user' node bench/.built/loop-<commit>.mjs
 * (the bundle sits two folders below the root, as dist/cli does, so it finds node_modules and the model: one
 * folder down, bench/x.mjs, the model loader finds no files and the learned readers are silently off, which
 * round 10-11's bundles were; delete it after).
 */
import { VirtualClock } from '../src/clock/index.ts';
import { createCoachSession } from '../src/coach/coach-session.ts';
import { settle } from '../src/coach/replay.ts';
import { UTTERANCES } from './support/coach-beside-eliza.ts';

for (let round = 0; round < 10; round++)
  for (let session = 0; session < 200; session++) {
    const clock = new VirtualClock(0);
    const coach = createCoachSession({ clock, seed: session, sessionId: `b${session}` });
    await coach.open();
    for (const text of UTTERANCES) {
      await coach.receive(text);
      clock.advance(20_000);
      await settle();
    }
  }
