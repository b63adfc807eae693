/**
 * A rule's `possible` wish to die or to self-harm said with when and how is a plan (round 8: v9/v10's writers
 * wrote "kms in like an hour", "ending it tonight thats the plan, car and hosepipe", "i have the rope already in
 * the garage, tonight i finish with this" and all were read `possible`): a near time and an intent or a means in
 * the same sentence make it `clear`, the crisis reply first. Jokes and hedges ("lol", "jk", "maybe") keep it
 * `possible`; the model's guess alone is never raised.
 *
 * Round 16 (the level head; v12–v27's writers marked 485 of 1,148 `clear` items that were read `possible`): a
 * plan is said in more ways than a time and an intent. Each class below raises an own, present `possible`
 * reading of suicide or self-harm to `clear` (risk-plan-signs.ts holds their words):
 * - a means in hand or put by ("bought rope today", "the shotgun is loaded in the byre", "ive got enough saved");
 * - a decision or a set date ("fully decided", "its all set up", "friday is the last day");
 * - an intent with a suicidal verb ("gonna kms after my shift", "i'm going to end it. not the job. me.");
 * - being at the place ("im on the bridge", "parked up at the cliffs, engine off");
 * - the method looked up ("googled how many paracetamol it takes");
 * - a farewell ("last message from me", "gave away my guitar, wont need it").
 * "not joking", "not a joke", "fr" say the intent is meant: they are never read as the joke that keeps a
 * turn `possible`. Harm to others is raised only by a means in hand or the old time-and-intent pair ("gonna
 * kill my brother, he ate my leftovers" stays `possible`).
 */
import type { ExplainedObservation, ReaderContext } from './reader.ts';
import { happeningNow } from './risk-acute-signs.ts';
import { planSignOf } from './risk-plan-signs.ts';

const NEAR_TIME =
  /\b(?:tonight|tonite|today|tomorrow|tmrw|this (?:evening|weekend|afternoon)|in (?:like |about )?(?:an|a|one|two|\d+) (?:hour|hours|hrs?|mins?|minutes)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|once (?:everyone|every1|they|the kids|my \w+) (?:is|are|goes|go|gets?)|when (?:everyone|they) (?:is|are) asleep|right now|rn)\b/;
const INTENT_OR_MEANS =
  /\b(?:kms|kill myself|killing myself|end my life|gonna|going to|i'?ll|ill|i will|i'?m doing it|im doing it|the plan|my plan|decided|ready|already|rope|noose|pills|tablets|meds|hose(?:pipe)?|blade|razor|gun|bridge|ledge|jump|finish with|end it|ending it)\b/;
const JOKE_OR_HEDGE =
  /\b(?:lol|lmao|lmfao|jk|haha\w*|kidding|joking|maybe|probably not|not really|i guess|idk)\b/;
