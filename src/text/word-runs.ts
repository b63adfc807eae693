// the same texts are compared again and again (templates against a cue): each is cut once
// (bounded, so a long-lived server starts afresh rather than grow)
const LIMIT = 5_000;
const cache = new Map<string, ReadonlySet<string>>();

function runsOf(text: string, size: number): ReadonlySet<string> {
  const key = `${size}\u0000${text}`;
  let found = cache.get(key);
  if (found === undefined) {
    const tokens = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
    const runs = new Set<string>();
    for (let index = 0; index + size <= tokens.length; index++)
      runs.add(tokens.slice(index, index + size).join(' '));
    if (cache.size >= LIMIT) cache.clear();
    cache.set(key, runs);
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
