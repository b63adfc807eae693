/**
 * Any other question the person ends on, read by its shape, not its words (issue 17, round 17): raters
 * on fresh sets marked "how am i supposed to feed six men on that", "who's hiring a 58 yr old", "who i
 * complain to", "is it bad that i…" met with a stock probe as questions ignored, and rules for one
 * phrasing never met the next. This reader is the fallback after the named kinds in their-question.ts:
 * a wh-question about their situation, or a yes/no question ending the turn, with what they ask said
 * as an embedded question ("how you're supposed to feed six men on that") only when their clause is
 * in the order English needs; otherwise (learner grammar: "how i go rest") no words of it are kept.
 */
import type { OpenQuestionForm, TheirQuestion } from '../spec/their-question.ts';
import { toSecondPerson } from '../text/person.ts';
import { readsWhole } from '../text/reads-whole.ts';

// asked of the coach, or a request in question form: not for this fallback ("can you help me", "what do you mean")
const TO_US =
  /^am i\b|^(?:can|could|would|will|do|did|are|have|were)\s+(?:you|u|ya)\b|\b(?:you|u|ya)\s+mean\b/;
// "what's the point", "what if", "how about", "what about": hopeless, feared or suggesting, read by other readers
const OTHER_SHAPES =
  /^(?:what(?:'?s| is) the point|what if\b|how about\b|what about\b|how come\b|why not\b|why would (?:that|this|it|\w+(?: \w+)?) (?:help|work|matter))/;

// "who wants that on a cv", "who's hiring a 58 yr old", "who buys stuff from a random mum": their worth doubted
const WHO_WORTH =
  /^who((?:'?s| is| would| will| even| ever| actually| really| going to| gonna)*\s+(?:want|wants|hire|hires|hiring|buy|buys|buying|employ|employs|take|takes|care|cares|need|needs|pay|pays|read|reads|listen|listens|date|dates|trust|trusts|love|loves|pick|picks|choose|chooses|retrain|retraining|train|training|teach|teaching|give|gives|giving|rent|rents)\s+\S.*)$/;
// "who would help me", "who is going to take me on": the same doubt, said of them
const WHO_ME = /^who((?:'?s| is| would| will| going to| gonna)+ \w+(?: \w+)? (?:me|someone like me)\b.*)$/;
// "who even does that", "who says that to their own kid": someone else's doing, met with disbelief
const WHO_DOES = /^who (?:even |actually |really |the hell )?(?:does|says|talks|treats|would do|would say)\b/;
// "who do i complain to", "who i complain to", "who will i talk to": where to take it
const WHO_TO =
  /^who (?:(?:do|can|should|would|will|could|am) )?i (?:(?:supposed|meant) to |even |actually )*(?:complain|talk|go|turn|ask|speak|tell|call|ring|report|contact|vent|lean on|rely on)\b/;

// a wh-word, an auxiliary and "i" or "we": turned into an embedded question ("how am i supposed to" → "how you're supposed to")
const INVERTED =
  /^(how|what|where|when) (am|do|does|can|could|should|will|would|shall|did) (i|we) (?:(?:even|ever|actually|possibly|honestly|really) )*(.+)$/;
const EMBEDDED_VERB: Record<string, string> = {
  am: "'re",
  do: '',
  does: '',
  can: ' can',
  could: ' could',
  should: ' should',
  will: "'ll",
  would: "'d",
  shall: "'ll",
};
// "then how i work", "how i go rest", "so how i pay": a short how-question in learner grammar (no words kept)
const LEARNER_HOW = /^(?:(?:then|so|and|but) )?how (?:i|we) \w+(?: \w+){0,3}$/;
// "how i knew", "how i feel about it": how something was, told, not asked
const TOLD_HOW =
  /\bhow (?:i|we) (?:feel|felt|think|thought|see|saw|know|knew|found|find|got|get|did|was|were|am|is|are|like|mean|meant|said|say|met|learned|learnt|ended|started)\b/;
// "and when i have time?": the same, for when or where, only with its question mark
const LEARNER_WHEN = /^(?:(?:then|so|and|but) )?(?:when|where) (?:i|we) \w+(?: \w+){0,3}$/;
// "at 55. doing what", "and then what", "for what": a question left hanging on "what"
const TRAILING_WHAT = /^(?:(?:and )?then|doing|for|to do|like|and) what$/;
// "why do i keep checking his profile?", "why cant i just start": their own doing, puzzled at
const WHY_ME =
  /^(?:but |so |and )?why (?:do|can|can'?t|cant|am|'?m|does|is it (?:so hard|that) (?:for )?)\s*i\b(?!.*\b(?:you|u)\b)/;
const WHY = /^(?:but |so |and )?why\b/;
const WHY_YOU =
  /^(?:but |so |and )?why (?:do|would|did) (?:you|u) (?:think|say|ask|suggest)\b|^why (?:you|u) (?:think|say)\b/;
// "is it bad that i still miss him": a feeling or wish they fear is wrong (not a deed: "is it bad that i hit him")
const BAD_TO_FEEL =
  /^is it (?:(?:so|really|just) )?(bad|wrong|selfish|awful|terrible|horrible|mean|silly|stupid|dumb|pathetic|ridiculous|childish) (?:that|if|to) (?:i )?(?:(?:be|get|feel) (?:so )?(?:scared|afraid|nervous|anxious|upset|angry|jealous|sad|hurt|worried|relieved)\b|(?:still |secretly |sometimes |kind of |kinda |just |even |actually )*(?:feel|felt|want|wanted|wish|miss|hate|resent|envy|am relieved|'?m relieved|dont want|don't want|do not want|dont care|don't care|cant stand|can't stand|dont like|don't like|like|love|think|get jealous|am jealous|'?m jealous|am glad|'?m glad|am angry|'?m angry)\b)/;
// "should i be the one to reach out?", "should we wait": a decision (not "should i be worried", a fear)
const SHOULD_I =
  /^(?:(?:so|but|and|ok|then)[, ]+)*(?:should|shall) (?:i|we) (?!be (?:worried|scared|concerned|afraid|nervous|panicking)\b)\w+/;
const BETTER = /^(?:(?:so|but|and|ok)[, ]+)*(?:is|would) (?:it )?(?:be )?better (?:to|if)\b.*\bor\b/;
// "is there a trick for it?": advice asked for, which the request readers and the step answer
const ADVICE = /^is there (?:a|any|some) (?:trick|way|tip|tips|hack|secret|method|technique|app)\b/;
// a yes/no question: an auxiliary, then a subject (not the coach: that is a request or asked of us)
const YES_NO =
  /^(?:(?:so|but|and|ok|like|then|honestly)[, ]+)*(?:is|are|was|were|does|did|will|would|could|can|should|has|have|had|isn'?t|won'?t|wouldn'?t|doesn'?t) (?!(?:you|u|ya)\b)\S+/;
// "its not leadership tho is it", "it won't work, will it?": a tag that asks for a yes or a no
// "its not leadership tho is it": a denial with a tag asks for agreement, with or without its mark
const DENIAL_TAG =
  /\b(?:not|isnt|isn't|aint|ain't|never|no)\b.*\b(?:is it|are they|does it|do they|will it|is he|is she|was it)$/;
const TAG =
  /\b(?:is it|isn'?t it|innit|are they|aren'?t they|do they|don'?t they|does it|doesn'?t it|won'?t it|will it)$/;

// "its getting worse isnt it", "they'll take the house won't they": a fear put as a tag
const FEAR_TAG =
  /^(?!(?:is|are|do|does|will|can)\b)\w.*\b(?:isn'?t it|innit|aren'?t they|won'?t they|won'?t it|isn'?t he|isn'?t she)$/;
// what makes a tag a fear, not small talk ("its cold isnt it"): a worse turn, a loss, a verdict
const FEARED =
  /\b(?:worse|bad|serious|wrong|over|too late|ruined|lose|losing|lost|gone|fail\w*|fired|sacked|sack|evict\w*|take|taking|done for|finished|broken|my fault|hate|furious|angry|cancer|dying|end)\b/;
const REPORTING =
  /^(?:wonder|wondering|wondered|ask|asks|asked|asking|know|knew|knows|see|saw|tell|told|said|says|say|about|decide|sure|idea|guess|remember|understand|explain|show|learn|figure|out|is|was|matter|care|mind|on|of|at|and|or)$/;

/** The question clause of the turn's last sentence: from a wh-word after a break ("…point who buys…"). */
function questionClause(sentence: string, marked: boolean): string {
  const inner = sentence.match(/(?:^|[,;:]\s*|\s(?=who\s|how\s))((?:who|how)\s.*)$/);
  if (!inner?.index) return sentence;
  const lead = sentence.slice(0, inner.index).trim();
  // ("then how i eat": a joining word is no clause before it)
  if (/^(?:(?:then|so|and|but|ok|okay|well)[, ]*)+$/.test(lead)) return inner[1].trim();
  // ("i wonder who wants tea", "she asked how i was": reported, not asked)
  const before = lead.split(/\s+/).pop() ?? '';
  // ("that's how i knew": an inner how is a question only with its mark)
  if (REPORTING.test(before) || (!marked && inner[1].startsWith('how'))) return '';
  return inner[1].trim();
}

/** "how am i supposed to feed six men on that" → "how you're supposed to feed six men on that". */
function embedded(clause: string): string | undefined {
  const inverted = clause.match(INVERTED);
  if (!inverted) return undefined;
  const [, word, auxiliary, subject, rest] = inverted;
  if (auxiliary === 'did' || /\b(?:you|u|your|ur|yourself)\b|[?!,;]/.test(rest)) return undefined;
  const words = rest.split(/\s+/);
  if (words.length > 9) return undefined;
  const said = toSecondPerson(rest);
  const person = subject === 'we' ? 'you all' : 'you';
  const verb = EMBEDDED_VERB[auxiliary] ?? '';
  // ("you all'll" is not English: the plural keeps its verb whole)
  const joined = verb.startsWith("'") && person !== 'you' ? ` ${auxiliary}` : verb;
  return `${word} ${person}${joined} ${said}`.replace(/\s+/g, ' ').trim();
}

/** "who wants that on a cv" → "nobody wants that on a cv", kept only when short and clean. */
function nobody(rest: string): string | undefined {
  if (/\b(?:you|u|your|ur|yourself)\b|[?!,;]/.test(rest) || rest.trim().split(/\s+/).length > 10)
    return undefined;
  const said = toSecondPerson(rest.trim().replace(/^'?s\b/, 'is'));
  // ("who want my job" read from "many people who want my job" gives "nobody want": never said back)
  return said && readsWhole(`nobody ${said}`) ? `nobody ${said}` : undefined;
}

function open(form: OpenQuestionForm, about?: string): TheirQuestion {
  return about ? { asks: 'open', form, about } : { asks: 'open', form };
}

/**
 * The question the turn ends on, by shape, when no named kind took it: `sentence` is the last sentence,
 * lowercased without its closing marks; `marked` says the turn ended with a question mark.
 */
export function openQuestionOf(sentence: string, marked: boolean): TheirQuestion | undefined {
  const clause = questionClause(sentence.replace(/\s+(?:tho|though|lol|haha|even|then)$/, '').trim(), marked);
  if (!clause || TO_US.test(clause) || OTHER_SHAPES.test(clause)) return undefined;
  if (WHO_TO.test(clause)) return open('who-to');
  if (WHO_DOES.test(clause)) return open('who-does');
  const worth = clause.match(WHO_WORTH) ?? clause.match(WHO_ME);
  if (worth) return open('who-worth', nobody(worth[1]));
  if (/^(?:how|what|where|when)\b/.test(clause)) {
    const about = embedded(clause);
    if (about) return open(/^(?:how|what)/.test(clause) ? 'how' : 'when-where', about);
    if (LEARNER_HOW.test(clause) && !TOLD_HOW.test(clause)) return open('how');
    if (marked && LEARNER_WHEN.test(clause)) return open('when-where');
    return undefined;
  }
  if (TRAILING_WHAT.test(clause)) return open('how');
  if (WHY_YOU.test(clause)) return open('why-you');
  if (WHY_ME.test(clause) && marked) return open('why-me');
  if (WHY.test(clause) && marked && !/\b(?:you|u)\b/.test(clause)) return open('why');
  // "should i be the one to reach out?", "is better to call or to write email?": theirs to decide
  if (SHOULD_I.test(clause) || BETTER.test(clause)) return { asks: 'should' };
  if (ADVICE.test(clause)) return undefined;
  const bad = clause.match(BAD_TO_FEEL);
  if (bad) return open('bad-to-feel', bad[1]);
  // "its getting worse isnt it": a fear put as a tag, asked with or without its mark
  if (FEAR_TAG.test(clause) && FEARED.test(clause) && !/\b(?:not|never|no)\b/.test(clause))
    return open('worried');
  if ((marked && YES_NO.test(clause)) || (marked && TAG.test(clause)) || DENIAL_TAG.test(clause))
    return open(DENIAL_TAG.test(clause) ? 'denial' : 'yes-no');
  return undefined;
}
