/**
 * Words for comparing a therapist's utterance with the client's turn: tokens, a light stemmer
 * (irregular forms, then suffixes) so "worried" meets "worry" and "drinking" meets "drink", and
 * the function words that say nothing of content. Deliberately cheap — a stem per word, no model —
 * because it runs on every utterance of every transcript (see docs/decisions/miti-coder.md).
 */

const IRREGULAR: Record<string, string> = {
  was: 'be',
  were: 'be',
  been: 'be',
  am: 'be',
  is: 'be',
  are: 'be',
  "i'm": 'be',
  "you're": 'be',
  felt: 'feel',
  went: 'go',
  gone: 'go',
  did: 'do',
  done: 'do',
  does: 'do',
  had: 'have',
  has: 'have',
  made: 'make',
  said: 'say',
  told: 'tell',
  thought: 'think',
  got: 'get',
  gotten: 'get',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  knew: 'know',
  known: 'know',
  came: 'come',
  saw: 'see',
  seen: 'see',
  left: 'leave',
  lost: 'lose',
  kept: 'keep',
  began: 'begin',
  begun: 'begin',
  ate: 'eat',
  eaten: 'eat',
  drank: 'drink',
  drunk: 'drink',
  quit: 'quit',
  slept: 'sleep',
  spent: 'spend',
  bought: 'buy',
  brought: 'bring',
  paid: 'pay',
  sat: 'sit',
  stood: 'stand',
  ran: 'run',
  wrote: 'write',
  written: 'write',
  fell: 'fall',
  fallen: 'fall',
  meant: 'mean',
  tried: 'try',
  worse: 'bad',
  worst: 'bad',
  better: 'good',
  best: 'good',
  children: 'child',
  kids: 'kid',
  men: 'man',
  women: 'woman',
  people: 'person',
  wife: 'wife',
  life: 'life',
  lives: 'life',
  feet: 'foot',
  teeth: 'tooth',
  mum: 'mom',
  mother: 'mom',
  dad: 'dad',
  father: 'dad',
  cigarettes: 'cigarette',
  cigs: 'cigarette',
  smokes: 'smoke',
};

/** Words that carry no content of their own: the overlap between two turns is in the rest. */
export const FUNCTION_WORDS = new Set(
  `a an the and or but so if then than that this these those there here it its it's i me my mine myself
  you your yours yourself we us our they them their he him his she her hers to of in on at by for with
  from about into over under up down out off as is are was were be been being am do does did doing have
  has had having can could will would shall should may might must not no nor n't don't doesn't didn't
  isn't aren't wasn't weren't can't couldn't won't wouldn't shouldn't haven't hasn't hadn't i'm i've i'll
  i'd you're you've you'll you'd it'll that's what's there's let's just really very quite pretty kind sort
  like well oh um uh yeah yes okay ok right sure also too even still again maybe perhaps some any all
  what which who whom whose when where why how much many more most lot lots thing things something anything
  everything nothing one ones get got gets getting go going gone know mean guess think feel say said tell
  way time bit little now because though although while since until unless whether both either each every
  other another own same such only ever never always sometimes often`.split(/\s+/),
);

const TOKEN = /[a-z0-9]+(?:'[a-z]+)?/g;

/** Lower-case word tokens with straight apostrophes. */
export function tokenize(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .match(TOKEN) ?? []
  );
}

const VOWEL = /[aeiouy]/;

// words recur across a session and across sessions: each distinct word is stemmed once (bounded)
const STEM_CACHE_LIMIT = 50_000;
const stems = new Map<string, string>();

/** Forgets the stem memo (benchmarks start cold). */
export function clearStemCache(): void {
  stems.clear();
}

function stemCached(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    found = stem(word);
    stems.set(word, found);
  }
  return found;
}

/** A light stem: irregular forms, then plural -s, then -ing/-ed/-ly, undoubling "stopped" → "stop". */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  let base = word.replace(/'s$/, '');
  if (base.length <= 3) return base;
  if (/ies$|ied$/.test(base)) return `${base.slice(0, -3)}y`;
  if (/(ches|shes|xes|sses)$/.test(base)) base = base.slice(0, -2);
  else if (base.endsWith('s') && !/(ss|us|is)$/.test(base)) base = base.slice(0, -1);
  if (base.endsWith('ing') && VOWEL.test(base.slice(0, -3)) && base.length > 4) base = base.slice(0, -3);
  else if (base.endsWith('ed') && VOWEL.test(base.slice(0, -2)) && base.length > 4) base = base.slice(0, -2);
  else if (base.endsWith('ly') && base.length > 5) base = base.slice(0, -2);
  // "stopp" → "stop"; a final e dropped so "hate"/"hated" and "use"/"using" meet
  if (/([bdfgklmnprt])\1$/.test(base)) base = base.slice(0, -1);
  if (base.endsWith('e') && base.length > 3) base = base.slice(0, -1);
  return base;
}

/** The stems of the content words of a text, in order (function words dropped). */
export function contentStems(text: string): string[] {
  const found: string[] = [];
  for (const token of tokenize(text)) {
    if (FUNCTION_WORDS.has(token) || token.length < 2) continue;
    found.push(stemCached(token));
  }
  return found;
}

/** Share of `ours` found in `theirs` (0 when `ours` is empty). */
export function overlapShare(ours: readonly string[], theirs: ReadonlySet<string>): number {
  if (ours.length === 0) return 0;
  let shared = 0;
  for (const word of ours) if (theirs.has(word)) shared++;
  return shared / ours.length;
}
