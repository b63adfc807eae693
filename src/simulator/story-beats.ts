/**
 * The card's beats, chosen by what the therapist just did: a reflection of X brings the beat that
 * follows X, a question brings the beat that answers it, advice nobody asked for brings the card's
 * own push-back. Each beat is said at most once a session. Long turns get their length from a beat
 * written long, not from worry clauses stacked after a fact (round 6's blind tell in every excerpt).
 */
import { lastQuestion } from './answer-asked.ts';
import type { Persona, StoryBeat } from './persona-schema.ts';
import type { Random } from './prng.ts';

/** What the therapist's last turn was, as far as choosing a beat goes. */
export type BeatCue = { heard: string; unaskedAdvice: boolean };

// (plain phrase tests on the therapist's words: the client hears a question about what happened,
// about feelings, about what would help; the evaluator's coding says only "open question")
const HAPPENED =
  /\b(what happened|tell me (more|about)|what was (it|that)|how did|when did|what did|walk me through|say more|what went|what's been going on|what has been going on|what (is|was) it about)\b/;
const FEEL = /\b(feel|feeling|felt|how (was|is) (that|it) for you|what's (that|it) like|how are you)\b/;
const HELP =
  /\b(help|what do you (want|need|hope)|what would you like|what (could|might|would) (change|be different|make)|what matters|one thing|where would you)\b/;

/**
 * What a question asks about, in the stems cards write their beats with: "what does smoking do for
 * you" asks why, "what gets in the way" what is hard. A card's `about` names the topic in a word or
 * two; counsellors ask in many more (MIBot's real clients answered the question asked 97% of turns,
 * ours told the next line of the story when the question's words missed the card's).
 */
const ASKS_ABOUT: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\b(do for you|get out of it|like about|enjoy about|what makes you|why do you)\b/, ['why', 'reason']],
  [
    /\b(hard|difficult|gets? in the way|got(ten)? in the way|struggl\w*|challeng\w*|holding you back|stops? you)\b/,
    ['hard', 'difficult', 'part'],
  ],
  [
    /\b(reasons?|motivat\w*|mean to you|matters?|important|be different|look like if|smoked less)\b/,
    ['reason', 'important', 'matter', 'motivat'],
  ],
  [/\b(step|try|first thing|could you|might you|ideas?|what could)\b/, ['could', 'small', 'step', 'try']],
  [/\b(how many|how much|a day|amount)\b/, ['many', 'much', 'day']],
  [/\b(when do|what times?|situations?|moments?|most)\b/, ['when', 'why']],
  [/\b(tried|before|in the past|last time)\b/, ['tried', 'before']],
  [/\b(downsides?|concerns?|worr\w*|health)\b/, ['health', 'worr']],
];

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Words, for whether some word starts with a stem: " told them at work" has "wor" and "tol". One
 * search of a joined string, where a scan of every word for every stem of every beat was (the
 * told-so-far words grow all session). A stem of two words never matched one word, and still does not.
 */
class WordStarts {
  readonly #joined: string;

  constructor(words: readonly string[]) {
    this.#joined = ` ${words.join(' ')}`;
  }

  has(stem: string): boolean {
    return !stem.includes(' ') && this.#joined.includes(` ${stem}`);
  }
}

const wordStarts = (words: readonly string[]) => new WordStarts(words);

/** What the therapist's turn cues: its words plus the stems of what its question asks about, and
 * the kinds of question in it. */
type Cue = { heard: string; starts: WordStarts; kinds: Set<StoryBeat['answers'][number]> };

