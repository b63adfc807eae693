import type { RequestType } from '../spec/observation.ts';

/**
 * One way of asking for something. `addressed`: the trigger only counts when it is said to the
 * coach (imperative or "can you …"), which is what keeps reported speech out. `unless`: a
 * match whose own text fits it is no request; `unlessAfter`: the same, for the clause text
 * right after the match.
 */
export type RequestRule = {
  type: RequestType;
  pattern: RegExp;
  addressed: boolean;
  unless?: RegExp;
  unlessAfter?: RegExp;
};
