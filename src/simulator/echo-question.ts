/**
 * Taking up the counsellor's own words. In MIBot's dev half 44% of real client turns reuse a content
 * word of the counsellor turn before them, ours 16%: real people answer inside the question's frame
 * ("if i smoked less... i'd have more money", "not very confident", "smoking the most? after work"),
 * where ours answered from the card alone. A blind rater named the gap (round 14).
 *
 * Only the therapist's words are read (never a therapist's templates), and the echo is a lead-in to
 * the client's own answer, never a replacement for it.
 */
import { lastQuestion } from './answer-asked.ts';
import { lowerFirst } from './chat-voice.ts';
import { createRandom, deriveSeed, type Random } from './prng.ts';
import type { TurnWordsContext } from './turn-words-context.ts';

/** How often an answer to a question is led in by the question's own words (tuned on the dev half). */
const ECHO_CHANCE = 0.55;

/** How a person's own words point back at the question: "you" read from the other side. */
const SWAP: Record<string, string> = {
  you: 'i',
  your: 'my',
  yours: 'mine',
  yourself: 'myself',
  "you're": "i'm",
  "you've": "i've",
  "you'd": "i'd",
  "you'll": "i'll",
  are: 'am',
  were: 'was',
};

/**
 * A question about safety or harm is never echoed: "about killing myself" said back, whatever comes
 * after it, reads as a disclosure the card never made, and the bench would score the coach on it.
 */
const RISK_WORDS =
  /\b(?:kill|suicid|harm|hurt|die|dying|dead|death|end (?:it|your life|things)|safe|safety|crisis|emergency|abus|weapon|overdos|pills?|cutting yourself|live|living)/;

/** Words that would turn round wrongly ("what can I do" → "what can you do"): such a tail is not echoed. */
const SPEAKER = /\b(i|me|my|we|us|our|i'm|i've|i'd|let's)\b/;

/** Adjectives asked as a degree ("how confident are you…"), answered in the same word. */
const DEGREE_QUESTION =
  /\bhow (important|confident|ready|likely|hard|easy|difficult|motivated|sure|serious|committed|willing|worried|bad|often)\b/;

/**
 * Where a person picks a question up: "about cutting down", "about smoking". Not a condition ("if you
 * smoked less", "when you…"): said back before an answer to another question, it read as a seam.
 */
const TAIL_START = /\babout\s/g;

/** Time words a tail ends on, left off: "about today" alone says nothing back. */
const TRAILING_TIME = /(?:\s(?:today|now|lately|recently|before|again|together|first|here))+$/;

const FILLER_WORDS = new Set(
  'the a an to of for and or is it that this there those these any some do does did have has had be been being would could should can might may will just even really right now today lately recently you your'.split(
    ' ',
  ),
);

