import { createPatternGate } from './pattern-gate.ts';
import type { ActMarkers } from './types.ts';

// ACT-FM items that can be read from text alone; the last three are the ACT-inconsistent ones
export const MARKERS: Record<keyof ActMarkers, RegExp> = {
  presentMoment:
    /\b(right now|in this moment|notice|noticing|what do you notice|where in your body|as you breathe|here and now)\b/gi,
  defusion:
    /\b(having the thought|notice the thought|thoughts? (are|is) just|name (it|the thought|the feeling)|your mind (says|is saying|is telling you|tells you)|thank your mind|that'?s a thought|just a thought|the story)\b/gi,
  values:
    /\b(matters to you|important to you|what you care about|your values?|meaningful|the kind of person|care about)\b/gi,
  willingness:
    /\b(willing|willingness|make room|let (it|that|them) be|allow (it|that|them)|without fighting|carry (it|that) with you|open up to|without trying to (change|stop|fix)|even with the)\b/gi,
  reassurance:
    /\b(don'?t worry|it'?ll be (fine|ok(ay)?)|everything will be|you'?ll be fine|nothing to worry|i'?m sure you'?ll|it'?s not that bad|no need to (worry|be anxious))\b/gi,
  thinkPositive:
    /\b(think positive(ly)?|positive thinking|look on the bright side|stay positive|be positive|focus on the positive|cheer up|good vibes)\b/gi,
  distressControl:
    /\b(get rid of (the|your|that|this) (anxiety|feeling|worry|thoughts?|fear)|stop (the|your|those) (anxiety|worry|worrying|thoughts?|feelings?)|calm (yourself )?down|make (the|that|it) (feeling|anxiety|fear) go away|control (your|the) (anxiety|feelings?|thoughts?|worry)|push (it|the thoughts?) away)\b/gi,
};

export function emptyActMarkers(): ActMarkers {
  return {
    presentMoment: 0,
    defusion: 0,
    values: 0,
    willingness: 0,
    reassurance: 0,
    thinkPositive: 0,
    distressControl: 0,
  };
}

const MARKER_KEYS = Object.keys(MARKERS) as (keyof ActMarkers)[];
/** The markers' patterns in a fixed order: a reader that scans a sentence for its own patterns can gate these in the same scan. */
export const ACT_MARKER_PATTERNS: readonly RegExp[] = MARKER_KEYS.map((key) => MARKERS[key]);
const GATE = createPatternGate(ACT_MARKER_PATTERNS);

/** Adds the ACT markers found in one therapist sentence (or turn) to the running counts. */
export function addActMarkers(counts: ActMarkers, text: string): void {
  // most sentences hold none of the markers' words: one scan skips their patterns
  addGatedActMarkers(counts, text, GATE.scan(text), 0);
}

/**
 * addActMarkers with the scan already made: live[from + i] says whether ACT_MARKER_PATTERNS[i] can
 * match `text` (a gate over a longer pattern list that holds them from `from` on).
 */
export function addGatedActMarkers(counts: ActMarkers, text: string, live: Uint8Array, from: number): void {
  for (let index = 0; index < MARKER_KEYS.length; index++) {
    const key = MARKER_KEYS[index];
    if (live[from + index] === 1) counts[key] += text.match(MARKERS[key])?.length ?? 0;
  }
}

/** Adds one set of counts to another. */
export function addActCounts(counts: ActMarkers, more: ActMarkers): void {
  // written out, not a loop over the keys: a property read by a variable name is a slow keyed lookup,
  // and this runs for every sentence of every therapist turn
  counts.presentMoment += more.presentMoment;
  counts.defusion += more.defusion;
  counts.values += more.values;
  counts.willingness += more.willingness;
  counts.reassurance += more.reassurance;
  counts.thinkPositive += more.thinkPositive;
  counts.distressControl += more.distressControl;
}

export function actConsistent(counts: ActMarkers): number {
  return counts.presentMoment + counts.defusion + counts.values + counts.willingness;
}

export function actInconsistent(counts: ActMarkers): number {
  return counts.reassurance + counts.thinkPositive + counts.distressControl;
}
