/**
 * Learner grammar in a line, in either person: the shapes a second-language writer leaves that no
 * standard clause has (a dropped article, a verb that does not agree, a missing "to"). Used two
 * ways: the say-back gate (`standard-grammar.ts`) keeps such a clause from being said back, and the
 * language check (`language-check.ts`) counts it in a reply of ours as a defect, since our own
 * templates never write it: it can only have been pasted from the person. Raters marked "So you're
 * afraid of dentist like small boy", "you keep form under seat in rickshaw", "it feel like it" as the
 * coach imitating them. Narrow on purpose: each pattern names its words, so a standard line passes.
 * @example learnerGrammar("afraid of dentist like small boy") // 'of dentist'
 * @example learnerGrammar("afraid of the dentist") // undefined
 * @example mendLearnerGrammar("it feel like they was angry") // 'it feels like they were angry'
 */

// what may follow a bare noun at the end of its phrase: the end of the clause, a comma, or a
// preposition or joining word ("of dentist like…", "under seat in rickshaw"); a noun used as a
// modifier ("job interviews", "office party") is followed by another noun and is not taken
const PHRASE_END =
  '(?=\\s*(?:$|[,.!?;:)]|\\b(?:in|at|on|for|from|under|and|but|so|because|to|with|like|now|yet|anymore|again|today|tomorrow|every|all|when|or|until|till|after|before|since)\\b))';
// singular nouns that need an article or a possessive (not "school", "work", "bed", "hospital",
// "town", "church", "class", "home": "at school", "in hospital" are standard)
const COUNTED_NOUNS =
  'dentist|doctor|seat|rickshaw|boy|girl|kid|child|woman|office|market|shop|bank|station|table|desk|bag|pocket|drawer|taxi|landlord|boss|manager|teacher|neighbour|neighbor|meeting|exam|appointment|form|lawyer|ticket|visa|handout|loan|passport|laptop|cabin|mistake|flat|car';
// a preposition straight before a bare counted noun ("by taxi", "by bus" are standard: "by" is left out)
const BARE_AFTER_PREPOSITION = new RegExp(
  `\\b(?:of|under|in|on|at|to|from|like|into|near|behind|inside|for|about)\\s+(?:(?:small|big|little|old|young|new|good|bad)\\s+)?(?:${COUNTED_NOUNS})\\b${PHRASE_END}`,
  'i',
);
// a verb straight before a bare counted noun ("keep form", "need lawyer", "have letter from bank");
// "interview" and "inspection" only here ("invited for interview" is standard British)
const BARE_AFTER_VERB = new RegExp(
  `\\b(?:become|becomes|became|becoming|want|wants|need|needs|get|gets|got|take|takes|took|find|have|has|had|keep|keeps|kept|fill|filled|sign|signed|bring|brought|lose|lost|buy|bought|see|saw|call|called|meet|met|ask|asked|read|reads|notice|noticed|use|used|open|opened)\\s+(?:(?:small|big|little|old|young|new|good|bad|numb|whole)\\s+)?(?:${COUNTED_NOUNS}|letter|interview|inspection|body|forum)\\b${PHRASE_END}`,
  'i',
);
// words after which a bare verb is standard ("does it feel", "make it look", "let it go", "to it")
const HELPED =
  "(?<!\\b(?:does|did|do|will|would|can|could|should|might|may|must|shall|let|lets|let's|letting|make|makes|made|making|help|helps|helped|see|saw|seeing|watch|watched|watching|hear|heard|feel|felt|have|having|had|to|why|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't|doesnt|didnt|wont|wouldnt|cant|couldnt|shouldnt|not|how|of|about|with|for|in|on|at|from|into|without|like)\\s)";
// "it feel like it", "everything seem wrong": a singular subject with a bare verb
const SINGULAR_BARE_VERB = new RegExp(
  `${HELPED}\\b(?:it|everything|nothing|everyone|everybody|nobody|someone|somebody)\\s+(?:feel|seem|look|make|take|mean|sound|happen|hurt|keep|go|come|cost)\\b(?!-)`,
  'i',
);
// "do mistake", "make mistake": the learner's verb or a dropped article before "mistake"
const DO_MISTAKE = /\b(?:do|does|did|doing|make|makes|made|making) (?:big |small |many )?mistake\b/i;
// "thinks is daytime", "says is too late": "it" left out before "is"
const NO_IT_BEFORE_IS =
  /\b(?:thinks?|says?|said|feels?|felt|know|knows|knew) is (?!it\b)(?:daytime|night|late|early|too|ok|okay|fine|normal|time|over|done|true)\b/i;
