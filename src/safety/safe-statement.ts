/**
 * Reading the answer to the crisis question: "I'm safe" / "no, I won't do anything" versus
 * "yes" / "I don't know". Text when the caller has it; assent and decline observations otherwise.
 */
import type { Observation } from '../spec/observation.ts';
import { findRiskHits } from '../understanding/risk.ts';
import { DISMISSIVE_ASSENT } from '../understanding/stance.ts';

const SAFE =
  /(?<![a-z'])(?:(?:i'?m|im|i am|i feel|i'?ll be|i will be) (?:safe|ok|okay|alright|all right|fine|going to be (?:ok|okay|fine|alright))(?! (?:but|except|i guess|i think|maybe))|(?:i|i'?m|im) (?:won'?t|will not|wont|not going to|not gonna|am not going to) (?:do anything|hurt myself|act on (?:it|them|that)|do it|do that|harm myself|kill myself|go through with)|(?:was|am|i'?m|im) (?:just |only )?(?:joking|kidding|venting|exaggerating|being dramatic)|didn'?t mean it(?: like that)?|no thoughts? (?:of|like that)|(?:i|i'?ve) (?:called|texted|rang|phoned|contacted|reached out to|talked to|spoke to|am talking to|am with) (?:them|988|the (?:line|hotline|helpline|lifeline)|samaritans|someone|somebody|my \w+|a friend|a crisis line)|(?:someone|somebody|my \w+|a friend) (?:is|are) (?:here|with me|coming|on (?:the|their) way)|not (?:in danger|at risk))(?![a-z'])/;
const UNSURE =
  /(?<![a-z'])(?:not (?:safe|ok|okay|fine|sure)|don'?t know|dont know|idk|maybe|can'?t promise|cannot promise|not really|kind of|kinda|sort of|i guess|sometimes|yes|yeah|yep|i do|i am thinking)(?![a-z'])/;

/** The person said they are safe (or connected to a person) without doubting it in the same turn. */
export function saysSafe(
  text: string | undefined,
  observations: readonly Observation[],
  needExplicit: boolean,
): boolean {
  if (text !== undefined) {
    const folded = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
    if (UNSURE.test(folded)) return false;
    const negatedSelf = findRiskHits(text).some((hit) => hit.negated && hit.about !== 'other');
    if (negatedSelf || SAFE.test(folded)) return true;
    if (needExplicit) return false;
  } else if (needExplicit) return false;
  const declined = observations.some((observation) => observation.kind === 'decline');
  const doubted = observations.some(
    (observation) => observation.kind === 'assent' || observation.kind === 'hedge',
  );
  return declined && !doubted;
}

const THOUGHT_GOES_ON =
  /\b(?:keep|kept|still|always|can'?t stop|cant stop|been)\s+(?:thinking|having|feeling|getting)\s+(?:about\s+)?(?:it|that|this|them|those|that way|like (?:that|this))\b|\b(?:think|thinking)\s+(?:about\s+)?(?:it|that)\s+(?:all the time|a lot|every day|constantly|every night)\b/i;

// an "ok" / "fine" / "sure" said on the way into an ask ("i know i know. ok can you message me at 9"): it takes
// the advice and asks for something, it answers nothing about their life (judge v10 read it as a yes and sent
// the crisis question again); a plain yes-word still counts
const OK_WORD = /^(?:ok|okay|k|kk|alright|all right|fine|sure|right)$/i;
const YES_WORD = /(?<![a-z'])(?:yes|yeah|yep|yup|ye|yea|yeh|yh|ya)(?![a-z'])/i;

function okIntoAnAsk(text: string | undefined, observations: readonly Observation[]): boolean {
  if (text === undefined || YES_WORD.test(text)) return false;
  const assents = observations.filter((observation) => observation.kind === 'assent');
  const asks = observations.filter(
    (observation) => observation.kind === 'request' && observation.type !== 'stop',
  );
  if (assents.length === 0 || asks.length === 0) return false;
  const firstAsk = Math.min(...asks.map((ask) => ask.span[0]));
  return assents.every(
    (assent) => OK_WORD.test(text.slice(assent.span[0], assent.span[1]).trim()) && assent.span[1] <= firstAsk,
  );
}

// "Yeah. I'd like to stop dreading every ticket.": a yes-word, then talk of their task with no risk, no doubt and
// no "it" that could be the thoughts; as the answer to a check-in it may be a yes to the talk, not to the question
const YES_THEN = /^\s*(?:yes|yeah|yep|yup|ye|yea|yeh|yh|ya)\b[\s.,!…-]+(\S.*)$/is;
const ABOUT_THE_THOUGHTS =
  /\b(?:it|that|them|those|thoughts?|thinking|think|sometimes|often|always|every (?:day|night)|a (?:bit|lot|little)|kind of|kinda|sort of|maybe|idk|not sure|for (?:a while|weeks|months|years))\b/i;

/**
 * After a check-in on the learned reader's guess alone: a yes that leads talk about their task ("Yeah. I'd like
 * to stop dreading every ticket.") is asked about once more rather than read as a yes to ending their life.
 */
export function yesLeadsOtherTalk(text: string | undefined, observations: readonly Observation[]): boolean {
  if (text === undefined) return false;
  const rest = YES_THEN.exec(text)?.[1];
  if (!rest || rest.split(/\s+/).length < 4 || ABOUT_THE_THOUGHTS.test(rest) || THOUGHT_GOES_ON.test(rest))
    return false;
  if (findRiskHits(rest).length > 0) return false;
  if (observations.some((item) => item.kind === 'risk' || item.kind === 'hedge')) return false;
  return observations.some((item) => item.kind === 'task');
}

/** The person confirmed the risk ("yes", "I am") or could not say they are safe. */
export function confirmsRisk(text: string | undefined, observations: readonly Observation[]): boolean {
  if (observations.some((observation) => observation.kind === 'assent') && !okIntoAnAsk(text, observations))
    return true;
  if (text === undefined) return false;
  // "yeah yeah thats what everyone says" waves the question away; it is not a yes
  if (DISMISSIVE_ASSENT.test(text)) return false;
  // "I just keep thinking it", "still thinking about it all the time": the thought goes on (a gentle question
  // again is cheap; stepping back from it would leave a disclosure unasked)
  if (THOUGHT_GOES_ON.test(text)) return true;
  // "I am." answers the question; "I am safe" does not, so "i am" / "i do" count only standing alone
  // "ye", "yea", "yh", "ya": the chat spellings of a yes (judge v10: "ye" after "wish i could just disappear for
  // good" stepped back with no check-in ever asked)
  return /^\s*(?:yes|yeah|yep|yup|ye|yea|yeh|yh|ya|(?:i am|i do)(?=\s*(?:[.!…,]|$))|i am (?:thinking|considering)|kind of|kinda|sort of|maybe|sometimes|a (?:bit|little))\b/i.test(
    text,
  );
}
