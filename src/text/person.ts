/**
 * The person's own clause, said back to them: first person turned to second, with the verb
 * agreeing ("I was" → "you were", "I am" → "you are") and a few idioms kept natural
 * ("make myself open it" → "get yourself to open it").
 * @example toSecondPerson("I can't even make myself open it.") // "you can't even get yourself to open it"
 */

// chat spellings said back properly: the reply is ours, written with care
const SPELLINGS: Record<string, string> = {
  cant: "can't",
  dont: "don't",
  wont: "won't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  havent: "haven't",
  hasnt: "hasn't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  wouldnt: "wouldn't",
  arent: "aren't",
  thats: "that's",
  theres: "there's",
  theyd: "they'd",
  itd: "it'd",
  itll: "it'll",
  theyll: "they'll",
  youd: "you'd",
  theyre: "they're",
  theyve: "they've",
  shes: "she's",
  whats: "what's",
  youre: "you're",
  wouldve: "would've",
  couldve: "could've",
  shouldve: "should've",
  u: 'you',
  ur: 'your',
};

const CHAT_ILL =
  /(^|\b(?:whether|if|that|so|and|but|think|hope|guess|maybe|then|because|cos|when|before|after|until|now|promise)\s)ill(?=\s+(?:be|do|go|get|have|hold|make|try|never|just|probably|see|call|ask|tell|lose|keep|need|find|manage|cope|survive|ever|end|pass|fail|cry|break|fall|look|sort)\b)/gi;

const WORD_SWAPS: Record<string, string> = {
  i: 'you',
  "i'm": "you're",
  im: "you're",
  "i've": "you've",
  ive: "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  we: 'you',
  "we're": "you're",
  "we've": "you've",
  // ("in Exeter we'll be the old couple" said back with its "we'll" read as our own future, v34)
  "we'll": "you'll",
  "we'd": "you'd",
  us: 'you',
  our: 'your',
  ours: 'yours',
  ourselves: 'yourselves',
};

// "I was" / "I wasn't" / "I am": the verb follows the new subject
const AGREEMENT: [RegExp, string][] = [
  [/\byou (really |just |also |still |never |always |honestly )?am\b/gi, 'you $1are'],
  [/\byou (really |just |also |still |never |always |honestly )?was\b/gi, 'you $1were'],
  [/\byou (really |just |also |still )?wasn't\b/gi, "you $1weren't"],
  [/\byou (really |just |also |still )?wasnt\b/gi, "you $1weren't"],
  [/\bget yourself ([a-z]+)\b/gi, 'get yourself to $1'],
  // "what was I thinking" → "what were you thinking": the verb before the subject agrees too
  // (not "it was me who told" → "it was you who told": there "it" is the subject, round 17 v31 class)
  [/(?<!\b(?:it|that|this|there|he|she|which|who|one|thats|that's|it's|its)\s)\bwas you\b/gi, 'were you'],
  [/\bam you\b/gi, 'are you'],
  // "its fine" is "it's fine": the possessive never comes before these words
  [
    /\bits (fine|ok|okay|not|so|just|been|too|all|really|hard|like|only|going|gonna|always|never|getting)\b/gi,
    "it's $1",
  ],
];

// days and months are names: said back with a capital ("on sunday" → "on Sunday")
const NAMES =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december)\b/g;

