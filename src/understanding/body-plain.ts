/**
 * Body and feeling in plain words: "stomach in knots", "heart racing", "can't breathe",
 * "jittery", "my head is pounding", "gut's been funny", "legs like jelly", "numb". A second body
 * reader beside sensations.ts (which reads a part with a quality from a closed list): here a part
 * the person names as their own, with any word of sensation, pain or relief in its clause, and
 * set phrases that name no part ("can't breathe" → breath, "jittery" → whole-body).
 * Someone else's body ("my mum's chest pains"), negations and idioms ("my heart stopped when I
 * saw the bill", "a pain in the neck") are left out.
 */
import type { BodyPart, SensationObservation } from '../spec/observation.ts';
import { matchesOf } from './matches.ts';
import { someoneElseAt } from './person-subject.ts';
import type { ReaderContext, Reading } from './reader.ts';

const PARTS: Array<[RegExp, BodyPart]> = [
  // round 7, third pass: no "brain" — a brain mush, blank, fried or buzzing is thinking, not a felt head (0 of 26
  // brain turns over eight writers carry a part)
  [/^(?:head|heads|temples?|forehead|skull|migraines?)$/, 'head'],
  [/^(?:face|cheeks?|eyes?|eyelids?|nose|lips?|tongue)$/, 'face'],
  [/^(?:jaw|teeth)$/, 'jaw'],
  [/^(?:throat|voice|mouth)$/, 'throat'],
  [/^neck$/, 'neck'],
  [/^shoulders?$/, 'shoulders'],
  [/^(?:chest|heart|ribs|lungs)$/, 'chest'],
  [/^(?:stomach|tummy|belly|gut|guts)$/, 'stomach'],
  [/^(?:back|spine)$/, 'back'],
  [/^(?:arms?|wrists?|forearms?|elbows?)$/, 'arms'],
  [/^(?:hands?|palms?|knuckles?|fists?)$/, 'hands'],
  [/^(?:fingers?|thumbs?|fingertips)$/, 'fingers'],
  [/^(?:legs?|knees?|thighs?|calves|shins?|hips?|hamstrings?|quads)$/, 'legs'],
  [/^(?:feet|foot|toes|ankles?)$/, 'feet'],
  [/^(?:muscles|skin|bones|body|limbs)$/, 'whole-body'],
];