// "not joking this time", "lol not lol", "not a joke": the joke word is taken back, the intent is meant
const JOKE_TAKEN_BACK =
  /\b(?:not|no|aint|ain't|isn'?t|im not|i'?m not) (?:a )?(?:joking|kidding|joke|lol)\b|\blol not lol\b/g;

// the learned reader's reading with a near time is raised only when the turn names the act itself ("kms tonight fr")
const SUICIDAL_WORD = /\b(?:kms|kys|kill myself|end my life|unalive|sui\W?cide|overdose|od)\b/;

const RAISED_TYPES = new Set(['suicide', 'self-harm', 'harm-to-others', 'abuse', 'medical-emergency']);

// the learned reader's own reading is raised only when it is sure and a plan sign (two parts, risk-plan-signs.ts)
// is said: "bought rope today", "i have the rope in the boot of the car" have no rule and read 0.99
const MODEL_RAISED_FROM = 0.9;

const raisable = (item: ExplainedObservation) =>
  (item.source === 'rule' || (item.source === 'model' && item.confidence >= MODEL_RAISED_FROM)) &&
  item.observation.kind === 'risk' &&
  item.observation.level === 'possible' &&
  RAISED_TYPES.has(item.observation.type) &&
  item.observation.about !== 'other' &&
  !item.observation.past;

// a wish or an urge, said with no plan, act or intent: "i want to die", "the urge to cut is so bad rn", "wanna
// d1e fr", "i keep thinking i should end it all", "i'd rather not be here". v12–v27's writers marked these
// `possible` (about 20 plain "i want to die" against 4 said with a plan or a letter) and the rules read them
// `clear`; the lead's fresh sets showed the same class. The direct question is asked, and a yes is the crisis.
const WISH =
  /\b(?:want(?:ing)? to|wanna|wana|urges?|thinking (?:of|about|bout|abt)|keep thinking|thoughts? (?:of|about)|i'?d rather|rather not|might|wish|don'?t want to (?:be|live|wake)|dont wanna (?:be|live|wake))\b/;
// what makes a wish more than a wish: an intent, a decision, something done or written
const MORE_THAN_A_WISH =
  /\b(?:gonna|going to|goin to|i will|i'?ll|decided|plan|planned|planning|already|letter|note|ready|did it|done it|took|taken|do it|kms|how to|know how|the means|date|deep|not stopping|looked up|in my hand|next time|trying again|still want to|i mean it|ago|earlier|last (?:week|month|night)|(?:take|taking) (?:all|every|the whole)|at once|lied|lying)\b/;
// the act named, however spelt ("i want to k i l l myself", "want to k1ll mys3lf", "thinking abt unaliving myself"):
// v12–v27's writers marked a wish to kill oneself `clear`, a wish to die or not to be here `possible`
const LOOK_ALIKE: { [from: string]: string } = {
  '1': 'i',
  '!': 'i',
  '3': 'e',
  '0': 'o',
  '@': 'a',
  $: 's',
  і: 'i',
  е: 'e',
  о: 'o',
  а: 'a',
};
const ACT_NAMED =
  /kil+(?:ing)?m[iy]s[ea]lf|kil+me|unaliv|slit|suicid|sewerslid|endmylife|takemylife|hangmyself/;
const namesTheAct = (folded: string) =>
  ACT_NAMED.test(folded.replace(/[1!30@$іеоа]/g, (c) => LOOK_ALIKE[c] ?? c).replace(/[^a-z]/g, ''));

const WISH_TYPES = new Set(['suicide', 'self-harm']);

const lowerable = (item: ExplainedObservation) =>
  item.source === 'rule' &&
  item.observation.kind === 'risk' &&
  item.observation.level === 'clear' &&
  WISH_TYPES.has(item.observation.type) &&
  item.observation.about !== 'other' &&
  !item.observation.past;

/** Whether the turn is a wish or an urge only, for this type (no plan, no act now, no intent). */
// a wish to die with tonight or tomorrow is kept clear ("i want to die tonight"); an urge to cut tonight is an urge
const DEATH_SOON = /\b(?:tonight|tonite|tomorrow|tmrw)\b/;

function onlyAWish(folded: string, type: string): boolean {
  if (type === 'suicide' && DEATH_SOON.test(folded)) return false;
  if (!WISH.test(folded) || MORE_THAN_A_WISH.test(folded) || namesTheAct(folded)) return false;
  return planSignOf(folded) === undefined && !happeningNow(folded, type);
}

/** Whether the turn says a plan for this type of risk (see the classes above). */
function saysAPlan(folded: string, type: string, byRule: boolean): boolean {
  if (JOKE_OR_HEDGE.test(folded.replace(JOKE_TAKEN_BACK, ' '))) return false;
  if (happeningNow(folded, type)) return true;
  if (type === 'abuse' || type === 'medical-emergency') return false;
  if (WISH_TYPES.has(type) && onlyAWish(folded, type)) return false;
  if ((byRule || SUICIDAL_WORD.test(folded)) && NEAR_TIME.test(folded) && INTENT_OR_MEANS.test(folded))
    return true;
  const sign = planSignOf(folded);
  if (sign === undefined) return false;
  return type !== 'harm-to-others' || sign === 'means' || sign === 'target';
}

export function withPlanRaised(
  explained: ExplainedObservation[],
  context: ReaderContext,
): ExplainedObservation[] {
  if (!explained.some((item) => raisable(item) || lowerable(item))) return explained;
  const folded = context.prepared.folded;
  const planned = new Map<string, boolean>();
  const plannedFor = (type: string, byRule: boolean) => {
    const key = `${type} ${byRule}`;
    if (!planned.has(key)) planned.set(key, saysAPlan(folded, type, byRule));
    return planned.get(key) === true;
  };
  return explained.map((item) => {
    if (lowerable(item) && item.observation.kind === 'risk' && onlyAWish(folded, item.observation.type))
      return { ...item, observation: { ...item.observation, level: 'possible' as const } };
    if (!raisable(item) || item.observation.kind !== 'risk') return item;
    if (!plannedFor(item.observation.type, item.source === 'rule')) return item;
    // a plan said is no guess: the raised reading is the crisis, not the gentle check-in of a model guess
    const { modelOnly: _guess, ...observation } = item.observation;
    return { ...item, observation: { ...observation, level: 'clear' as const } };
  });
}