// ("i don't know" before a how/what/whether is not a filler but what they are saying: "I don't know how
// long to wait", "i dont know what to say to her"; stripped, the clause left was a bare question)
// (before its object, "i dont know anything here", it was tried and left a filler: said back, it was a
// second reflection before the worry question's own, and the v34 dev rater read it as parroting)
const LEADING_FILLERS =
  /^(?:(?:the thing is|thing is|the problem is|hi|hey|hello|and|but|so|also|plus|then|honestly|tbh|ngl|like|well|yeah|yes|ok|okay|um+|uh+|hm+|to be honest|nope|nah|no(?=[\s,]+(?:i|i'm|im|it|it's|its|they|she|he|we|you)\b)|i mean|i guess|i think|i suppose|(?:i don't know|i dont know|i do not know|idk)(?![\s,]+(?:how|what|where|when|whether|if|why)\b)|basically|anyway|just|really|lol)[\s,]+)+/i;

/** A clause stripped of fillers and end punctuation, still in the person's words. */
// emoticons and emoji are the person's tone, not words to say back (":/" inside a reflection reads as garble)
const EMOTICONS =
  /(?:^|\s)(?:[:;=8xX][-']?[()[\]/\\|DPpOo3*]+|<3|[)(][-']?[:;])(?=\s|$|[,.!?])|\p{Extended_Pictographic}\uFE0F?/gu;

// every emoticon starts after a space (or at the start) with one of these, and every pictograph is
// past ASCII: a clause with neither (most) has none, and skips the costly Unicode search
const MAY_HOLD_EMOTICON = /(?:^|\s)[:;=8xX<)(]|[^\x00-\x7f]/;

// a hedging "like" before an amount ("there's like 3 weeks of mugs") said back reads as mimicry; "about" is its
// standard English. Only after words that take an amount, so "i like 2 sugars" and "feel like 5" keep their verb
const HEDGED_AMOUNT =
  /(?<=\b(?:theres|there's|thats|that's|its|it's|is|are|was|were|do|does|did|have|has|had|got|for|in|take|takes|took|spent|after|be|been|of|at|only|just|maybe|probably)\s)like\s+(?=\d)/gi;

export function trimClause(clause: string): string {
  return (MAY_HOLD_EMOTICON.test(clause) ? clause.replace(EMOTICONS, ' ') : clause)
    .replace(/\s+/g, ' ')
    .replace(HEDGED_AMOUNT, 'about ')
    .trim()
    .replace(/^[\s,;:.!?'"-]+/, '')
    .replace(LEADING_FILLERS, '')
    .replace(/[\s,;:.!?…'"()-]+$/u, '')
    .replace(
      /(?:[\s,]+(?:tbh|lol|lmao|haha|idk|ngl|tho|though|honestly|really|at all|or something|or whatever|and stuff|you know|i guess|i think|i suppose|to be honest|anyway))+$/i,
      '',
    )
    .replace(/[\s,;:.!?…'"()-]+$/u, '')
    .trim();
}

/** First person → second person, in one pass so "you" already said is never swapped twice. */
export function toSecondPerson(clause: string): string {
  const base = trimClause(clause)
    .replace(/\bmake myself\b/gi, 'get myself')
    // ("my me time" said back as "your you time": the time to themselves, in plain words)
    .replace(/\b(?:my )?me[- ]time\b/gi, 'time to myself')
    // their "ill" for "I'll" before a verb ("dont know if ill hold it together"), never "fell ill"
    .replace(CHAT_ILL, "$1i'll");
  let swapped = base.replace(/\b[A-Za-z]+(?:'[a-z]+)?\b/g, (word) => {
    const lowered = word.toLowerCase().replace('’', "'");
    return WORD_SWAPS[lowered] ?? SPELLINGS[lowered] ?? word;
  });
  for (const [pattern, replacement] of AGREEMENT) swapped = swapped.replace(pattern, replacement);
  swapped = swapped.replace(NAMES, (name) => name.charAt(0).toUpperCase() + name.slice(1));
  // a sentence inside the clause starts with a capital; stray double dots become one
  swapped = swapped
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/([.!?]\s+)([a-z])/g, (_, end: string, letter: string) => end + letter.toUpperCase());
  return lowerFirstLetter(swapped);
}

/** Lowercases the first letter, unless the first word is an acronym ("HR is his cousin" never "hR is…"). */
export function lowerFirstLetter(text: string): string {
  const firstWord = text.match(/^\S+/)?.[0] ?? '';
  if (firstWord.length > 1 && /[A-Z]/.test(firstWord.slice(1)) && firstWord !== firstWord.toLowerCase())
    return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** True when the clause speaks to someone ("you", "your"): said back, it would read wrong. */
export function addressesSomeone(clause: string): boolean {
  return /\b(?:you|your|you're|youre|yours|yourself|u|ur)\b/i.test(clause);
}