/** The part of the question a person would say back, turned to their side, or undefined. */
export function echoTail(question: string): string | undefined {
  const plain = question
    .toLowerCase()
    // (an offered "maybe your smoking" is echoed as "my smoking", not "about maybe my smoking")
    .replace(/\bmaybe\b/g, ' ')
    .replace(/[?!.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let start = -1;
  for (const match of plain.matchAll(TAIL_START)) start = match.index ?? -1;
  // ("if you smoked less" is said back whole: "smoked less, i'd sleep better" lost its if)
  const condition = /\bif you (\w+ \w+)$/.exec(plain);
  const tail = (
    start >= 0 ? plain.slice(start) : condition ? `if you ${condition[1]}` : lastContentRun(plain)
  )?.replace(TRAILING_TIME, '');
  if (!tail) return undefined;
  const words = tail.split(' ');
  if (words.length < 2 || words.length > 5) return undefined;
  if (SPEAKER.test(tail)) return undefined;
  // ("about it", "about that": a tail with no word of its own says nothing back, and every card said it)
  if (!words.some((word) => word.length >= 4 && !FILLER_WORDS.has(word) && !EMPTY_WORDS.has(word)))
    return undefined;
  return words.map((word) => SWAP[word] ?? word).join(' ');
}

/** Words too empty to carry an echo on their own. */
const EMPTY_WORDS = new Set(
  'about that this those right anything something everything nothing stuff things thing much'.split(' '),
);

/** A thing of theirs the question names ("your smoking", "your exams"), said back as theirs: "my smoking". */
const THEIR_THING = /\byour (?!mind\b|own\b|way\b|side\b)([a-z]{4,})\b/;

/** Run-ons a question may end on that say nothing back ("…feel okay", "…able to quit"). */
const EMPTY_START =
  /^(?:happened|happen|went|mostly|able|feel|feels|make|made|doing|going|like|want|need|think|see|help|more|less)$/;

/** The last few words of a question with no clause to pick up: "smoking the most", else "my smoking". */
function lastContentRun(plain: string): string | undefined {
  const words = plain.split(' ');
  const last = words.at(-1) ?? '';
  let from = words.length - 1;
  while (
    from > 0 &&
    words.length - from < 3 &&
    !/^(you|do|does|did|is|are|what|how|when|why|if|were|was|be|to)$/.test(words[from - 1])
  )
    from -= 1;
  const run = words.slice(from);
  // (a question ending on a little word — "…for you" — or a run-on of a verb has nothing to say back)
  if (last.length >= 4 && !FILLER_WORDS.has(last) && run[0].length >= 5 && !EMPTY_START.test(run[0]))
    return run.join(' ');
  const thing = THEIR_THING.exec(plain);
  return thing ? `your ${thing[1]}` : undefined;
}

/** "not very confident", "pretty important": the asked degree, in the asked word, from how ready they are. */
export function degreeAnswer(question: string, readiness: number, random: Random): string | undefined {
  const asked = DEGREE_QUESTION.exec(question.toLowerCase());
  if (!asked) return undefined;
  const word = asked[1];
  if (word === 'often') return undefined;
  const high = readiness >= 6;
  const low = readiness < 4;
  const degree = random.pick(
    high
      ? ['pretty', 'quite', 'fairly', 'very']
      : low
        ? ['not very', 'not that', 'not really']
        : ['kind of', 'somewhat', 'a bit'],
  );
  return `${degree} ${word}`;
}

/**
 * A lead-in echoing the counsellor's question, or undefined (no question, nothing to echo, or the
 * dice say no). The degree answer is a whole answer of its own; a tail only leads into one.
 */
export function echoQuestion(
  question: string | undefined,
  readiness: number,
  random: Random,
): { text: string; whole: boolean } | undefined {
  if (!question || RISK_WORDS.test(question.toLowerCase())) return undefined;
  const degree = degreeAnswer(question, readiness, random);
  if (degree) return { text: degree, whole: true };
  const tail = echoTail(question);
  if (!tail) return undefined;
  // (always with a comma after it: "my exams... everyone in my year" read as two sentences stacked, a dash
  // between thoughts is a card's own habit, and with nothing, "about changing my smoking work." read garbled;
  // "hmm" before it made three-word lines that two cards said alike)
  return { text: `${tail},`, whole: false };
}

/**
 * Leads the first piece of an answer with the question's own words, now and then. Not on a
 * disclosure, a risk answer, an ending or a request: those are said as they are.
 */
export function leadWithEcho(context: TurnWordsContext, pieces: string[], hasRequest: boolean): void {
  const { situation, said, persona } = context;
  if (situation.disclosure || situation.risk || situation.ending || hasRequest) return;
  if (situation.turn <= 1 || pieces.length === 0) return;
  const first = pieces[0];
  // (a lead-in before "no" or "dunno" read as a seam: only before an answer with something in it)
  if (first.length === 0 || first.charCodeAt(0) < 32 || first.split(/\s+/).length < 4) return;
  const question = lastQuestion(situation.heard ?? '');
  if (!question) return;
  // (dice of its own, so a turn that is not echoed is word for word what it was without echoes)
  const dice = createRandom(deriveSeed(situation.turn, 'echo-question', persona.id, question));
  if (!dice.chance(ECHO_CHANCE)) return;
  const echo = echoQuestion(question, situation.state.readiness, dice);
  // (never the same lead-in twice in a session: a repeated line was a rater's tell)
  if (!echo || !said.fresh([echo.text], dice)) return;
  pieces[0] = echo.whole ? `${echo.text}, ${lowerFirst(first)}` : `${echo.text} ${lowerFirst(first)}`;
}
