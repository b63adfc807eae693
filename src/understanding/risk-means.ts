/**
 * The one lethal-means lexicon. Four readers used to keep their own lists (risk-cues.ts, risk-cues-scenes.ts,
 * risk-cues-unsaid.ts, risk-plan-signs.ts) and they disagreed on spellings ("weedkiller" but not "weed killer",
 * "razor" but not "razor blades") and on members (a revolver held in a lap, never in a drawer). Now each reader
 * names the kinds its sentences fit, and every spelling lives here once.
 *
 * Kinds are kept apart because a reader's frame decides which are safe: "i bought bleach" is shopping and "i've
 * bought rope" is not, so the "got or bought" cue takes no poisons; "put the knife in the drawer" is tidying, so
 * the "put or hid" cue takes no blades. Words are matched on the normalised, lower-cased text.
 */

export type MeansKind =
  | 'firearm'
  | 'ligature'
  | 'cord'
  | 'blade'
  | 'medicine'
  | 'poison'
  | 'charcoal'
  | 'hose'
  | 'blunt';

export const MEANS_WORDS: Readonly<Record<MeansKind, readonly string[]>> = {
  firearm: ['gun', 'guns', 'shotgun', 'rifle', 'pistol', 'revolver', 'handgun', 'firearm'],
  ligature: ['rope', 'noose', 'ligature'],
  // everyday things a ligature is also made from: only where the frame is already a having or a holding
  cord: ['belt', 'cable', 'cord'],
  blade: ['blade', 'blades', 'razor', 'razors', 'razor blade', 'razor blades', 'knife', 'machete'],
  medicine: [
    'pills',
    'tablets',
    'meds',
    'medication',
    'paracetamol',
    'tylenol',
    'sleeping pills',
    'painkillers',
    'insulin',
    'morphine',
    'xan',
    'xans',
    'oxy',
  ],
  poison: [
    'poison',
    'rat poison',
    'weedkiller',
    'weed killer',
    'pesticide',
    'bleach',
    'antifreeze',
    'anti freeze',
    'drain cleaner',
  ],
  charcoal: ['charcoal', 'disposable bbq', 'disposable barbecue'],
  hose: ['hose', 'hosepipe', 'hose pipe'],
  blunt: ['crowbar', 'tyre iron', 'tire iron', 'hammer', 'bat', 'wrench', 'crossbow', 'scissors'],
};

/** Kitchen work beside a blade ("knife in my hand because i'm chopping onions"): a lookahead's body. */
export const KITCHEN_WORK = '(?:chopping|cooking|slicing|peeling|carving|making (?:dinner|tea|food|lunch))';

const escapedForPattern = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex alternation (a non-capturing group, no word boundaries: the caller frames it) of the words of the
 * given kinds and any extra words (a word only one frame can bear, say "tabs" beside a plan), longest first so "razor blades" wins over "razor".
 * @example new RegExp(`\\b${meansPattern(['firearm', 'ligature'])}\\b`).test('the rope') // true
 */
export function meansPattern(kinds: readonly MeansKind[], extra: readonly string[] = []): string {
  const words = [...new Set([...kinds.flatMap((kind) => MEANS_WORDS[kind]), ...extra])];
  words.sort((left, right) => right.length - left.length || left.localeCompare(right));
  return `(?:${words.map(escapedForPattern).join('|')})`;
}
