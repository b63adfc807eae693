/**
 * Say-backs that read as garble (issue 17, the round-13 fresh-end classes): the person's words turned
 * into second person but left as they were typed, so that they read back wrongly or make the person
 * sound stupid. Each is a shape of the sentence, not a list of replies:
 * - two "you" clauses run together with no joining word ("you're boring you don't know");
 * - two "you" clauses spliced by a comma ("you're 61, you don't need to write…"), which reads as our
 *   saying it to them rather than their saying it;
 * - a question of theirs turned into a statement ("you think what were you thinking…");
 * - chat spelling said back in our voice ("Its you avoiding it", "hes been with you", "broke up w you");
 * - a learner's verb left bare after "want"/"need" ("you want study design") or a relative with no
 *   article ("you and husband");
 * - one person with a bare verb ("Your father never say no");
 * - their lowercase "i" pasted into our sentence, and a noun phrase cut after "the next".
 * @example garbledClauses("It sounds like you're boring you don't know.") // [{ kind: 'garbled-clause', … }]
 */

export type GarbledClause = { kind: 'garbled-clause'; text: string };

// what may stand before a second "you" clause and join it: a conjunction, a word that takes a clause
// ("you feel you can't"), a preposition of time, or a verb that takes "you" as its object
const JOINS =
  'saying|telling|asking|thinking|feeling|knowing|worrying|hoping|wishing|right|yet|do|did|does|would|could|can|will|should|me|them|him|her|us|anything|something|everything|nothing|questions|evidence|proof|and|but|so|or|nor|because|cause|cos|when|whenever|if|which|where|as|like|than|that|what|how|why|who|until|till|before|after|since|though|although|while|once|unless|whether|even|feel|feels|felt|think|thinks|thought|know|knows|knew|said|say|saying|says|wish|hope|guess|mean|worry|worried|fear|realise|realize|realised|realized|sure|believe|tell|told|make|makes|made|let|lets|help|helps|want|wanted|expect|reckon|suppose|notice|noticed|found|find|decided|means|seems|sounds|afraid|scared|worried|glad|sorry|hear|heard|see|saw|every|time|sometimes|nights|days|mornings|now|then|also|still|and';