function cueOf(heard: string): Cue {
  // (asked up to three times a turn of the same therapist text: by own-talk, said-before and the beat
  // chosen; the last answer is kept, the words are never changed by a caller)
  if (heard === lastCue.heard) return lastCue;
  const words: string[] = [...(heard.match(WORD) ?? [])];
  const question = lastQuestion(heard);
  if (question) for (const [asks, stems] of ASKS_ABOUT) if (asks.test(question)) words.push(...stems);
  lastCue = { heard, starts: wordStarts(words), kinds: questionKinds(heard) };
  return lastCue;
}
let lastCue: Cue = { heard: '', starts: wordStarts([]), kinds: new Set() };
const WORD = /[a-z']+/g;

/** The kinds of question in the therapist's turn. */
function questionKinds(heard: string): Set<StoryBeat['answers'][number]> {
  const kinds = new Set<StoryBeat['answers'][number]>();
  if (HAPPENED.test(heard)) kinds.add('happened');
  if (FEEL.test(heard)) kinds.add('feel');
  if (HELP.test(heard)) kinds.add('help');
  return kinds;
}

/** How strongly the therapist's turn calls for this beat: shared words, a question it answers. */
function cueScore(
  beat: StoryBeat,
  words: WordStarts,
  kinds: Set<string>,
  cue: BeatCue,
  storyTold: boolean,
  known: () => WordStarts,
): number {
  let shared = 0;
  for (const stem of beat.about) if (words.has(stem)) shared += 1;
  // (a push-back names the advice it turns down — "I've tried pomodoros" — so it waits for that advice)
  if (beat.answers.includes('advice'))
    return cue.unaskedAdvice && (beat.about.length === 0 || shared > 0) ? 6 : Number.NEGATIVE_INFINITY;
  // (before half the story is told, a beat waits until its subject is on the table, named by the
  // therapist or by their own story so far: "telling her would help" before saying who she is read
  // as a scene out of order)
  if (
    !storyTold &&
    shared === 0 &&
    !beat.answers.includes('feel') &&
    !beat.about.some((stem) => known().has(stem))
  )
    return Number.NEGATIVE_INFINITY;
  let score = Math.min(2, shared) * 2;
  for (const kind of beat.answers) if (kinds.has(kind)) score += 3;
  return score;
}

/**
 * The beat to say now, or undefined when none is left (or none is called for and `onlyCued`).
 * Uncued, the card's order holds, with the beat nearest the turn's drawn length a little ahead.
 */
export function chooseBeat(
  persona: Persona,
  saidBeats: Set<number>,
  cue: BeatCue,
  random: Random,
  options: {
    target: number;
    storyTold: boolean;
    /** What they have told so far, for whether a beat's subject has come up. */
    known?: string;
    onlyCued?: boolean;
    /** Only a beat of at least this many words (a long turn's content). */
    minWords?: number;
    /** Only a push-back; or (false) no push-back this turn. */
    advice?: boolean;
    /** No beat with a question in it (they have asked enough this session). */
    noQuestion?: boolean;
  },
): string | undefined {
  const beats = persona.beats;
  if (beats.length === 0) return undefined;
  const heard = cue.heard.toLowerCase();
  const { starts: words, kinds } = cueOf(heard);
  // (what they have told, read only when a beat waits on its subject: before half the story is told)
  let knownStarts: WordStarts | undefined;
  const known = () => {
    knownStarts ??= wordStarts(options.known?.toLowerCase().match(WORD) ?? []);
    return knownStarts;
  };
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let rank = 0;
  for (let index = 0; index < beats.length; index++) {
    if (saidBeats.has(index)) continue;
    const beat = beats[index];
    const isAdvice = beat.answers.includes('advice');
    if (options.advice === true && !isAdvice) continue;
    if (options.advice === false && isAdvice) continue;
    if (options.minWords !== undefined && wordsIn(beat.say) < options.minWords) continue;
    if (options.noQuestion && beat.say.includes('?')) continue;
    const cued = cueScore(beat, words, kinds, cue, options.storyTold, known);
    if (cued === Number.NEGATIVE_INFINITY) continue;
    if (options.onlyCued && cued < 2) continue;
    // (order first, then length: a reply of two lines to "what happened" is the long turn a person writes)
    const fit = Math.abs(wordsIn(beat.say) - options.target) / 12;
    const score = cued - rank * 0.35 - fit + random.next() * 0.2;
    rank += 1;
    if (score > bestScore) {
      bestScore = score;
      best = index;
    }
  }
  if (best < 0) return undefined;
  saidBeats.add(best);
  return beats[best].say;
}

// (read with the story counted as told, so what they told is never read)
const NOTHING_KNOWN = () => wordStarts([]);

/**
 * Whether the therapist's question calls up a beat of theirs not yet said (two of its stems, or one
 * and the kind of question it answers): then the turn answers it rather than saying something else
 * on their mind. No dice: asking moves no draw of the session.
 */
export function questionCallsBeat(persona: Persona, saidBeats: Set<number>, heard: string): boolean {
  if (!heard.includes('?')) return false;
  const lower = heard.toLowerCase();
  const { starts: words, kinds } = cueOf(lower);
  const cue = { heard: lower, unaskedAdvice: false };
  return persona.beats.some(
    (beat, index) => !saidBeats.has(index) && cueScore(beat, words, kinds, cue, true, NOTHING_KNOWN) >= 4,
  );
}

/** Whether this line is one of the card's push-backs (said in place of any reaction before it). */
export function isPushback(persona: Persona, line: string): boolean {
  return persona.beats.some((beat) => beat.say === line && beat.answers.includes('advice'));
}
