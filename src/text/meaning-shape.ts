/**
 * Whether a clause of theirs, said back in the second person, has a meaning that is sure from its shape alone
 * (issue 17, rounds 18–19), and its parts: "you can't stop" (a doing they would like to manage), "you don't
 * want to go back there", "you hate asking", "you keep checking", "you miss the sea", "you're scared of the
 * figure", "you don't know what to say to her". The policy reads it to know whether a reflection will say more
 * than their words back (one that will not keeps its question); the realizer phrases it (meaning-of-clause.ts).
 * @example meaningShape("you can't stop") // { kind: 'cannot', phrase: 'stop', doing: 'stopping', even: false, … }
 */
import { toSecondPerson } from './person.ts';

export type MeaningShape =
  | { kind: 'cannot'; phrase: string; doing: string; even: boolean; avoided: boolean; now: string }
  | { kind: 'unwanted' | 'hated' | 'kept'; doing: string }
  | { kind: 'missed'; thing: string }
  | { kind: 'wordless'; words: string }
  | { kind: 'felt'; feeling: FeltAbout; thing: string };

/** What a feeling about a thing does to it: hidden (ashamed), feared, worried over, worn down by. */
export type FeltAbout = 'hidden' | 'feared' | 'worried' | 'worn';

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
const FELT: [RegExp, FeltAbout][] = [
  [/^(?:ashamed|embarrassed)$/i, 'hidden'],
  [/^(?:scared|afraid|frightened|terrified)$/i, 'feared'],
  [/^(?:worried|anxious|stressed)$/i, 'worried'],
  [/^(?:tired|sick|fed up)$/i, 'worn'],
];

/** The sure shape of a clause said back ("you can't stop"); none when its meaning would be a guess. */
export function meaningShape(said: string): MeaningShape | undefined {
  const clause = said.trim().replace(/[.!?]+$/, '');
  const cannot = CANNOT.exec(clause);
  if (cannot) {
    const [, even, phrase, verb] = cannot;
    if (!phraseOk(phrase)) return undefined;
    // (their own "now" is kept, not said twice: "…cook dinner right now is too much right now")
    const now = NOW_END.test(phrase) ? '' : ' right now';
    const avoided = new RegExp(`^(?:${AVOIDED})$`, 'i').test(verb);
    return { kind: 'cannot', phrase, doing: gerundPhrase(phrase), even: even !== undefined, avoided, now };
  }
  const unwanted = DO_NOT_WANT.exec(clause);
  if (unwanted && phraseOk(unwanted[1])) return { kind: 'unwanted', doing: gerundPhrase(unwanted[1]) };
  const hated = HATE.exec(clause);
  if (hated && phraseOk(hated[1])) return { kind: 'hated', doing: hated[1] };
  const kept = KEEP_DOING.exec(clause);
  if (kept && phraseOk(kept[1])) return { kind: 'kept', doing: kept[1] };
  const missed = MISS.exec(clause);
  if (missed && phraseOk(missed[1]) && missed[1].split(/\s+/).length <= 6)
    return { kind: 'missed', thing: missed[1] };
  const wordless = NO_WORDS.exec(clause);
  if (wordless) {
    const words = wordsLacking(wordless[0], wordless[1].trim());
    return words ? { kind: 'wordless', words } : undefined;
  }
  const felt = FELT_ABOUT.exec(clause);
  if (felt && phraseOk(felt[2]) && THING.test(felt[2]) && felt[2].split(/\s+/).length <= 7) {
    const feeling = FELT.find(([word]) => word.test(felt[1]))?.[1];
    return feeling ? { kind: 'felt', feeling, thing: felt[2] } : undefined;
  }
  return undefined;
}

/** "you don't know what to say to her" → the right words for her; "how to tell your mum" → the words to tell her. */
function wordsLacking(clause: string, rest: string): string | undefined {
  if (!phraseOk(rest) || rest.split(/\s+/).length > 7) return undefined;
  const saying = /\bwhat to say$/i.test(clause.slice(0, clause.length - rest.length).trim());
  if (!saying) {
    const verb = /\bhow to (\w+)/i.exec(clause)?.[1]?.toLowerCase() ?? '';
    return `the words to ${[verb, rest].filter(Boolean).join(' ')}`;
  }
  // ("what to say to her" → "for her"; "what to say" alone → "the right words")
  const to = /^to (.+)$/i.exec(rest);
  if (rest && !to) return undefined;
  return to ? `the right words for ${to[1]}` : 'the right words';
}

/**
 * Whether the person's own clause, as they wrote it, has a sure meaning: read by the policy, which sees
 * their words in the first person.
 */
export function hasSureMeaning(clause: string): boolean {
  return meaningShape(toSecondPerson(clause)) !== undefined;
}
