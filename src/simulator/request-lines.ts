/**
 * What people in a help chat say when they ask for something: a concrete step, a reminder, a smaller
 * step, what comes next. Written properly here; the persona's voice decides how they are typed.
 */
/** Explicit requests, each matched by EXPLICIT_REQUEST (realism-statistics.ts). */
// (six, each read as a concrete request by the coach's understanding: with three, "so just tell me what to
// do" came from two clients of one sixteen-set sample, round 16; "just tell me what to do then" reads as
// asking for the next step, so it is not here)
export const ASK_CONCRETE = [
  'can you just tell me what to do',
  'so just tell me what to do',
  'ok so tell me what I should do',
  'can you tell me what I should do',
  'just tell me what I should do',
  'can you tell me exactly what to do',
];
export const ASK_NUDGE = [
  'can you remind me in {time}',
  'nudge me in {time}?',
  'remind me in {time} to check',
];
export const ASK_SMALLER = ['can it be smaller', 'something smaller?', 'can we make it smaller'];
// (two words at most: "what do I do next" from two people in one excerpt set was a stock line)
export const ASK_NEXT = ['what next', 'what now'];
export const REQUEST_TIMES = ['5 minutes', '10 min', 'a minute', 'half an hour', '2 minutes'];
