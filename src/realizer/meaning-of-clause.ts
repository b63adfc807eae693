/**
 * What a clause of theirs means, said in fresh words built from the clause itself (issue 17, round 18):
 * raters scored "So you can't write 200 words about it. That sounds really wearing." as "flat parroting
 * with a stock phrase", again and again. A human reflection turns the clause round and adds what it
 * costs them or what they want: "So part of you wants to write 200 words about it, and right now it just
 * won't happen." Only a few shapes of clause have a meaning that is sure from the shape alone; any other
 * clause gets no meaning sentence (the caller says it back plainly, with no stock weight stitched on).
 * @example meaningOf("you can't stop") // ['So part of you wants to stop, and right now it just won't happen.', …]
 * @example meaningOf("you don't want to go back there") // ['So going back there is the last thing you want.', …]
 */
import { upperFirst } from './text-tools.ts';

// doing it is the hard part: what they would like to manage and cannot ("can't sleep", "can't write it")
const CAPACITY =
  'cook|make|shower|stop|sleep|focus|concentrate|write|finish|think|relax|switch|settle|remember|start|get|keep|find|work|study|learn|cope|manage|eat|breathe|do|move|shift|shake';
// a thing that asks something of them they cannot give yet ("can't let strangers touch her things",
// "can't even get yourself to open it"): not a wish we could assume
const AVOIDED =
  'let|face|forgive|accept|open|read|tell|ask|call|ring|phone|text|send|look|throw|touch|go|talk|say|admit|watch|listen|visit|clear|sort|leave';
// words that end a verb phrase we can turn into "-ing" without guessing: a clause that runs on into a
// second clause ("…, it looks like…") or a reason ("because…") is not turned
// (nor one joined by "and" to a clause of its own: "can't sleep and your heart is racing all day", r18 lead)
const RUNS_ON =
  /[,;:]|\b(?:because|cos|cause|since|but|although|though|if|when|so that)\b|\band\s+(?:then\s+)?(?:i|you|your|my|he|she|they|we|it|the|his|her|their|there|everything|nothing)\b/i;

// short verbs that double their last letter before "-ing"
const DOUBLES = new Set(
  'stop let get put sit run cut set shut hit plan chat drop quit swim begin forget admit regret shop dig win'.split(
    ' ',
  ),
);

/** "write" → "writing", "stop" → "stopping", "lie" → "lying", "see" → "seeing". */
export function gerund(verb: string): string {
  const word = verb.toLowerCase();
  if (word === 'be') return 'being';
  if (DOUBLES.has(word)) return `${word}${word.at(-1)}ing`;
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(word) || /[^e]ue$/.test(word)) return `${word.slice(0, -1)}ing`;
  return `${word}ing`;
}

/** The verb phrase with its first verb made "-ing": "write 200 words about it" → "writing 200 words about it". */
function gerundPhrase(phrase: string): string {
  const [verb, ...rest] = phrase.split(' ');
  return [gerund(verb), ...rest].join(' ');
}

// a phrase small enough to be said back whole, with no clause run on after it
// (nor one with "any", "ever" or "yet" in it, which need the "not" they had: "can't do anything")
const phraseOk = (phrase: string) =>
  phrase.split(/\s+/).length <= 9 &&
  !/\b(?:any\w*|ever|yet|either)\b/i.test(phrase) &&
  !RUNS_ON.test(phrase) &&
  !/\byou(?:'re|'ve)?\b.*\byou\b/i.test(phrase);

