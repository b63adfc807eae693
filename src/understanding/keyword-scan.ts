/**
 * One pass over a text that tells which groups of keywords occur in it (Aho–Corasick compiled to
 * a dense automaton). Used to gate expensive rule sets: a rule whose required literals are all
 * absent cannot match, so it is not run. Built once at module load; a scan costs one table
 * lookup per character, however many keywords there are.
 */

export type KeywordScanner = {
  /**
   * live[group] is 1 when one of the group's keywords occurs in `text` (or the group is ungated);
   * only the first `length` code units are read (all by default), so callers need not slice.
   */
  scan(text: string, length?: number): Uint8Array;
};

export type KeywordScannerOptions = {
  /** Read A–Z as a–z, as a regex with the i flag (and no u flag) does; keywords are lowercase. */
  asciiCaseInsensitive?: boolean;
  /** Code units read as another one, e.g. a curly apostrophe as "'" (each key → its value). */
  sameAs?: Readonly<Record<string, string>>;
};

// a keyword's first units occur wherever the keyword does, so cutting long keywords can only
// make a group live more often, never less; it keeps the automaton (and its build time) small
const MAX_KEYWORD_LENGTH = 12;

/**
 * `groups[i]` lists the keywords of group i; null means the group cannot be gated and is always
 * live. Keywords are matched exactly (callers fold the text and the keywords the same way).
 */
export function createKeywordScanner(
  keywordGroups: readonly (readonly string[] | null)[],
  options: KeywordScannerOptions = {},
): KeywordScanner {
  const groups = keywordGroups.map(
    (group) => group && [...new Set(group.map((keyword) => keyword.slice(0, MAX_KEYWORD_LENGTH)))],
  );
  // alphabet: every code unit used by a keyword gets a class; everything else is class 0
  const classOf = new Map<number, number>();
  for (const group of groups) {
    for (const keyword of group ?? []) {
      for (let index = 0; index < keyword.length; index += 1) {
        const code = keyword.charCodeAt(index);
        if (!classOf.has(code)) classOf.set(code, classOf.size + 1);
      }
    }
  }
  const width = classOf.size + 1;
  const asciiClass = new Uint8Array(128);
  for (const [code, cls] of classOf) if (code < 128) asciiClass[code] = cls;
  if (options.asciiCaseInsensitive)
    for (let code = 0x41; code <= 0x5a; code += 1) asciiClass[code] = asciiClass[code + 32];
  for (const [unit, target] of Object.entries(options.sameAs ?? {})) {
    const cls = classOf.get(target.charCodeAt(0)) ?? 0;
    if (unit.charCodeAt(0) < 128) asciiClass[unit.charCodeAt(0)] = cls;
    else classOf.set(unit.charCodeAt(0), cls);
  }

  // the trie as a flat table (row per node, 0 = no child: the root is nobody's child), not a Map
  // per node: the risk rules alone make 8,700 nodes, and every cold `tinystep reply` builds them
  let capacity = 1;
  for (const group of groups) for (const keyword of group ?? []) capacity += keyword.length;
  const trie = new Int32Array(capacity * width);
  // a keyword's class by code unit, as classOf says (sameAs included), in one table for the build
  const classTable = new Int32Array(0x10000);
  for (const [code, cls] of classOf) classTable[code] = cls;
  // most nodes end no keyword: their group lists are left out rather than allocated empty
  const outputs: (number[] | undefined)[] = [];
  const addOutput = (node: number, group: number) => {
    const list = outputs[node];
    if (list === undefined) outputs[node] = [group];
    else if (!list.includes(group)) list.push(group);
  };
  let nodeCount = 1;
  groups.forEach((group, groupIndex) => {
    for (const keyword of group ?? []) {
      let node = 0;
      for (let index = 0; index < keyword.length; index += 1) {
        const at = node * width + classTable[keyword.charCodeAt(index)];
        if (trie[at] === 0) trie[at] = nodeCount++;
        node = trie[at];
      }
      addOutput(node, groupIndex);
    }
  });

  // breadth first: failure links, full transition table, outputs merged along failure links
  const delta = trie.slice(0, nodeCount * width);
  const failure = new Int32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  let tail = 0;
  for (let cls = 0; cls < width; cls += 1) if (trie[cls] !== 0) queue[tail++] = trie[cls];
  for (let head = 0; head < tail; head += 1) {
    const node = queue[head];
    for (const group of outputs[failure[node]] ?? []) addOutput(node, group);
    // a node goes wherever its failure node goes, except along its own children
    const fallbackRow = failure[node] * width;
    const row = node * width;
    for (let cls = 0; cls < width; cls += 1) {
      const child = trie[row + cls];
      if (child === 0) delta[row + cls] = delta[fallbackRow + cls];
      else {
        failure[child] = delta[fallbackRow + cls];
        queue[tail++] = child;
      }
    }
  }

  // flatten outputs so a scan touches only typed arrays
  const outputStart = new Int32Array(nodeCount + 1);
  const flat: number[] = [];
  for (let node = 0; node < nodeCount; node += 1) {
    outputStart[node] = flat.length;
    flat.push(...(outputs[node] ?? []));
  }
  outputStart[nodeCount] = flat.length;
  const outputGroups = Int32Array.from(flat);
  const ungated = groups.flatMap((group, index) => (group === null ? [index] : []));

  return {
    scan(text: string, length = text.length): Uint8Array {
      const live = new Uint8Array(groups.length);
      for (const index of ungated) live[index] = 1;
      let state = 0;
      const end = Math.min(length, text.length);
      for (let index = 0; index < end; index += 1) {
        const code = text.charCodeAt(index);
        const cls = code < 128 ? asciiClass[code] : (classOf.get(code) ?? 0);
        state = delta[state * width + cls];
        for (let out = outputStart[state]; out < outputStart[state + 1]; out += 1)
          live[outputGroups[out]] = 1;
      }
      return live;
    },
  };
}