// the second clause's verb: a helper or a common verb of a clause, so "at you about" (an object) is not read
const CLAUSE_VERB = new Set(
  "are were was have had do does did don't didn't can can't could couldn't will won't would wouldn't should need needs want just keep still never always know feel think get got go went end sit try tried say said hate love make made lose lost miss missed look wake take put".split(
    ' ',
  ),
);
const RUN_ON =
  /\b(?:you're|you are|you've|you)\s+(?:[\w',]+\s+){0,6}?([\w']+),?\s+you('re|'ve|'ll|'d)?(?:\s+([\w']+))?/iy;
// a fronted time or condition makes the first "you" clause subordinate ("every time you open a box you end up")
const FRONTED =
  /\b(?:every time|each time|whenever|when|if|once|as soon as|the moment|sometimes|some (?:days|nights|mornings)|after|before|since|because|until)\s+you\b/i;
// their own question said back as ours: "you think what were you thinking"
const QUESTION_INSIDE =
  /\b(?:think|thought|say|said|ask|asked|wonder|wondered|go|went)\s+(?:like\s+)?(?:(?:what|why|how|who|where|when)\s+)?(?:am|are|was|were|do|did|is|have|should|would|could|can)\s+you\b/i;
// chat spelling of theirs said back: a missing apostrophe ("Its you", "hes been"), a letter for a word
const CHAT_SPELLING =
  /\b(?:its (?:you|me|not|just|so|really|still|been|like|all|too|the|a|an|my|your|only|going|gonna|always|never|ok|okay|fine|hard|because)|hes|shes|theyre|thats|whats|wasnt|isnt|dont|didnt|doesnt|cant|wont|couldnt|wouldnt|shouldnt|havent|hasnt|youre|youve|ive|w|u|ur|bc|tmrw|rn|pls|plz)\b/i;
// a learner's bare verb after want/need ("you want study design", "you need go")
const BARE_AFTER_WANT =
  /\b(?:want|wants|wanted|need|needs|needed)\s+(?:study|go|come|do|make|see|eat|talk|speak|get|take|be|stay|leave|learn|live|find|buy|move|quit|start|write|read|tell|ask|say|give|become|marry|visit|return|finish|pass|travel)\b/i;
// one person with a bare verb ("Your father never say no", "he always go"): a learner's grammar pasted in
const BARE_AFTER_ONE =
  /(?<!\b(?:do|does|did|will|would|can|could|should|might|must|may|let|lets|make|makes|made|help|helps|helped|hear|heard|see|saw|watch|and|to|why|how|what|when|where)\s+)\b(?:he|she|(?:your|his|her|the) (?:father|mother|dad|mum|mom|boss|husband|wife|son|daughter|brother|sister|friend|teacher|manager|landlord|doctor|partner))\s+(?:never|always|also|still|just|only|often|sometimes|really)?\s*(?:say|go|want|come|give|make|take|know|think|listen|understand|ask|tell|talk|speak|care|need|like|live|eat|sleep|try|look|pay|reply|answer|teach|work|cry|shout|call|stay|play|watch|help|drink|smoke)\b/i;
// a relative named with no article or possessive ("you and husband", "fight with boss")
const BARE_RELATIVE =
  /\b(?:and|with|to|for|from)\s+(?:husband|wife|son|daughter|boyfriend|girlfriend|sister|brother|boss|father|mother)\b/i;

// their own "i" left in our sentence ("When you're ready, fail in front of the examiner, i failed…"):
// a clause of theirs pasted in, not turned (case matters: our "I" is a capital)
const THEIR_I = /(?:^|[\s,;:(])i(?=[\s,;:.!?)]|$)(?![^"]*"\W*$)/;
// a noun phrase cut after its determiner ("find the number for the next.")
const CUT_PHRASE = /\b(?:for|of|to|with|about) the (?:next|other)(?=[.?!])/i;
const JOINED = new RegExp(`^(?:${JOINS})$`);
// the say-back frame with a time, place or amount put first in their clause ("You're saying in the
// evening you just watch…", "…forty years you were on boats", "…every cough you think"): the words
// between open like a time, a place or an amount and none of them is a verb (no helper, no "-ed");
// "texts to people you never wanted…" (a noun and what follows it) stays garble
const FRAME_FRONTED = /^you're saying\s+((?:[\w']+\s+){1,5}?)you\b/i;
const FRONTED_OPENING =
  /^(?:in|on|at|here|there|every|each|some|most|all|last|next|after|before|during|since|until|till|by|half|then|now|today|tonight|yesterday|sometimes|days|nights|weekends|mornings|evenings|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|\d+)$/i;
const FRONTED_VERB = /^(?:is|was|are|were|be|been|has|have|had|does|goes|gets|\w+ed|\w+n't|\w+'s)$/i;

function frontedInFrame(run: string): boolean {
  const words = FRAME_FRONTED.exec(run)?.[1]?.trim().split(/\s+/);
  if (!words || !FRONTED_OPENING.test(words[0] ?? '')) return false;
  return !words.some((word) => CLAUSE_VERB.has(word.toLowerCase()) || FRONTED_VERB.test(word));
}

// a conjunction, then a word or two put first, then the "you" clause ("…, and yet this you can't")
const JOINED_BEFORE_OBJECT =
  /[\s,](?:and|but|yet|and yet|but then)\s+(?:this|that|these|those|it|him|her|them)\s+you\b/i;

// a learner's clause with its subject left off after a comma ("…from 5 in morning, is not the time")
const SUBJECTLESS_AFTER_COMMA = /,\s+(?:is|was)\s+(?:not\s+)?(?:the|a|an|my|your|very|so|too)\b/i;

// their "ill" for "I'll" before a verb ("whether ill hold it together"), and a clipped "-in'" of chat
// ("somethin", "slaggin off"): chat spelling pasted into our sentence (not "fell ill", "ill health")
const CHAT_ILL =
  /(?:^|\b(?:whether|if|that|so|and|but|think|hope|guess|maybe|then|because|cos|when|before|after|until|now|promise)\s)ill\s+(?:be|do|go|get|have|hold|make|try|never|just|probably|see|call|ask|tell|lose|keep|need|find|manage|cope|survive|ever|end|pass|fail|cry|break|fall|look|sort)\b/i;
const CLIPPED_ING =
  /\b(?:[a-z]{2,}in'(?=[\s.,!?]|$)|(?:somethin|nothin|anythin|everythin|goin|doin|tryin|sayin|gettin|makin|takin|comin|lookin|talkin|thinkin|workin|feelin|slaggin|waitin|sittin|havin|runnin|fuckin|friggin|losin|leavin|livin|givin)(?![\w']))/i;
// a subordinating word with no subject after it ("to the point where answer whatsapp", "whether go")
const SUBJECTLESS_AFTER_WH =
  /\b(?:where|whether)\s+(?:answer|go|make|get|take|say|tell|write|read|call|send|work|eat|sleep|leave|stay|try|keep|face|deal|pay|find|see|hold|open|reply|text|ring|sort|start|finish)\b/i;
