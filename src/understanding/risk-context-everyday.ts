/**
 * The learned risk reader's guess alone (`modelOnly`, `possible`) on a turn whose stake is an everyday one:
 * what someone else will think, say or do about the person's own step ("afraid they think I am greedy",
 * "if i ask maybe i lose her", "they'd slag me", "my father will be so disappointed"), or what a check-up or a
 * call may find ("what if they find something", "if I call it becomes real"). Coaching people who put things
 * off is full of both. The model read them at 0.9–0.99 with no risk word, and the gentle check-in they drew
 * ("are you thinking about killing yourself?") was the blind raters' commonest 1-of-5 (round 15); carried
 * over to the next turn, it was asked on "yes. but hospital jobs are long now" too. Measured over every seen
 * conversation set: scripts/checkin-census.ts against test/fixtures/checkin-census.json.
 *
 * The guess is dropped only when nothing in the turn is about the person's own ending, absence or harm, or
 * about being hurt by someone: a risk word the gate counts as strong, a frame of disclosure
 * (model/risk-frames.ts), or the wider words below. A rule's reading is never touched, so "they'd slag me. i
 * just want to disappear" keeps its check-in.
 */

import { everydayFearAtStake } from './model/risk-everyday-fears.ts';
import { opensRiskFrame } from './model/risk-frames.ts';
import { riskGateOf } from './model/risk-words.ts';
import type { ExplainedObservation } from './reader.ts';

// someone else's reaction to the person's step, feared or to come: think, laugh, judge, be let down, say no, cut
// them off. Said now ("they think im joking") it may be about the person's own farewell act, so a present
// reaction counts only after a fear word ("afraid they think I am greedy"). Anger, shouting and what someone
// says are left out on purpose: "if I tell him he will be angry" and "he says i cant tell anyone about us"
// (15, a partner of 27: v17) can be the start of abuse.
const SOMEONE =
  "(?:he|she|they|them|people|everyone|everybody|nobody|no one|the (?:lads|boys|girls|kids|guys|family|others|uncles|aunties|relatives)|(?:my|his|her|our) (?:\\w+ )?(?:dad|father|mum|mom|mam|mother|parents|family|boss|manager|friends?|wife|husband|partner|teacher|landlord|client|sister|brother|son|daughter|uncle|aunt|cousin)|(?!(?:i|we|you|it|that|this|there|what|which|who)\\b)[a-z]+(?= (?:would|will|'d|'ll) (?:see|think)))";
const REACTION =
  '(?: (?:just|all|probably|prob|even|still|already|definitely|so|really))? (?:think|judge|laugh|laugh at me|make fun|slag|tease|clip|gossip|talk about|see (?:that|it|this|me) as|look at me|look down on|be (?:so |more |really |very )?(?:disappointed|upset|broken|embarrassed|ashamed|hurt)|disgrace|shame|find something|find out|hang up|say no|refuse|reject|fine me|not (?:reply|answer|talk|speak)|stop (?:talking|speaking)|lose (?:it|everything|it all)|make me cancel)\\b';
const OTHERS_REACTION = new RegExp(
  `\\b${SOMEONE}(?:'ll|'d|d|ll| will| would| might| may| could| gonna| going to| wil| wud)${REACTION}|\\b(?:afraid|scared|worried|worry|frightened|terrified|fear|feel|feel like) (?:that |if |maybe )?${SOMEONE}(?: thinks?| judges?| looks? (?:at|down on) me| sees? me)\\b|\\bwhat if ${SOMEONE}(?: just| all)? (?:thinks?|judges?|laughs?|hangs? up|says? no|refuses?|rejects?|finds? out|doesn'?t (?:reply|answer)|ignores? me)\\b`,
);

// losing someone's regard or company by asking ("if i ask maybe i lose her"), or the work they give
const LOSING_THEM =
  /\b(?:i (?:will |'ll |might |may |could )?lose (?:her|him|them|my (?:friend|client|job|place))|no more work|why would (?:they|anyone|he|she|a \w+) (?:hire|pick|choose|want|take) me|(?:they|he|she) (?:won'?t|wont|will not) (?:hire|pay|book|want) me)\b/;

