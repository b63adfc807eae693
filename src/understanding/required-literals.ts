/**
 * Required literals of a regular expression: a set of strings such that every match of the
 * pattern contains at least one of them. A rule whose literals are all absent from a text cannot
 * match it, so the (expensive) rule is skipped with a few `includes` calls. Derived from the
 * pattern source itself, never written by hand, so a new rule or a new spelling cannot fall out
 * of its gate. Supports the regex syntax the rules use; anything unknown yields "no literals"
 * (the rule then always runs), which is slow but never wrong.
 */
import PRECOMPUTED from './required-literals.json' with { type: 'json' };

/** What we know about the strings a regex node matches. */
type Info = {
  /** every string the node can match, when that set is small and finite; otherwise null */
  exact: Set<string> | null;
  /** at least one of these occurs in every match; null when nothing is required */
  factors: Set<string> | null;
};

// cross products larger than this are given up (the factors still carry the information)
const MAX_EXACT = 48;

const EMPTY: Info = { exact: new Set(['']), factors: null };
const ANY: Info = { exact: null, factors: null };

/** A set with an empty member requires nothing. */
function normalizeFactors(strings: Iterable<string>): Set<string> | null {
  const set = new Set(strings);
  return set.size === 0 || set.has('') ? null : set;
}

/** Superstrings of another member are redundant: "kill" occurs wherever "kill myself" does. */
function withoutSuperstrings(strings: Set<string>): string[] {
  const sorted = [...strings].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const candidate of sorted)
    if (!kept.some((shorter) => candidate.includes(shorter))) kept.push(candidate);
  return kept;
}

function factorsOf(info: Info): Set<string> | null {
  const fromExact = info.exact ? normalizeFactors(info.exact) : null;
  return better(fromExact, info.factors);
}

/**
 * A literal's length without the spaces at its edges: "do " is as common as "do" (every "do"
 * before a space), so it weighs as two letters, and a set of condition names ("adhd", "ocd") beats
 * a set of auxiliaries ("do ", "can ") that nearly every turn contains.
 */
function coreLength(item: string): number {
  let start = 0;
  let end = item.length;
  while (start < end && item.charCodeAt(start) === 0x20) start++;
  while (end > start && item.charCodeAt(end - 1) === 0x20) end--;
  return end - start;
}

function shortestLength(set: Set<string>): number {
  let shortest = Number.POSITIVE_INFINITY;
  for (const item of set) {
    const length = coreLength(item);
    if (length < shortest) shortest = length;
  }
  return shortest;
}

/** The more selective of two factor sets: longest shortest member (edge spaces aside), then fewest members. */
function better(left: Set<string> | null, right: Set<string> | null): Set<string> | null {
  if (!left) return right;
  if (!right) return left;
  const leftScore = shortestLength(left);
  const rightScore = shortestLength(right);
  if (leftScore !== rightScore) return leftScore > rightScore ? left : right;
  return left.size <= right.size ? left : right;
}

function product(left: Set<string>, right: Set<string>): Set<string> {
  const strings = new Set<string>();
  for (const head of left) for (const tail of right) strings.add(head + tail);
  return strings;
}

function alternate(branches: Info[]): Info {
  let exact: Set<string> | null = new Set();
  for (const branch of branches) {
    if (!branch.exact || !exact) {
      exact = null;
      break;
    }
    for (const item of branch.exact) exact.add(item);
  }
  if (exact && exact.size > MAX_EXACT) exact = null;
  const union: string[] = [];
  for (const branch of branches) {
    const factors = factorsOf(branch);
    if (!factors) return { exact, factors: null };
    union.push(...factors);
  }
  return { exact, factors: normalizeFactors(union) };
}

function repeat(inner: Info, min: number, max: number): Info {
  if (min === 0) {
    if (max === 1 && inner.exact) return { exact: new Set(['', ...inner.exact]), factors: null };
    return ANY;
  }
  if (min === 1 && max === 1) return inner;
  // one or more copies: each match holds at least one copy, so the inner factors still hold
  return { exact: null, factors: factorsOf(inner) };
}

// what follows \c, \x, \u, \p, \P and \k
const ESCAPE_ARGUMENTS: Record<string, RegExp> = {
  c: /^[A-Za-z]/,
  x: /^[0-9A-Fa-f]{2}/,
  u: /^(?:[0-9A-Fa-f]{4}|\{[0-9A-Fa-f]+\})/,
  p: /^\{[^}]*\}/,
  P: /^\{[^}]*\}/,
  k: /^<[^>]*>/,
};

const SPECIAL = new Set('()[]{}|\\.^$*+?');
const QUANTIFIER_START = new Set('*+?{');

