/**
 * A therapist's yes/no question, turned round into what a bare answer to it means, in the person's
 * own voice: "Do you think they forgot?" → yes "I think they forgot", no "I don't think they forgot";
 * "Is it the cost?" → "it's the cost" / "it isn't the cost". A "nah" or "ye" alone says too little to
 * say back, and the stock probe raters scored 1–2 ignored what the answer meant (lead, fresh v31);
 * the question it answers holds the meaning. The fold keeps this for the next client turn.
 *
 * Only plain shapes are turned: an auxiliary, a subject the person can own ("you", "it", "that",
 * "he", "she", "they"), and a short rest without an "or" (a choice is not a yes/no), a comma, or a
 * word of ours ("I", "me", "we": the helper, who cannot be turned into the person's voice).
 */
export type ClosedQuestion = {
  /** What "not sure" means, when the question asked what they think ("I'm not sure whether they forgot"). */
  unsure?: string;
  /** What "yes" means, first person ("I think they forgot"); none when the rest only reads negative ("any", "yet"). */
  yes?: string;
  /** What "no" means, first person ("I don't think they forgot"). */
  no: string;
};

const MAX_REST_WORDS = 9;
// the helper's own words: turned into the person's voice they would change who is meant
const HELPER_WORDS = /\b(?:i|me|my|mine|myself|we|us|our|ours|i'm|i've|i'd|i'll|we're|let's)\b/i;
// a choice, a list, a tag or a suggestion ("…or is it the time?", "would it help to…")
const NOT_PLAIN = /[,;:"]|\bor\b|\b(?:help|try|maybe|perhaps|else)\b/i;
const SUBJECTS = /^(you|u|it|that|he|she|they)$/i;
// "so did u…", "and did you…": the question starts after them
const LEAD_IN = /^(?:so|and|but|ok|okay|right|hey+|heyy+)\b[,\s]*/i;
// "did you send any of the emails?" + "yes" is not "I did send any of them": only the no is turned
const NEGATIVE_ONLY = /\b(?:any|anyone|anybody|anything|anywhere|yet|at all|ever)\b/i;

type Turner = (subject: string, rest: string) => ClosedQuestion | undefined;

// "you" asked becomes "I"; "he", "it" stay
const voiceOf = (subject: string): string => (/^(?:you|u)$/i.test(subject) ? 'I' : subject.toLowerCase());

const BE_PRESENT: Record<string, [string, string]> = {
  I: ["I'm", "I'm not"],
  it: ["it's", "it isn't"],
  that: ["that's", "that isn't"],
  he: ["he's", "he isn't"],
  she: ["she's", "she isn't"],
  they: ["they're", "they aren't"],
};

const TURNERS: Record<string, Turner> = {
  // "Do you think they forgot?" → "I think they forgot" / "I don't think they forgot"
  do: (subject, rest) => {
    const voice = voiceOf(subject);
    return voice === 'I' || voice === 'they'
      ? { yes: `${voice} ${rest}`, no: `${voice} don't ${rest}` }
      : undefined;
  },
  does: (subject, rest) => {
    const voice = voiceOf(subject);
    return voice === 'I' || voice === 'they'
      ? undefined
      : { yes: `${voice} does ${rest}`, no: `${voice} doesn't ${rest}` };
  },
  did: (subject, rest) => {
    const voice = voiceOf(subject);
    return { yes: `${voice} did ${rest}`, no: `${voice} didn't ${rest}` };
  },
  is: (subject, rest) => {
    const voice = voiceOf(subject);
    const forms = voice === 'I' || voice === 'they' ? undefined : BE_PRESENT[voice];
    return forms ? { yes: `${forms[0]} ${rest}`, no: `${forms[1]} ${rest}` } : undefined;
  },
  are: (subject, rest) => {
    const voice = voiceOf(subject);
    const forms = voice === 'I' || voice === 'they' ? BE_PRESENT[voice] : undefined;
    return forms ? { yes: `${forms[0]} ${rest}`, no: `${forms[1]} ${rest}` } : undefined;
  },
  was: (subject, rest) => {
    const voice = voiceOf(subject);
    return voice === 'they' ? undefined : { yes: `${voice} was ${rest}`, no: `${voice} wasn't ${rest}` };
  },
  were: (subject, rest) => {
    const voice = voiceOf(subject);
    return voice === 'I'
      ? { yes: `I was ${rest}`, no: `I wasn't ${rest}` }
      : voice === 'they'
        ? { yes: `they were ${rest}`, no: `they weren't ${rest}` }
        : undefined;
  },
  have: (subject, rest) => {
    const voice = voiceOf(subject);
    return voice === 'I' || voice === 'they'
      ? { yes: `${voice}'ve ${rest}`, no: `${voice} haven't ${rest}` }
      : undefined;
  },
  has: (subject, rest) => {
    const voice = voiceOf(subject);
    return voice === 'I' || voice === 'they'
      ? undefined
      : { yes: `${voice}'s ${rest}`, no: `${voice} hasn't ${rest}` };
  },
};

// the person's side of the rest: "your mum" is "my mum" in their voice
const TO_FIRST: Record<string, string> = {
  you: 'me',
  u: 'me',
  your: 'my',
  ur: 'my',
  yours: 'mine',
  yourself: 'myself',
  "you're": "I'm",
  "you've": "I've",
};

/** The last sentence of a therapist's turn, when it is a plain yes/no question, turned round. */
export function closedQuestionOf(sentence: string | undefined): ClosedQuestion | undefined {
  const asked = sentence?.trim() ?? '';
  if (!asked.endsWith('?') || HELPER_WORDS.test(asked)) return undefined;
  const words = asked.slice(0, -1).trim().replace(LEAD_IN, '').split(/\s+/);
  const [auxiliary, subject, ...restWords] = words;
  const turner = TURNERS[auxiliary?.toLowerCase() ?? ''];
  if (!turner || !subject || !SUBJECTS.test(subject)) return undefined;
  if (restWords.length === 0 || restWords.length > MAX_REST_WORDS) return undefined;
  const rest = restWords.join(' ');
  if (NOT_PLAIN.test(rest) || !/^[a-z]/.test(rest)) return undefined;
  // "Do you think you could…": a "you" mid-rest may be a subject ("I"), or an object ("me"); not guessed
  if (/\b(?:you|u)\b(?=\s+\S)/i.test(rest)) return undefined;
  // "Are you still…" "Is it really…": the rest is theirs, in their voice
  const theirs = rest.replace(/\b[a-z]+(?:'[a-z]+)?\b/gi, (word) => TO_FIRST[word.toLowerCase()] ?? word);
  const both = turner(subject, theirs);
  if (!both) return undefined;
  const turned = NEGATIVE_ONLY.test(theirs) ? { no: both.no } : both;
  // "Do you think they forgot?" + "idk": not sure whether they forgot; "Is it the cost?" + "idk" likewise
  const doubted = turned.yes?.match(/^(?:I think (.+)|((?:it's|that's|it was|that was) .+))$/);
  const unsure = doubted ? `I'm not sure whether ${doubted[1] ?? doubted[2]}` : undefined;
  return unsure ? { ...turned, unsure } : turned;
}
