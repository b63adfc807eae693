/**
 * Feature name → row, read straight from the stored feature list (one name a line, sorted by
 * encodeModel in code-unit order, the order of `<` on strings): a binary search over the file's
 * text. A cold `tinystep reply` used to split the 26,000 names and hash them all into a Map before
 * its first turn; a turn looks up a few dozen names, about fifteen comparisons each.
 */
export type RowLookup = { get(name: string): number | undefined; readonly size: number };

// bounds the remembered searches: word pairs and rare words keep arriving in a long-running server
const KNOWN_LIMIT = 50_000;

export function sortedLines(text: string, expected = 1024): RowLookup {
  // line i is text[starts[i], starts[i + 1] - 1): the last entry is where a next line would
  // start. One typed array, not an array of numbers per line: about 5× faster to fill cold.
  let starts = new Int32Array(expected + 1);
  let count = 0;
  let at = 0;
  while (at < text.length) {
    if (count + 1 >= starts.length) {
      const grown = new Int32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = at;
    const newline = text.indexOf('\n', at);
    at = (newline === -1 ? text.length : newline) + 1;
  }
  starts[count] = at;
  /** Sign of name minus line `row`, compared by code unit as the encoder's sort() did. */
  const compare = (name: string, row: number): number => {
    const start = starts[row];
    const length = starts[row + 1] - 1 - start;
    const shared = Math.min(length, name.length);
    for (let index = 0; index < shared; index++) {
      const difference = name.charCodeAt(index) - text.charCodeAt(start + index);
      if (difference !== 0) return difference;
    }
    return name.length - length;
  };
  // a warm process looks the same few thousand names up again and again (a word's n-grams are the
  // same in every turn): the answer of each search is kept, -1 for a name that is not there
  const known = new Map<string, number>();
  const search = (name: string): number => {
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = compare(name, middle);
      if (order === 0) return middle;
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return -1;
  };
  return {
    size: count,
    get(name: string): number | undefined {
      let row = known.get(name);
      if (row === undefined) {
        row = search(name);
        if (known.size >= KNOWN_LIMIT) known.clear();
        known.set(name, row);
      }
      return row < 0 ? undefined : row;
    },
  };
}

/** True when every line is strictly after the one before it (what sortedLines needs). */
export function linesAreSorted(text: string): boolean {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.every((line, index) => index === 0 || lines[index - 1] < line);
}