class Parser {
  private position = 0;
  constructor(private readonly source: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.position !== this.source.length) throw new Error('unbalanced pattern');
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.source[this.position] === '|') {
      this.position += 1;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0] : alternate(branches);
  }

  /**
   * A sequence keeps a run of exactly known strings ("bur" + "den") and, when the run grows too
   * many variants, starts a new one: so a literal after a wide alternation still counts.
   */
  private sequence(): Info {
    let run: Info = EMPTY;
    let required: Set<string> | null = null;
    let broken = false;
    while (this.position < this.source.length) {
      const character = this.source[this.position];
      if (character === '|' || character === ')') break;
      const atom = this.quantified(this.atom());
      if (run.exact && atom.exact && run.exact.size * atom.exact.size <= MAX_EXACT) {
        // the run's own strings are weighed once, when it ends (weighing them per character is slow)
        run = { exact: product(run.exact, atom.exact), factors: better(run.factors, atom.factors) };
        continue;
      }
      required = better(required, factorsOf(run));
      run = atom;
      broken = true;
    }
    if (!broken) return run;
    return { exact: null, factors: better(required, factorsOf(run)) };
  }

  private quantified(atom: Info): Info {
    const character = this.source[this.position];
    let min = 1;
    let max = 1;
    if (character === '*' || character === '+' || character === '?') {
      this.position += 1;
      min = character === '+' ? 1 : 0;
      max = character === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (character === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.position));
      if (!bounds) return atom; // a literal brace
      this.position += bounds[0].length;
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] ? Number(bounds[3]) : Number.POSITIVE_INFINITY;
    } else return atom;
    if (this.source[this.position] === '?') this.position += 1; // lazy: same strings
    return repeat(atom, min, max);
  }

  private atom(): Info {
    const character = this.source[this.position];
    if (character === '(') return this.group();
    if (character === '[') return this.characterClass();
    if (character === '\\') return this.escape();
    this.position += 1;
    if (character === '.') return ANY;
    if (character === '^' || character === '$') return EMPTY;
    // a run of plain characters is one atom ("burden"), except a last one a quantifier applies to
    let literal = character;
    while (this.position < this.source.length && !SPECIAL.has(this.source[this.position])) {
      if (QUANTIFIER_START.has(this.source[this.position + 1])) break;
      literal += this.source[this.position];
      this.position += 1;
    }
    return { exact: new Set([literal]), factors: null };
  }

  private group(): Info {
    const rest = this.source.slice(this.position);
    const opener = /^\((?:\?:|\?<[A-Za-z_][A-Za-z0-9_]*>|\?=|\?!|\?<=|\?<!)?/.exec(rest)?.[0] ?? '(';
    this.position += opener.length;
    const inner = this.alternation();
    if (this.source[this.position] !== ')') throw new Error('unclosed group');
    this.position += 1;
    // lookarounds consume nothing
    return /^\(\?(?:=|!|<=|<!)$/.test(opener) ? EMPTY : inner;
  }

  private characterClass(): Info {
    this.position += 1;
    while (this.position < this.source.length && this.source[this.position] !== ']') {
      this.position += this.source[this.position] === '\\' ? 2 : 1;
    }
    if (this.source[this.position] !== ']') throw new Error('unclosed class');
    this.position += 1;
    return ANY;
  }

  private escape(): Info {
    const next = this.source[this.position + 1];
    if (next === undefined) throw new Error('dangling escape');
    this.position += 2;
    if (next === 'b' || next === 'B') return EMPTY;
    if (/[dDwWsSnrtfv0]/.test(next)) return ANY;
    // control characters, code points, properties and back references: read as "any
    // character", which can only make the gate more permissive, never wrong
    const argument = ESCAPE_ARGUMENTS[next];
    if (argument) {
      this.position += argument.exec(this.source.slice(this.position))?.[0].length ?? 0;
      return ANY;
    }
    if (/[1-9]/.test(next)) {
      this.position += /^\d*/.exec(this.source.slice(this.position))?.[0].length ?? 0;
      return ANY;
    }
    return { exact: new Set([next]), factors: null };
  }
}

/**
 * The literals one of which every match of `pattern` contains, or null when the pattern
 * requires none we can name (or uses syntax this reader does not know, or flags that change
 * what a literal means).
 */
export function requiredLiterals(pattern: RegExp): string[] | null {
  if (pattern.flags.includes('i') || pattern.flags.includes('v') || pattern.flags.includes('x')) return null;
  const key = literalsKey(pattern);
  requested.set(key, pattern);
  const known = (PRECOMPUTED as Record<string, string[] | null>)[key];
  if (known !== undefined) return known === null ? null : [...known];
  return deriveRequiredLiterals(pattern);
}

/**
 * The rule gates are built at module load, and deriving every rule's literals took a large share of
 * a cold CLI start; scripts/build-required-literals.ts writes them to required-literals.json, keyed
 * by the exact flags and source. A pattern not found there (a rule edited since) is derived here as
 * before, so the file only ever saves time; required-literals.test.ts checks every entry.
 */
export function literalsKey(pattern: RegExp): string {
  return `${pattern.flags}/${pattern.source}`;
}

const requested = new Map<string, RegExp>();

/** Every pattern asked about in this process, by key (for the build script). */
export function requestedPatterns(): ReadonlyMap<string, RegExp> {
  return requested;
}

/** Keys asked about in this process that required-literals.json lacks: run `npm run build:literals`. */
export function missingFromPrecomputed(): string[] {
  return [...requested.keys()].filter((key) => !(key in PRECOMPUTED));
}

/** Derives the literals of `pattern` without the precomputed file (the build script and tests). */
export function deriveRequiredLiterals(pattern: RegExp): string[] | null {
  if (pattern.flags.includes('i') || pattern.flags.includes('v') || pattern.flags.includes('x')) return null;
  try {
    const factors = factorsOf(new Parser(pattern.source).parse());
    return factors ? withoutSuperstrings(factors) : null;
  } catch {
    return null;
  }
}