// "they was", "you was": the verb does not agree
const WAS_PLURAL = /\b(?:they|we|you) was\b/i;
// "i was go", "she was say": a past with a bare verb after it
const WAS_BARE = /\b(?:was|were) (?:go|come|eat|take|say|tell|give|buy|try|want|need|think|know)\b(?!-)/i;
// "i need go", "you want see him": "to" left out before a verb
const MISSING_TO =
  /\b(?:i|you|we|they) (?:need|want|try|like|hope|plan|decide|forget|start) (?:go|come|eat|speak|talk|see|buy|pay|leave|stay|tell|find|get|make|do|ask|call)\b(?!-)/i;
// "they want you call them", "she told me go": "to" left out after asking someone to do a thing
const MISSING_TO_AFTER_PERSON =
  /\b(?:want|wants|wanted|ask|asks|asked|tell|tells|told|need|needs|needed|expect|expects|expected|force|forces|forced) (?:you|me|him|her|them|us) (?:call|go|come|pay|send|sign|bring|leave|stay|wait|give|fill|move|apply|speak|talk)\b(?!-)/i;
// "you been having them", "i been told": "have" left out before "been"
const BEEN_WITHOUT_HAVE =
  /(?<!\b(?:would|could|should|might|must|will|may|have|has|had|haven't|hasn't|hadn't) )\b(?:i|you|we|they) been\b/i;
// "you not sure", "i not ready": a copula missing before "not" (first or second person)
const NO_COPULA_NOT =
  /(?<!\b(?:if|whether|or|why|are|am|were|do|did|can|could|would|will)\s)\b(?:i|you|we|they) not (?:good|sure|ready|able|fine|okay|ok|happy|strong|enough|allowed)\b/i;

// "you don't have right to say": a right with no article ("no right to", "the right to" are standard)
const RIGHT_NO_ARTICLE = /\b(?:have|has|had|having|got)(?:n't)? right to\b/i;
// "nobody want your job", "everyone know": an indefinite one with a bare verb (not mended: such a clause
// is often their fear turned round, and a mended verb would hide that it was misread)
const INDEFINITE_BARE_VERB =
  /(?<!\b(?:does|did|do|will|would|can|could|should|might|may|must|let|lets|make|makes|made|help|helps|see|saw|hear|heard|watch|have|had|why|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't|doesnt|didnt|cant|wont)\s)\b(?:nobody|no one|everybody|everyone|somebody|someone|anybody|anyone)\s+(?:want|need|know|care|think|understand|listen|hire|believe|notice|give|say|ask|help)\b(?!-)/i;
// "you not think you did wrong", "i not know": "not" straight after the subject, before a verb
const NOT_BEFORE_VERB =
  /(?<!\b(?:do|does|did|will|would|can|could|should|must|might|may|to|rather|better|or)\s)\b(?:i|you|we|they|he|she)\s+not\s+(?:think|know|want|like|understand|need|go|do|say|care|see|believe|mean|get|feel|remember|speak|sleep|eat|work)\b/i;
// "you do nothing in 7 years", "i work here for 3 years": the present simple for a span up to now
const PRESENT_FOR_SPAN =
  /(?<!\b(?:to|will|would|can|could|should|might|must|may|'ll|'d)\s)\b(?:i|you|we|they)\s+(?:only\s+|just\s+|still\s+)?(?:do|work|live|know|speak|talk|guide|teach|study|drive|stay)\b[^.,;!?]{0,30}\b(?:in|for)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(?:years|yrs|months)\b/i;
// "like i am not her ok": a spoken "ok" left on an object with no comma (not "see her ok", "make him okay")
const OK_ON_OBJECT =
  /(?<!\b(?:make|makes|made|keep|keeps|kept|see|saw|get|gets|got|leave|left|feel|feels|felt|is|was|be|are|seem|seems|looked|look|looks)\s)\b(?:me|her|him|them|us)\s+(?:ok|okay)\b/i;

// "still you don't believe it", "like also they want": an adverb put before its subject
const ADVERB_BEFORE_SUBJECT =
  /(?:^|\b(?:like|that|saying|so)\s)(?:still|also) (?:i|you|we|they|he|she)\b(?!,)/i;
// "your mother medicine", "my brother wedding": one person's thing with no "'s"
const NO_POSSESSIVE_S =
  /\b(?:my|your|his|her|our|their) (?:mother|father|mum|mom|dad|wife|husband|son|daughter|brother|sister|boss|grandma|grandmother|grandfather|granddad|aunt|uncle) (?:medicine|medication|tablets|house|car|money|job|birthday|phone|room|name|bills?|rent|pension|funeral|visa|papers|wedding|operation|treatment)\b/i;

const PATTERNS = [
  BARE_AFTER_PREPOSITION,
  BARE_AFTER_VERB,
  SINGULAR_BARE_VERB,
  WAS_PLURAL,
  WAS_BARE,
  DO_MISTAKE,
  NO_IT_BEFORE_IS,
  MISSING_TO,
  MISSING_TO_AFTER_PERSON,
  BEEN_WITHOUT_HAVE,
  NO_COPULA_NOT,
  RIGHT_NO_ARTICLE,
  INDEFINITE_BARE_VERB,
  NOT_BEFORE_VERB,
  PRESENT_FOR_SPAN,
  OK_ON_OBJECT,
  ADVERB_BEFORE_SUBJECT,
  NO_POSSESSIVE_S,
];

/** The first learner-grammar words in the text, or undefined when there are none. */
export function learnerGrammar(text: string): string | undefined {
  for (const pattern of PATTERNS) {
    const found = text.match(pattern);
    if (found) return found[0];
  }
  return undefined;
}

const THIRD_PERSON_S: Record<string, string> = { go: 'goes', hurt: 'hurts', keep: 'keeps' };
const COPULA: Record<string, string> = { i: "I'm", you: "you're", we: "we're", they: "they're" };
const HAVE: Record<string, string> = { i: "I've", you: "you've", we: "we've", they: "they've" };
// the mends' global forms, built once: mendLearnerGrammar runs on every say-back
const everywhere = (pattern: RegExp) => new RegExp(pattern.source, 'gi');
const SINGULAR_BARE_VERB_ALL = everywhere(SINGULAR_BARE_VERB);
const WAS_PLURAL_ALL = everywhere(WAS_PLURAL);
const MISSING_TO_ALL = everywhere(MISSING_TO);
const MISSING_TO_AFTER_PERSON_ALL = everywhere(MISSING_TO_AFTER_PERSON);
const BEEN_WITHOUT_HAVE_ALL = everywhere(BEEN_WITHOUT_HAVE);
const NO_COPULA_NOT_ALL = everywhere(NO_COPULA_NOT);
const RIGHT_NO_ARTICLE_ALL = everywhere(RIGHT_NO_ARTICLE);
const NO_POSSESSIVE_S_ALL = everywhere(NO_POSSESSIVE_S);

/**
 * The sure mends of learner grammar, so a clause can be said back in standard English rather than
 * dropped: a verb made to agree ("it feel" → "it feels", "they was" → "they were"), a left-out "to"
 * ("need go" → "need to go") or "have" ("you been" → "you've been") or "am/are" ("you not sure" →
 * "you're not sure"). A dropped article is not mended: which article fits is a guess, except in
 * "have right to", where only "the" fits.
 */
export function mendLearnerGrammar(text: string): string {
  return (
    text
      .replace(RIGHT_NO_ARTICLE_ALL, (whole) => whole.replace(/ right to$/i, ' the right to'))
      .replace(NO_POSSESSIVE_S_ALL, (whole) => whole.replace(/^(\S+ \S+) /, "$1's "))
      // ("still i dont get it" → "i still dont get it"; "still you're" → "you're still")
      .replace(/^(still|also) (i|you|we|they|he|she)((?:'re|'m|'ve|'d|'ll)?)\b(?!,)/i, '$2$3 $1')
      .replace(SINGULAR_BARE_VERB_ALL, (whole) => {
        const [subject, verb] = whole.split(/\s+/);
        return `${subject} ${THIRD_PERSON_S[verb.toLowerCase()] ?? `${verb}s`}`;
      })
      .replace(WAS_PLURAL_ALL, (whole) => whole.replace(/was$/i, 'were'))
      .replace(MISSING_TO_ALL, (whole) => whole.replace(/ (\S+)$/, ' to $1'))
      .replace(MISSING_TO_AFTER_PERSON_ALL, (whole) => whole.replace(/ (\S+)$/, ' to $1'))
      .replace(BEEN_WITHOUT_HAVE_ALL, (whole) => {
        const subject = whole.split(' ')[0];
        return `${HAVE[subject.toLowerCase()] ?? subject} been`;
      })
      .replace(NO_COPULA_NOT_ALL, (whole) => {
        const [subject, ...rest] = whole.split(' ');
        return `${COPULA[subject.toLowerCase()] ?? subject} ${rest.join(' ')}`;
      })
  );
}