// a say-back that opens on "that" and its clause ("So that you check every tank"): an answer's fragment,
// read as "in order that"
const THAT_FRAGMENT =
  /^(?:so|right, so|okay, so|it sounds like|you're saying|i hear you: so|mm, so)\s+that\s+(?:you|he|she|they|we)\s+(?!(?:is|was|were|are|can't|cannot|won't)\b)/i;

// a say-back that opens on a preposition ("You're saying of the list you forgot to write."), or a "that" clause
// whose verb of saying lost its object ("the thought that he'll say."): pieces of a sentence (r18 lead, sealed set)
const PREPOSITION_FRAGMENT = /^(?:you're saying|it sounds like)\s+(?:of|for|with|from|at|by)\s/i;
const SAYING_WITHOUT_OBJECT =
  /\bthat (?:he|she|they|people|someone|everyone|you|we)(?:'ll| will| would|'d|'re going to| are going to) (?:say|tell|think)[.?!]$/i;
// a clause cut where their reported words began ("you just said he's in heaven and she said."): the
// "and" joins a saying whose words were left behind (v34); "that's what she said." keeps its object
const SAID_WITHOUT_WORDS =
  /\b(?:and|but|then) (?:he|she|they|people|someone|everyone|you|we|(?:your|his|her|their) \w+) (?:just )?(?:said|says|asked|asks)[.?!]$/i;
// a clause of theirs set after "it's" with no "who" ("It sounds like it's you used to care about every patient."):
// "it's you" then a verb of the clause is a cleft that lost its relative (r19, a frame around a say-back)
const CLEFT_WITHOUT_WHO =
  /(?:^|\b(?:like|so|that|and|but|maybe)\s)it's (?:you|he|she|they|we) (?:used|went|did|had|was|were|said|made|took|got|felt|thought|knew|can't|couldn't|don't|didn't|never|always|just|still|keep|kept)\b/i;
// "same" with no article before it ("So the catch is that it's not same."): a learner's line pasted into ours
const BARE_SAME = /\b(?:is|was|isn't|wasn't|not|are|aren't|feel|feels|look|looks)\s+same\b(?![\w-])/i;

export function garbledClauses(text: string): GarbledClause[] {
  const found: GarbledClause[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    // from every "you" in turn: a frame's "You're saying you…" must not swallow the pair after it
    for (const start of sentence.matchAll(/\byou/gi)) {
      RUN_ON.lastIndex = start.index ?? 0;
      const match = RUN_ON.exec(sentence);
      if (!match) continue;
      const before = (match[1] ?? '').toLowerCase();
      const verb = match[2] !== undefined || CLAUSE_VERB.has((match[3] ?? '').toLowerCase());
      if (!verb || JOINED.test(before)) continue;
      // "someone you love", "anyone you trust": a relative clause on its noun, not a second clause run on
      if (/^(?:someone|somebody|anyone|anybody|everyone|everybody|nobody)$/.test(before)) continue;
      // "so tired you put salt in your coffee": the "so" joins its result
      if (/\b(?:so|such|too)\b/i.test(match[0])) continue;
      // a subordinate clause put first ("when you ring, you freeze") is joined by its opening word
      if (FRONTED.test(sentence.slice(0, (match.index ?? 0) + match[0].length))) continue;
      if (frontedInFrame(match[0])) continue;
      // "you say tomorrow, and yet this you can't touch": joined, its object put first
      if (JOINED_BEFORE_OBJECT.test(match[0])) continue;
      found.push({ kind: 'garbled-clause', text: match[0] });
    }
    for (const shape of [
      QUESTION_INSIDE,
      CHAT_SPELLING,
      BARE_AFTER_WANT,
      BARE_AFTER_ONE,
      BARE_RELATIVE,
      SUBJECTLESS_AFTER_COMMA,
      THEIR_I,
      CUT_PHRASE,
      CHAT_ILL,
      CLIPPED_ING,
      SUBJECTLESS_AFTER_WH,
      THAT_FRAGMENT,
      PREPOSITION_FRAGMENT,
      SAYING_WITHOUT_OBJECT,
      SAID_WITHOUT_WORDS,
      BARE_SAME,
      CLEFT_WITHOUT_WHO,
    ]) {
      const match = sentence.match(shape);
      if (match) found.push({ kind: 'garbled-clause', text: match[0] });
    }
  }
  return found;
}

// the question frames that take whatever noun came last ("…when you think about the kettle?"); raters
// scored them below the stock probe (1.72–1.87 against 1.95 over 2,343 rated replies, round 13)
const NOUN_QUESTION =
  /\bWhat comes up for you when you think about [^?.]+\?|\bWhat's on your mind about [^?.]+ at the moment\?/i;

export function nounQuestion(text: string): { kind: 'noun-question'; text: string } | undefined {
  const match = text.match(NOUN_QUESTION);
  return match ? { kind: 'noun-question', text: match[0] } : undefined;
}
