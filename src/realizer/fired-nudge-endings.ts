/**
 * The last sentence of a fired nudge that brings the person's own words must fit what those words are. "The
 * laundry is in the dryer." then "Let your hands rest for a moment." read as a non sequitur (r19): a fact needs
 * no instruction, a kind word about them wants a moment, and only a thing to do wants "one breath, then go".
 */

/** What a nudge's own (unquoted) words are: a thing to do, a kind word about the person, or a fact to remember. */
export type CueKind = 'action' | 'about-you' | 'fact';

// a subject first ("the laundry is…", "my mum…", "it's…") makes the words a statement, not an instruction
const SUBJECT_FIRST =
  /^(?:the|a|an|my|your|his|her|our|their|its|it|it's|this|that|these|those|there|there's|he|she|they|we|someone|everyone|nothing|today|tomorrow|tonight)\b/iu;
const NAME_THEN_VERB = /^[A-Z][\p{L}'-]*\s+(?:is|are|was|were|has|have|will|needs?|comes?|gets?)\b/u;
// the person's own words said to them ("you're not useless") or by them ("I'm enough"): a kind word
const YOU_FIRST =
  /^(?:you|i)(?:'re|'m|'ve|'ll|\s+am|\s+are|\s+have|\s+can|\s+will|\s+did|\s+do|\s+matter)?\b/iu;
// "you need to call mum", "you have to leave at 4": a thing to do said with "you"
const YOU_MUST =
  /^(?:you|i)\s+(?:need|have|has|got|must|should|ought|wanted|want|said|promised)\s+(?:to\b|got\b)/iu;
const YOU_HAVE_THING = /^(?:you|i)\s+have\s+(?:a|an|the|your|to)\b/iu;

export function cueKind(words: string): CueKind {
  const text = words.trim().replace(/^["'\u201C\u2018«]+/u, '');
  if (YOU_MUST.test(text) || YOU_HAVE_THING.test(text)) return 'action';
  if (YOU_FIRST.test(text)) return 'about-you';
  if (SUBJECT_FIRST.test(text) || NAME_THEN_VERB.test(text)) return 'fact';
  return 'action';
}

/** Endings for a nudge with its own words, by what the words are. */
export const ENDINGS_BY_KIND: Record<CueKind, { candidates: string[]; tails: string[] }> = {
  action: {
    candidates: [
      'One breath, then go.',
      'Take one slow breath first.',
      'Start whenever you are ready.',
      'Just the first bit is enough.',
    ],
    tails: [],
  },
  'about-you': {
    candidates: [
      'Let that land for a moment.',
      'Take one breath with that.',
      'Read it once more, slowly.',
      'Let it sit with you for a second.',
    ],
    tails: [],
  },
  fact: {
    candidates: [
      "That's the whole reminder.",
      "That's all for now.",
      'Nothing more needed from you here.',
      'Just that, nothing more.',
    ],
    tails: [],
  },
};

/** How a reminder of a statement opens: a reminder, never "Listen:" or "Your cue:", which ask them to repeat it. */
export const REMINDER_FRAMES = [
  'A reminder{~}: {cue}',
  'You asked me to remind you{~}: {cue}',
  'Your reminder{~}: {cue}',
  'Remember{~}: {cue}',
];
