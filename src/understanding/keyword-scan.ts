/**
 * One pass over a text that tells which groups of keywords occur in it (Aho–Corasick compiled to
 * a trie with failure links). Used to gate expensive rule sets: a rule whose required literals are all
 * absent cannot match, so it is not run. Built once at module load; a scan costs about one table
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

// a scan's answer is a fresh zeroed array of its own; carving each from a shared slab spares an
// ArrayBuffer per scan (a typed array over 64 bytes gets a backing store outside the heap, about 0.4 µs
// to make and more for the collector to sweep, where a view on the slab costs about 0.07 µs)
const SLAB_BYTES = 64 * 1024;
let slab = new Uint8Array(SLAB_BYTES);
let slabUsed = 0;

/** A zeroed Uint8Array of `size` no other call is given (a view on a fresh region of the slab). */
function freshLive(size: number): Uint8Array {
  if (size > SLAB_BYTES / 8) return new Uint8Array(size);
  if (slabUsed + size > SLAB_BYTES) {
    slab = new Uint8Array(SLAB_BYTES);
    slabUsed = 0;
  }
  const live = slab.subarray(slabUsed, slabUsed + size);
  slabUsed += size;
  return live;
}

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
  // each node's children as a list (first child, next sibling, the class of the edge into it), so
  // the failure links below visit the trie's edges only, never every cell of the table: the build
  // runs once per process, cold, where a loop over 400,000 cells cost a cold `reply` 50–200 ms
  const firstChild = new Int32Array(capacity);
  const nextSibling = new Int32Array(capacity);
  const edgeClass = new Int32Array(capacity);
  // a keyword's class by code unit, as classOf says (sameAs included): a table for ASCII, the Map
  // beyond (a 65,536-entry table per scanner was megabytes to clear on every cold start)
  const buildAscii = new Uint8Array(128);
  for (const [code, cls] of classOf) if (code < 128) buildAscii[code] = cls;
  // the groups each node ends, as lists in flat arrays (entry 0 = end of list): most nodes end no
  // keyword, and an array of lists indexed by node goes sparse and slow in V8
  const outputHead = new Int32Array(capacity);
  const outputGroupList = [0];
  const outputNextList = [0];
  const addOutput = (node: number, group: number) => {
    for (let entry = outputHead[node]; entry !== 0; entry = outputNextList[entry])
      if (outputGroupList[entry] === group) return;
    outputGroupList.push(group);
    outputNextList.push(outputHead[node]);
    outputHead[node] = outputGroupList.length - 1;
  };
  let nodeCount = 1;
  groups.forEach((group, groupIndex) => {
    for (const keyword of group ?? []) {
      let node = 0;
      for (let index = 0; index < keyword.length; index += 1) {
        const code = keyword.charCodeAt(index);
        const cls = code < 128 ? buildAscii[code] : (classOf.get(code) ?? 0);
        const at = node * width + cls;
        if (trie[at] === 0) {
          const child = nodeCount++;
          trie[at] = child;
          edgeClass[child] = cls;
          nextSibling[child] = firstChild[node];
          firstChild[node] = child;
        }
        node = trie[at];
      }
      addOutput(node, groupIndex);
    }
  });

  // breadth first: failure links (the longest proper suffix that is a trie node), and outputs
  // merged along them; a scan follows the links where the trie has no edge (classic Aho–Corasick)
  const failure = new Int32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  let tail = 0;
  for (let child = firstChild[0]; child !== 0; child = nextSibling[child]) queue[tail++] = child;
  for (let head = 0; head < tail; head += 1) {
    const node = queue[head];
    // a node's failure node is shallower, so its outputs are complete by now
    for (let entry = outputHead[failure[node]]; entry !== 0; entry = outputNextList[entry])
      addOutput(node, outputGroupList[entry]);
    for (let child = firstChild[node]; child !== 0; child = nextSibling[child]) {
      const cls = edgeClass[child];
      let fallback = failure[node];
      while (fallback !== 0 && trie[fallback * width + cls] === 0) fallback = failure[fallback];
      failure[child] = trie[fallback * width + cls];
      queue[tail++] = child;
    }
  }

  // the scan reads the trie and the failure links in half the bytes when the node numbers fit in 16
  // bits (every scanner so far: the largest has about 10,500 nodes): the risk rules' table drops from
  // 1.3 MB to 0.65 MB, and a scan's reads, spread over the table, miss the cache less often
  const small = nodeCount <= 0xffff;
  const table = small ? new Uint16Array(nodeCount * width) : new Int32Array(nodeCount * width);
  table.set(trie.subarray(0, nodeCount * width));
  const links = small ? Uint16Array.from(failure) : failure;
  // the output lists' entries are numbered apart from the nodes: 16 bits only when they fit too
  const outputStart =
    outputGroupList.length <= 0xffff ? Uint16Array.from(outputHead.subarray(0, nodeCount)) : outputHead;

  // typed arrays for the scan
  const outputGroups = Int32Array.from(outputGroupList);
  const outputNext = Int32Array.from(outputNextList);
  const ungated = groups.flatMap((group, index) => (group === null ? [index] : []));

  // a node's row, once the scan first stands on it, is filled with where the failure links lead
  // (the failure node's row first, shallower, so already the automaton's own): from then on a step
  // from it is one table read, with no links to chase. Filled lazily: all rows at once cost a cold
  // start 70-240 ms (858,000 cells over the scanners), and a session visits a few hundred nodes
  const filled = new Uint8Array(nodeCount);
  filled[0] = 1;
  const fillRow = (node: number): void => {
    const fallback = links[node];
    if (filled[fallback] === 0) fillRow(fallback);
    const row = node * width;
    const fallbackRow = fallback * width;
    for (let cls = 1; cls < width; cls += 1)
      if (table[row + cls] === 0) table[row + cls] = table[fallbackRow + cls];
    filled[node] = 1;
  };

  return {
    scan(text: string, length = text.length): Uint8Array {
      const live = freshLive(groups.length);
      for (const index of ungated) live[index] = 1;
      let state = 0;
      const end = Math.min(length, text.length);
      for (let index = 0; index < end; index += 1) {
        const code = text.charCodeAt(index);
        const cls = code < 128 ? asciiClass[code] : (classOf.get(code) ?? 0);
        // a unit no keyword uses sends the scan back to the root
        if (cls === 0) state = 0;
        else {
          if (filled[state] === 0) fillRow(state);
          state = table[state * width + cls];
        }
        for (let entry = outputStart[state]; entry !== 0; entry = outputNext[entry])
          live[outputGroups[entry]] = 1;
      }
      return live;
    },
  };
}
