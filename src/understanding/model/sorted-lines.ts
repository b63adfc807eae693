/**
 * Feature name → row, read straight from the stored feature list (one name a line, sorted by
 * encodeModel in code-unit order, the order of `<` on strings): a binary search over the file's
 * text. A cold `tinystep reply` used to split the 26,000 names and hash them all into a Map before
 * its first turn; a turn looks up a few dozen names, about fifteen comparisons each.
 */
export type RowLookup = { get(name: string): number | undefined; readonly size: number };

export function sortedLines(text: string): RowLookup {
  // line i is text[starts[i], ends[i]); a final newline ends the last line, it starts none
  const starts: number[] = [];
  const ends: number[] = [];
  for (let at = 0; at < text.length; ) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    starts.push(at);
    ends.push(end);
    at = end + 1;
  }
  /** Sign of name minus line `row`, compared by code unit as the encoder's sort() did. */
  const compare = (name: string, row: number): number => {
    const start = starts[row];
    const length = ends[row] - start;
    const shared = Math.min(length, name.length);
    for (let index = 0; index < shared; index++) {
      const difference = name.charCodeAt(index) - text.charCodeAt(start + index);
      if (difference !== 0) return difference;
    }
    return name.length - length;
  };
  return {
    size: starts.length,
    get(name: string): number | undefined {
      let low = 0;
      let high = starts.length - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const order = compare(name, middle);
        if (order === 0) return middle;
        if (order < 0) high = middle - 1;
        else low = middle + 1;
      }
      return undefined;
    },
  };
}

/** True when every line is strictly after the one before it (what sortedLines needs). */
export function linesAreSorted(text: string): boolean {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.every((line, index) => index === 0 || lines[index - 1] < line);
}