const NOW_END = /\b(?:right now|now|at the moment|these days|today|tonight)$/i;
const CANNOT = new RegExp(
  `^you (?:just |really |still )?(?:can't|cannot|can not)( even)? (?:(?:get|make|bring) yourself to )?((${CAPACITY}|${AVOIDED})\\b.*)$`,
  'i',
);
const DO_NOT_WANT = /^you (?:just |really )?(?:don't|do not) want to ((\w+)\b.*)$/i;
const HATE = /^you (?:really |just )?(?:hate|dread|can't stand) ((\w+ing)\b.*)$/i;
// what they miss, a thing or a doing ("the sea", "having my own place"): the gap it leaves
const MISS = /^you (?:really |just |still |so )?miss ((?:the|your|being|having|\w+ing)\b.*)$/i;
const KEEP_DOING = /^you (?:just |still )?keep (\w+ing\b.*)$/i;
// a feeling about a thing they name: the thing said with what the feeling does to it
const FELT_ABOUT =
  /^you(?:'re| are| feel| felt| were) (?:so |really |very |quite |a bit |a little |just )?(ashamed|embarrassed|scared|afraid|frightened|terrified|worried|anxious|stressed|tired|sick|fed up) (?:of|about|with|by) (.+)$/i;
// the words for someone are what they lack, not the wish to speak ("i dont know what to say to her", "how to
// tell my mum"): a meaning sure from the shape, where said back plainly it read as a bare echo (v34)
const NO_WORDS =
  /^you (?:just |really |honestly )?(?:don't|do not) (?:even )?know (?:what to say|how to (?:say|tell|ask|explain|put|word)\b)(.*)$/i;
// a thing, not a clause: opened by a determiner or a doing, and short
const THING = /^(?:the|your|this|that|these|those|it|all|what|how|everything|\w+ing)\b/i;
const FELT: [RegExp, (thing: string) => string[]][] = [
  [
    /^(?:ashamed|embarrassed)$/i,
    (thing) => [
      `So ${thing} feels like something to hide.`,
      `It sounds like ${thing} is hard even to look at.`,
    ],
  ],
  [
    /^(?:scared|afraid|frightened|terrified)$/i,
    (thing) => [
      `So ${thing} looms large for you right now.`,
      `It sounds like ${thing} has a real hold on you.`,
    ],
  ],
  [
    /^(?:worried|anxious|stressed)$/i,
    (thing) => [
      `So ${thing} is taking up a lot of room in your head.`,
      `It sounds like ${thing} is never far from your mind.`,
    ],
  ],
  [
    /^(?:tired|sick|fed up)$/i,
    (thing) => [
      `So you've had about as much of ${thing} as you can take.`,
      `It sounds like ${thing} has worn you right down.`,
    ],
  ],
];

/** Sentences that say what the clause means, from its own words; none when its shape is not a sure one. */
export function meaningOf(said: string): string[] {
  const clause = said.trim().replace(/[.!?]+$/, '');
  const cannot = CANNOT.exec(clause);
  if (cannot) {
    const [, even, phrase, verb] = cannot;
    if (!phraseOk(phrase)) return [];
    const doing = gerundPhrase(phrase);
    // (their own "now" is kept, not said twice: "…cook dinner right now is too much right now")
    const now = NOW_END.test(phrase) ? '' : ' right now';
    // a thing they cannot bring themselves to do: its cost, not a wish we would be guessing at
    if (new RegExp(`^(?:${AVOIDED})$`, 'i').test(verb))
      return [
        `So ${even ? 'even ' : ''}${doing} is more than you can bring yourself to do${now}.`,
        `It sounds like ${even ? 'even ' : ''}${doing} would cost you more than you've got to give${now}.`,
      ];
    // "can't even remember to eat": worn down to where the small things go, not a wish
    if (even)
      return [
        `So it's got to where even ${doing} is too much${now}.`,
        `It sounds like even ${doing} is beyond you${now}.`,
      ];
    return [
      `So part of you wants to ${phrase}, and${now} it just won't happen.`,
      `You'd like to be able to ${phrase}, and${now} that feels out of reach.`,
    ];
  }
  const unwanted = DO_NOT_WANT.exec(clause);
  if (unwanted && phraseOk(unwanted[1])) {
    const doing = gerundPhrase(unwanted[1]);
    return [
      `So ${doing} is the last thing you want.`,
      `It sounds like ${doing} is what you'd most like to avoid.`,
    ];
  }
  const hated = HATE.exec(clause);
  if (hated && phraseOk(hated[1])) {
    const doing = hated[1];
    return [
      `So ${doing} costs you something every time.`,
      `${upperFirst(doing)} takes a lot out of you, by the sound of it.`,
    ];
  }
  const kept = KEEP_DOING.exec(clause);
  if (kept && phraseOk(kept[1]))
    return [
      `So ${kept[1]} has become hard to stop.`,
      `It sounds like ${kept[1]} has a pull you can't easily break.`,
    ];
  const missed = MISS.exec(clause);
  if (missed && phraseOk(missed[1]) && missed[1].split(/\s+/).length <= 6)
    return [
      `So there's a gap where ${missed[1]} used to be.`,
      `It sounds like ${missed[1]} left a space that nothing has filled.`,
    ];
  const wordless = NO_WORDS.exec(clause);
  if (wordless) return wordsLacking(wordless[0], wordless[1].trim());
  const felt = FELT_ABOUT.exec(clause);
  if (felt && phraseOk(felt[2]) && THING.test(felt[2]) && felt[2].split(/\s+/).length <= 7)
    return FELT.find(([feeling]) => feeling.test(felt[1]))?.[1](felt[2]) ?? [];
  return [];
}

/** "you don't know what to say to her" → the right words for her; "how to tell your mum" → the words to tell her. */
function wordsLacking(clause: string, rest: string): string[] {
  if (!phraseOk(rest) || rest.split(/\s+/).length > 7) return [];
  const saying = /\bwhat to say$/i.test(clause.slice(0, clause.length - rest.length).trim());
  let words: string;
  if (saying) {
    // ("what to say to her" → "for her"; "what to say" alone → "the right words")
    const to = /^to (.+)$/i.exec(rest);
    if (rest && !to) return [];
    words = to ? `the right words for ${to[1]}` : 'the right words';
  } else {
    const verb = /\bhow to (\w+)/i.exec(clause)?.[1]?.toLowerCase() ?? '';
    words = `the words to ${[verb, rest].filter(Boolean).join(' ')}`;
  }
  return [
    `So finding ${words} is the hard part.`,
    `It sounds like you want to say something, and ${words} just won't come.`,
  ];
}