// what a check-up, a form or a call may bring: the result, the finding, the thing becoming real
const WHAT_IT_FINDS =
  /\b(?:what if (?:they|it|the \w+|he|she) (?:find|finds|found|is|comes back|turns out|happens)|(?:they|he|she|the \w+) (?:will |might |may |could |'ll )?find something|(?:it|that) (?:becomes|gets|would be|is|will be) real\b|(?:it'?s|its|that'?s|thats) real\b|if (?:it'?s|its|it is) (?:bad|serious|something)|probably nothing|wasting (?:the |their |his |her )?(?:doctor'?s? |gp'?s? |nurse'?s? )?time|waiting for (?:the )?results?|(?:afraid|scared|frightened|terrified) of what (?:the|they|it))/;

// the person's own ending, absence or harm, or being hurt by someone: never an everyday stake, whatever else
// the turn says (wider than the gate's words, on purpose). Hoping a finding comes, or that "it ends" / "it's over",
// is a passive wish beside a feared result ("what if they find something. part of me hopes they do and it ends").
const OWN_HARM_OR_HURT =
  /\b(?:to end\b|(?:it|it all|everything) to (?:end|stop)|stop (?:existing|living|breathing)|(?:want|wanna) to live|worth living|living any|alive|be gone|not (?:be )?here|(?:can'?t|cannot|can not) go on|done with (?:life|everything|it all)|finally rest|easier (?:if|for every)|(?:wouldn'?t|would not|wont|won'?t) (?:matter|mind)|welcome|much longer|die|dying|dead|death|kill|suicid\w*|end (?:it|my life|things|everything)|disappear|vanish|wake up|go to sleep|sleep forever|better off|without me|burden|give up|giving up|can'?t (?:take|do|cope with|handle) (?:it|this|any)|any ?more\b|tired of|no point|pointless|hopeless|goodbye|myself|hurt me|hurts me|hit (?:me|us)|hits (?:me|us)|beat|kick|punch|slap|push(?:ed|es)? me|grab|throw|threw|threat\w*|choke|strangl\w*|weapon|knife|gun|pills|tablets|overdose|scared of (?:him|her|them)|afraid of (?:him|her|them)|scared to go home|won'?t let me|lock(?:ed|s)? me|bruise\w*|unsafe|not safe|secret|(?:can'?t|cannot|not allowed to|don'?t) tell (?:anyone|anybody|no ?one)|not allowed|\d\d? ?(?:yo|years? old)|immigration|police|deport\w*|touch(?:ed|es|ing)? me|(?:keep|keeps|kept|take|takes|took) (?:my|our) (?:money|pay|wages|passport|papers)|for (?:him|her|them) (?:for )?free|bye|farewell|giving (?:\w+ )?(?:stuff|things) away|gave (?:\w+ )?(?:stuff|things) away|delet\w+|hop(?:e|es|ed|ing)\b|it (?:all )?ends?\b|(?:be|all|it'?s|its) over\b|relie(?:f|ved)|at last|skull|break (?:his|her|their)|breath\w*|chest|numb\w*|headache|stiff|faint\w*|dizz\w*|bleed\w*|blood|vomit\w*|seizure|collaps\w*|pain)/;

/** True when the folded turn's stake is an everyday one and nothing in it is about harm (see the file comment). */
export function everydayStakeOnly(folded: string): boolean {
  if (OWN_HARM_OR_HURT.test(folded) || riskGateOf(folded) === 'strong' || opensRiskFrame(folded))
    return false;
  return (
    OTHERS_REACTION.test(folded) ||
    LOSING_THEM.test(folded) ||
    WHAT_IT_FINDS.test(folded) ||
    everydayFearAtStake(folded)
  );
}

// a body's alarm is never an everyday stake: "worst headache ever and my neck is stiff, probably nothing" is an
// emergency played down (v26), so the medical guess always stands (and the body's words guard the rest)
const modelGuess = (item: ExplainedObservation) =>
  item.observation.kind === 'risk' &&
  item.observation.modelOnly === true &&
  item.observation.level === 'possible' &&
  item.observation.type !== 'medical-emergency';

/** The readings without the learned reader's guess on a turn of everyday stakes only. */
export function withoutEverydayGuess(
  explained: ExplainedObservation[],
  folded: string,
): ExplainedObservation[] {
  if (!explained.some(modelGuess) || !everydayStakeOnly(folded)) return explained;
  return explained.filter((item) => !modelGuess(item));
}
