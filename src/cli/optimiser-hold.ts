/**
 * A cold `tinystep reply` is over in a few hundred milliseconds: V8's optimising compiler
 * (TurboFan) spends CPU on code that would run faster only after the process has ended. The short
 * verbs hold it off from the start and let it go when the input turns out long. Measured on the
 * 2-core machine (docs/notes/issue-20.md, round 4): a 2-turn reply 540 → 470 ms CPU, 150 client
 * turns 970 → 710 ms; the two break even near 400 client turns. Only how fast, never what is said.
 */
import { setFlagsFromString } from 'node:v8';

/** Transcript turns (both speakers) past which the optimiser pays for itself again. */
export const OPTIMISER_PAYS_AFTER_TURNS = 500;

export function holdOptimiser(): void {
  setFlagsFromString('--no-opt');
}

export function releaseOptimiser(): void {
  setFlagsFromString('--opt');
}
