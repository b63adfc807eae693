/**
 * How one person spells: the few words they always write their own way ("bc", "tho", "definately",
 * "should of"), and the one kind of finger slip they make. Real typing errors are habits — the same
 * word spelt the same wrong way every time, by one person and not the next — not letters dropped
 * evenly across everyone's words, which a reader spots as planted.
 */
import type { Random } from './prng.ts';

/** Chat shortenings, each with the forms different people use. */
const SHORTENINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['because', ['bc', 'cos', 'coz', 'cuz']],
  ['you', ['u']],
  ['your', ['ur']],
  ['probably', ['prob', 'prolly']],
  ['though', ['tho']],
  ['people', ['ppl']],
  ['something', ['smth']],
  ['really', ['rly', 'realy']],
  ['going to', ['gonna']],
  ['want to', ['wanna']],
  ['kind of', ['kinda']],
  ['right now', ['rn']],
  ['at the moment', ['atm']],
  ['about', ['abt', 'bout']],
  ['yeah', ['yea', 'yeh', 'ye']],
  ['tonight', ['tonite']],
  ['thanks', ['thx', 'ta']],
  ['okay', ['ok', 'k']],
];

/** Misspellings people really make, and keep making. */
export const MISSPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['because', 'becuase'],
  ['definitely', 'definately'],
  ['tomorrow', 'tommorow'],
  ['weird', 'wierd'],
  ['embarrassed', 'embarassed'],
  ['a lot', 'alot'],
  ['until', 'untill'],
  ['basically', 'basicly'],
  ['should have', 'should of'],
  ['could have', 'could of'],
  ['would have', 'would of'],
  ['friend', 'freind'],
  ['friends', 'freinds'],
  ['believe', 'belive'],
  ['literally', 'literaly'],
  ['different', 'diffrent'],
  ['anymore', 'any more'],
  ['received', 'recieved'],
  ['separate', 'seperate'],
  ['apparently', 'apparantly'],
  ['interview', 'interveiw'],
  ['stomach', 'stomache'],
  ['too', 'to'],
  ['probably', 'probaly'],
  ['everything', 'everythin'],
  ['actually', 'actualy'],
];

export type SlipKind = 'neighbour' | 'space';

/** Keys next to each other on a QWERTY keyboard: a thumb lands on one instead of the other. */
const NEIGHBOURS: Record<string, string> = {
  a: 's',
  s: 'a',
  d: 's',
  e: 'r',
  r: 'e',
  t: 'y',
  y: 't',
  i: 'o',
  o: 'i',
  n: 'm',
  m: 'n',
  h: 'g',
  g: 'h',
  u: 'i',
  l: 'k',
};

export type Spellings = { words: ReadonlyMap<string, string>; pattern: RegExp | undefined };

/** Picks this person's spellings: `shortenings` chat forms and `misspellings` misspelt words, plus the card's own. */
export function pickSpellings(
  random: Random,
  shortenings: number,
  misspellings: number,
  own: Readonly<Record<string, string>>,
): Spellings {
  const words = new Map<string, string>();
  const take = <T>(pool: readonly T[], count: number): T[] => {
    const left = [...pool];
    const taken: T[] = [];
    while (taken.length < count && left.length > 0) taken.push(left.splice(random.int(left.length), 1)[0]);
    return taken;
  };
  for (const [word, forms] of take(SHORTENINGS, shortenings)) words.set(word, random.pick(forms));
  for (const [word, form] of take(MISSPELLINGS, misspellings)) if (!words.has(word)) words.set(word, form);
  for (const [word, form] of Object.entries(own)) words.set(word.toLowerCase(), form);
  if (words.size === 0) return { words, pattern: undefined };
  const alternatives = [...words.keys()]
    .sort((first, second) => second.length - first.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return { words, pattern: new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi') };
}

/** Writes each of the person's words their way, every time (their capital kept where they typed one). */
export function spellTheirWay(text: string, spellings: Spellings): string {
  if (!spellings.pattern) return text;
  return text.replace(spellings.pattern, (found) => {
    const form = spellings.words.get(found.toLowerCase().replace(/\s+/g, ' ')) ?? found;
    return /^[A-Z]/.test(found) ? form.charAt(0).toUpperCase() + form.slice(1) : form;
  });
}

/**
 * A thumb on the key beside the right one, in a word long enough to carry it ("tge", "nyself"):
 * never a letter swapped inside a word — "frmo", "whta" read as planted.
 */
export function slipOnce(word: string, random: Random): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  const at = 1 + random.int(word.length - 2);
  const neighbour = NEIGHBOURS[word[at]];
  return neighbour ? word.slice(0, at) + neighbour + word.slice(at + 1) : word;
}

/**
 * At most one slip a message, of this person's kind, at their rate: a key beside the right one
 * in a lower-case word of four letters or more (a name or "GP" stays), or a missed space
 * between two short words ("inthe").
 */
export function slipTheirWay(text: string, kind: SlipKind, rate: number, random: Random): string {
  if (rate <= 0) return text;
  let slipped = false;
  const once = (whole: string, slip: () => string) => {
    if (slipped || !random.chance(rate)) return whole;
    slipped = true;
    return slip();
  };
  if (kind === 'space')
    return text.replace(/\b([a-z]{2,4}) ([a-z]{2,5})\b/g, (whole, first: string, second: string) =>
      once(whole, () => first + second),
    );
  return text.replace(/\b[A-Za-z]+\b/g, (word) => once(word, () => slipOnce(word, random)));
}
