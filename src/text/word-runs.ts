// the same texts are compared again and again (templates against a cue): each is cut once
// (bounded, so a long-lived server starts afresh rather than grow)
const LIMIT = 5_000;
// one map per run size, keyed by the text itself: a key built per call was a new string to hash
// each time, where a text said again is the same string, its hash already known
const caches = new Map<number, Map<string, ReadonlySet<string>>>();

function runsOf(text: string, size: number): ReadonlySet<string> {
  let cache = caches.get(size);
  if (cache === undefined) {
    cache = new Map();
    caches.set(size, cache);
  }
  let found = cache.get(text);
  if (found === undefined) {
    const tokens = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
    const runs = new Set<string>();
    for (let index = 0; index + size <= tokens.length; index++)
      runs.add(tokens.slice(index, index + size).join(' '));
    if (cache.size >= LIMIT) cache.clear();
    cache.set(text, runs);
    found = runs;
  }
  return found;
}

/** True when the two texts share a run of `size` words (case and punctuation aside). */
export function sharesWordRun(left: string, right: string, size: number): boolean {
  const mine = runsOf(left, size);
  if (mine.size === 0) return false;
  for (const run of runsOf(right, size)) if (mine.has(run)) return true;
  return false;
}