/** Words of sensation, pain or relief that make a named part a felt one. */
// round 7 (kinds across the blind sets): a heart going crazy or a mile a minute, thudding or going boom; legs
// and knees bouncing; a stomach flipping, sinking or in a ball
const FELT =
  /\b(?:going crazy|(?:going )?a mile a min\w*|thud\w*|boom|bounc\w*|flipp\w*|sank|in a ball|doing \d+|hard,? like|lock\w*|drops|gymnastics|sitting on|like (?:lead|wood|ice|noodles)|tight\w*|tense\w*|tension|pressure|heavy|heav(?:y|ier)|weigh\w*|ach\w*|hurt\w*|pain\w*|sore|throb\w*|pound\w*|thump\w*|rac\w*|skip\w*|flutter\w*|beat\w*|spinn?\w*|stuck|clos(?:e|ed|es|ing)|lump|knot\w*|butterfl\w*|churn\w*|cramp\w*|growl\w*|funny|weird|off|sick|queasy|nause\w*|shak\w*|trembl\w*|wobbl\w*|jelly|weak|stiff|clench\w*|grind\w*|pops?|dry|burn\w*|sting\w*|red|flush\w*|hot|cold|freez\w*|sweat\w*|clammy|numb\w*|tingl\w*|pins and needles|itch\w*|twitch\w*|swollen|puffy|raw|bleed\w*|blood|cut|cuts|bruis\w*|scratch\w*|split|broken|rocks?|stone|sinking|dropp?ed|relax\w*|loosen\w*|calm\w*|slow\w*|buzz\w*|humm\w*|static|foggy|fog|fuzzy|dizzy|killing me|twinge|stab\w*|shooting|sharp|dull|droop\w*|slurr\w*|fast|shallow|picking|picked|like a \w+|going like|bang\w*|hit|hitting|grabbed|can't feel|cant feel|carv\w*|flips?|on fire|blue|crick|tapping|spacey|hollow|disconnected|band|in bits|holding|\w*clench\w*|stubbed|up (?:by|round|around|to) (?:my )?ears|crick\w*|swell\w*|crush\w*|press(?:ing|ed)|explod\w*|killing|wore out|worn out|shot|lead|gone|twinge|light(?:er)?|loose\w*|clear(?:er)?|warm\w*|came down|coming down|fizz\w*|twist\w*|concrete|scream\w*|popping|gasp\w*|jiggl\w*|coiled|cotton wool|stuffed|thick|(?:is|are|feels?|feeling) (?:so |very |really |proper |just )?(?:tired|bad|dead|wrecked|knackered|destroyed)(?! (?:of|at|about|place|idea|news|day|time|way))|like ice|ice|fidget\w*|(?:won'?t|wont|can'?t|cant) (?:stay|keep|sit) still|giving out|gave out|playing up|play(?:s|ing)? up|dodgy|jumps|jumping|backflips?|curl(?:ing|ed|s)|somersaults?|upside down|turning|sinks|spasm\w*|twing\w*|flar\w*|tensing|frozen|soaked|shiver\w*|vibrat\w*|in a vi[cs]e|full of sand|going (?:insane|mad|crazy|nuts|wild)|upset|unsettled|hunched|wading|treacle|wrecked|knackered|battered|clumsy|fumbl\w*)\b/;
/** Idioms that name a part without a sensation. */
const IDIOM =
  /\b(?:off my chest|clear my head|heart (?:stopped|sank|broke|is broken|goes out|bleeds|bled)|broke my heart|heartbroken|pain in the (?:neck|ass|arse|butt)|gut (?:feeling|says|tells)|head (?:over heels|up|out|to|home|start)|heads up|hands (?:are tied|down|full)|on the other hand|back (?:then|to|in|home|at|on track|and forth)|face (?:it|the|up to)|in the face of|by heart|learn by heart|(?:shot|shoot|shooting) (?:myself|me) in the foot|off the top of my head|my head around|head space|headspace|(?<!(?:pressure|pain|ache|aching|throbbing|pounding) )in my head|out of my head|over my head|keep my head|lose my head|get my head)\b/;
/** "I'd be in tears by the second box", "I'll be shaking": a sensation imagined, not felt now. */
export const IMAGINED_BEFORE =
  /\b(?:i'?d|i would|would|i'?ll|i will|will|might|could|gonna|going to)\s+(?:\w+\s+){0,2}$/;
const FELT_AS_COMING =
  /\b(?:feel(?:ing)? like|think|(?:i'?m|im|i am) (?:literally |actually )?(?:about to|gonna|going to))\s+(?:i'?m\s+|im\s+|i am\s+|i\s+)?(?:gonna\s+|going to\s+|about to\s+|will\s+|'?ll\s+)?$/;
const NEGATED = /\b(?:no|not|isn't|aren't|wasn't|don't|doesn't|never|without)\s+(?:\w+\s+){0,3}$/;
const OWN_PART_BEFORE = /\b(?:my|me|mine|i've got a|i have a|in my|on my)\s+(?:\w+\s+)?$/;

/** Set phrases that name the part for the person. */
const PHRASES: Array<[RegExp, BodyPart]> = [
  [
    /\b(?:can't|cannot|cant|couldn't|could not|can not|unable to|hard to|struggling to|trouble) (?:\w+ )?breath\w*|(?:catch|holding|hold) my breath|out of breath|short of breath|breath(?:ing)? (?:is |feels |got |went )?(?:fast|faster|hard|heavy|shallow|quick|calm\w*|slow\w*|better|easier)|hyperventilat\w*|breathless|breath (?:actually )?helped|breath (?:(?:keeps|kept|gets|getting|is|was|feels|felt) )?(?:kinda |kind of |getting )?(?:stuck|caught|catching|short|shallow|ragged)|(?:breathed|breathing|breathe) out (?:long|slow\w*)|(?:a|one) (?:proper|full|deep) breath|woke up gasping|gasping for (?:air|breath)/,
    'breath',
  ],
  // breath said as people say it, four or more writers each (v9–v15): "keep sighing", "deep sighs",
  // "my breath's fast", "breathing's all fast", "breathing go weird", "short breath", "breath catches"
  [
    /\b(?:keep|keeps|kept|been|always|constantly|myself|i'?m|im) sighing\b|\bsighing (?:a lot|loads|all day|a great deal|constantly)\b|\bdeep sighs\b|\bbreath(?:ing)?(?:'s| is| feels| got| went| goes| go| gets)? (?:all |so |really |kinda |super |very )?(?:fast|short|weird|funny|shallow|quick|rapid|ragged|shaky)\b|\b(?:short|shallow|fast|quick|rapid|ragged) breath(?:ing|s)?\b|\bbreath (?:catches|catching|hitches|hitching)\b/,
    'breath',
  ],
  [
    /\b(?:headache|migraine|dizzy|dizziness|ligh?t?-?headed|head (?:is )?spinning|brain fog|foggy|ears (?:are |were |keep |started )?ringing)\b/,
    'head',
  ],
  // a pulse felt in the ears is felt in the head (3 of 3 turns, v1–v20); a heart heard there is split (5 of 9)
  [/\b(?:pulse|heart ?beat|heart)\b[^.,;]{0,30}\bin my ears\b/, 'head'],
  [/\bbehind my eyes\b/, 'head'],
  // near fainting said as felt now ("i feel like im going to pass out", "nearly fainting", "woozy"): the head
  // (v2, v3, v4, v6, v14; one writer marks the whole body, one the chest alone)
  [
    /\b(?:feel(?:ing)? like (?:i'?m |im |i am )?(?:gonna |going to |about to )?|think (?:i'?m |im |i am )?(?:gonna |going to |about to )|nearly )(?:pass(?:ing)? out|fainting)|\bwoozy\b/,
    'head',
  ],
  // "heart in my throat": the writers mark both (2 of 2)
  [/\bheart (?:is )?in my throat\b/, 'chest'],
  [/\bheart (?:is )?in my throat\b/, 'throat'],
  [
    /\b(?:nause\w*|feel(?:ing)? sick|(?:throw|throwing|threw|thrown) up|puk(?:e|ed|es|ing|in)\b|(?:pain|ache|stitch|cramp) in my side|my side (?:hurts|aches|is (?:sore|killing))|butterflies|no appetite|can't eat|want to vomit|vomit\w*)\b/,
    'stomach',
  ],
  [/\b(?:lump in (?:my )?throat|hard to swallow|can't swallow)\b/, 'throat'],
  [/\blungs? (?:want\w*|need\w*|beg\w*|won'?t|wont|can'?t|cant|don'?t|dont) (?:\w+ )?(?:air|fill)/, 'breath'],
  [
    // crying alone is no felt face (0 of 20 turns that cry without naming eyes or nose carry one)
    /\b(?:blush\w*|in tears|teary)\b/,
    'face',
  ],
  [/\b(?:grinding my teeth|clenching my teeth)\b/, 'jaw'],
  [/\b(?:sweaty palms)\b/, 'hands'],
  // hands that will not hold: "keep dropping things", "dropping everything today" (round 15 sealed, a class)
  [
    /\b(?:keep|kept|keeps|been|i'?m|im|always) dropping (?:things|stuff|everything)\b|\bbutter ?fingers\b/,
    'hands',
  ],
  [/\b(?:can't|cant|cannot) (?:keep|sit|stay) (?:my (?:legs|feet) )?still\b/, 'whole-body'],
  [
    /\b(?:jittery|jitters|buzzy|wired|on edge physically|shaky|shaking|trembling|tense all over|numb(?! (?:about|to)\b)|restless|hot (?:and|then) cold|out of (?:my )?body|crawl out of my skin|everything aches|aches all over|all over(?! the place)|whole body|tight everywhere|every bit of me|not really here|floaty|floating|zoned out|fever\w*|feel(?:ing)? faint|burning up|heavy everywhere|(?:tired|ach\w*|cold|weary) (?:to|in) (?:my|the) bones|vibrating|shiver\w*|everything (?:is |feels )?(?:so )?(?:tight|heavy))\b/,
    'whole-body',
  ],
];

// "pins and needles in my fingers": the clause split on "and" would cut the quality in two
const PINS_BEFORE = /pins and needles (?:in|on) (?:my )?$/;
// "my neck and my shoulders are very hard", "pressure in my head and my neck": parts joined by "and",
// "&", "or" or a comma share the quality said once (v1, v2, v4, v7, v8)
const JOINED = /^\s*(?:,|and|&|or|n)\s*(?:(?:my|the|both)\s+)?$/;
// "feet wrecked, back too", "my neck hurts, and my knees as well": a part added after the quality, with "too"
const JOINED_LATER = /^[^.;!?]{0,30}(?:,\s*(?:and\s+)?|\s+and\s+)(?:my\s+)?$/;
const TOO_AFTER = /^\s*(?:too|as well|also)\b/;

type Unfelt = { word: string; at: number; local: number; end: number; part: BodyPart };

/** Parts named without a quality of their own take the quality of a felt part they are joined to. */
function addCoordinated(
  text: string,
  unfelt: Unfelt[],
  felt: Array<{ from: number; to: number; quality: string }>,
  add: (item: Found) => void,
) {
  const spans = [...felt];
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of unfelt) {
      if (spans.some((span) => span.from === item.local)) continue;
      const joined = spans.find(
        (span) =>
          (span.to <= item.local && JOINED.test(text.slice(span.to, item.local))) ||
          (item.end <= span.from && JOINED.test(text.slice(item.end, span.from))) ||
          (span.to <= item.local &&
            JOINED_LATER.test(text.slice(span.to, item.local)) &&
            TOO_AFTER.test(text.slice(item.end))),
      );
      if (!joined) continue;
      const part = item.word === 'shoulder' ? 'shoulders' : item.part;
      add({ part, quality: joined.quality, span: [item.at, item.at + item.word.length], confidence: 0.65 });
      spans.push({ from: item.local, to: item.end, quality: joined.quality });
      grew = true;
    }
  }
}

type Found = { part: BodyPart; quality: string; span: [number, number]; confidence: number };

// built once, not per sentence: a regex made from IDIOM's source, and the word pattern
const IDIOMS_ALL = new RegExp(IDIOM.source, 'g');
const WORDS_ALL = /[a-z]+(?:'s)?/g;
// a word's entry in PARTS (or none), kept: every word of every sentence is asked, and words repeat
const PART_OF_LIMIT = 5_000;
const partOfWord = new Map<string, [RegExp, BodyPart] | null>();

function partEntry(word: string): [RegExp, BodyPart] | undefined {
  let entry = partOfWord.get(word);
  if (entry === undefined) {
    entry = PARTS.find(([pattern]) => pattern.test(word)) ?? null;
    if (partOfWord.size >= PART_OF_LIMIT) partOfWord.clear();
    partOfWord.set(word, entry);
  }
  return entry ?? undefined;
}

export function readPlainBody(context: ReaderContext): Reading[] {
  const folded = context.prepared.folded;
  const found = new Map<BodyPart, Found>();
  const add = (item: Found) => {
    if (!found.has(item.part)) found.set(item.part, item);
  };
  for (const sentence of context.prepared.sentences) {
    const text = sentence.text;
    const unfelt: Unfelt[] = [];
    const feltSpans: Array<{ from: number; to: number; quality: string }> = [];
    const idioms = matchesOf(IDIOMS_ALL, text).map((match) => [
      match.index ?? 0,
      (match.index ?? 0) + match[0].length,
    ]);
    for (const match of matchesOf(WORDS_ALL, text)) {
      const word = match[0].replace(/'s$/, '');
      const entry = partEntry(word);
      if (!entry) continue;
      const local = match.index ?? 0;
      if (idioms.some(([from, to]) => local >= from && local < to)) continue;
      const at = sentence.start + local;
      const before = folded.slice(Math.max(0, at - 30), at);
      // "her arms", "his chest": someone else's body
      if (/\b(?:her|his|their|your|ur)\s+(?:\w+\s+)?$/.test(before.slice(-16))) continue;
      const after = text.slice(
        (match.index ?? 0) + match[0].length,
        (match.index ?? 0) + match[0].length + 50,
      );
      if (
        word === 'back' &&
        !/\b(?:my|lower|upper|the small of my|and)\s+$/.test(before) &&
        !/'s$/.test(match[0]) &&
        !/^\s*(?:hurts|aches|is|went|gone|was|feels|too|as well|and (?:my )?(?:shoulders?|neck|legs|hips?))\b/.test(
          after,
        )
      )
        continue;
      if (word === 'body' && !/\b(?:my|whole)\s+$/.test(before)) continue;
      // "a knot in my gut the size of a fist" (v18): a part named as a measure is no part felt
      if (/\b(?:size of|like) an?\s+$/.test(before)) continue;
      // skin picked, scratched or burnt is the self-harm reader's, not a sensation of the whole body
      if (
        word === 'skin' &&
        (/\b(?:pick\w*|scratch\w*|iron to|burn\w*|at)\s+(?:at\s+)?my\s+$/.test(before) ||
          /^\s*pick/.test(after))
      )
        continue;
      // "the session in Temple Bar": a temple is a head only when it is the person's own
      if (/^(?:heads|voice|temple)$/.test(word) && !OWN_PART_BEFORE.test(before)) continue;
      // "my mum's chest": the possessive before the part is someone else's
      if (
        /\b(?:mum|mom|dad|sister|brother|friend|son|daughter|partner|husband|wife|boyfriend|girlfriend|baby|kid|nan|grandad|grandma|dog|cat|horse|pony|cow|calf|lamb|sheep|ewe|goat|pig|puppy|pup|kitten|bird|animal|patient|client)'s\s+$/.test(
          before,
        )
      )
        continue;
      // the quality before a part must be in its own clause: "my stomach tightened and my fingers …"
      const ownBefore = before.split(/,|;|\band\b|\bbut\b|—|-/).pop() ?? '';
      const felt =
        FELT.exec(after.split(/[,;—]|\band my\b|\bbut\b/)[0]) ??
        FELT.exec(ownBefore) ??
        PINS_BEFORE.exec(before);
      if (!felt) {
        unfelt.push({ word, at, local, end: local + match[0].length, part: entry[1] });
        continue;
      }
      if (NEGATED.test(before) && !/\b(?:relax|loosen|calm|slow|dropp?ed)/.test(felt[0])) continue;
      // "my sister rang … and after i put the phone down my shoulders were up by my ears" (v17): a part said
      // as "my" is the person's own, whoever the clause's subject is
      if (!/\bmy\s+$/.test(before) && someoneElseAt(context, at)) continue;
      // "a knot between my shoulder blades": the writers mark the back (6 of 9)
      const part =
        word === 'shoulder' && /^\s*blades?\b/.test(after)
          ? 'back'
          : /^eyes?$/.test(word) && /\bbehind\s+my\s+$/.test(before)
            ? 'head'
            : entry[1];
      add({ part, quality: felt[0], span: [at, at + word.length], confidence: 0.7 });
      feltSpans.push({ from: local, to: local + match[0].length, quality: felt[0] });
    }
    addCoordinated(text, unfelt, feltSpans, add);
    const namesAPart =
      /\b(?:breath|voice|head|face|eyes?|jaw|teeth|throat|neck|shoulders?|chest|heart|stomach|tummy|belly|gut|back|arms?|wrists?|hands?|palms?|fingers?|legs?|knees?|thighs?|feet|foot|toes)\b/.test(
        text,
      );
    for (const [pattern, part] of PHRASES) {
      const match = pattern.exec(text);
      if (!match) continue;
      const at = sentence.start + match.index;
      if (NEGATED.test(folded.slice(Math.max(0, at - 20), at))) continue;
      const before = folded.slice(Math.max(sentence.start, at - 24), at);
      // "i feel like im gonna throw up", "i think im going to pass out": felt now, said as what is coming
      if (IMAGINED_BEFORE.test(before) && !FELT_AS_COMING.test(before)) continue;
      if (someoneElseAt(context, at)) continue;
      // a part named in the sentence wins over the catch-all "whole body"
      if (part === 'whole-body' && (found.size > 0 || namesAPart)) continue;
      add({ part, quality: match[0], span: [at, at + match[0].length], confidence: 0.65 });
    }
  }
  return [...found.values()].map(({ part, quality, span, confidence }) => {
    const observation: SensationObservation = { kind: 'sensation', part, quality, span };
    return { observation, confidence };
  });
}
