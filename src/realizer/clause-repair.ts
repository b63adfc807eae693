import { mendLearnerGrammar } from '../text/learner-grammar.ts';

/**
 * Small repairs to a clause said back in the second person, so a reflection reads as a listener's
 * English rather than a copy of a quick chat line: raters scored "Your husband say don't think
 * about it." and "you feel like ungrateful daughter" as garbled (round 5). Only sure cases are
 * mended; anything else is left as the person put it.
 */

// people one talks about, singular: "your husband say" → "says"
const PERSON =
  'husband|wife|mum|mom|mother|dad|father|boss|brother|sister|son|daughter|friend|partner|teacher|manager|landlord|doctor|girlfriend|boyfriend|flatmate|roommate|supervisor|aunt|uncle|grandma|granddad|grandmother|grandfather|niece|nephew|neighbour|neighbor|colleague';
const AGREES: Record<string, string> = {
  say: 'says',
  tell: 'tells',
  think: 'thinks',
  want: 'wants',
  keep: 'keeps',
  need: 'needs',
  like: 'likes',
  know: 'knows',
  make: 'makes',
  call: 'calls',
  ask: 'asks',
  do: 'does',
  have: 'has',
  go: 'goes',
};
const AGREEMENT = new RegExp(
  `\\b((?:your|his|her|their|my) (?:${PERSON})) (${Object.keys(AGREES).join('|')})\\b`,
  'gi',
);

// a role after "like", "am", "are", a bare adjective before it and no article: "like ungrateful daughter"
const ROLE =
  'daughter|son|mother|father|wife|husband|student|guy|girl|person|man|woman|friend|worker|parent|employee|failure|loser|burden';
const BARE_ROLE = new RegExp(
  `\\b(like|you're|you are|am|are|as) (?!(?:a|an|the|your|my|his|her|their|this|that|one|only|such|so|very|really|no|not|any|some|every|each|own|just|still|also|never|more|less|most|being|getting|becoming|feeling)\\b)([a-z]+) (${ROLE})\\b`,
  'gi',
);

// a past-tense verb opening the clause with no subject ("snapped at my partner")
const SUBJECTLESS =
  /^(?:[a-z]+ed|went|got|left|told|said|lost|made|forgot|broke|spent|sent|took|gave|ran|felt|kept)\b(?= (?:at|to|the|that|it|my|your|him|her|them|up|out|off|already|again|a|an|all)\b)/i;

// chat fillers that close a line; said back they sound like mimicry
// (and a form of address or a dialect tag: "…you haven't got, young lady", "its not home tho b'y")
const TRAILING_FILLER =
  /,?\s+(?:prob|probs|tbh|lol|lmao|haha|ngl|fr|idk|honestly|tho(?: b'?y)?|b'y|young lady|young man|my dear|dear|love|mate)\s*$/i;

// "it's not X, it's Y" is about Y: said back in that order it reads as a listener who heard the
// point ("it's the questions, not the pages"), where the person's order read as echoing the wrong half
const NOT_THIS_BUT_THAT =
  /^(?:it'?s|it is) not (about |just |really |even )?([^,.;]{2,40}?),? (?:it'?s|it is|but) (?:about |just |really )?([^.;]{2,80})$/i;
const WAS_NOT_THIS_BUT_THAT = /^it (?:wasn'?t|was not) ([^,.;]{2,40}?),? (?:it was|but) ([^.;]{2,80})$/i;

/** "it's not the light it's you" → "it's you, not the light"; anything else unchanged. */
function thePointFirst(text: string): string {
  const now = text.match(NOT_THIS_BUT_THAT);
  if (now) return `it's ${now[1] === 'about ' ? 'about ' : ''}${now[3]}, not ${now[2]}`;
  const then = text.match(WAS_NOT_THIS_BUT_THAT);
  return then ? `it was ${then[2]}, not ${then[1]}` : text;
}

export function repairClause(clause: string): string {
  // the sure mends of a learner's grammar (the say-back gate lets a clause through only mended)
  let text = mendLearnerGrammar(thePointFirst(clause.replace(TRAILING_FILLER, '')));
  text = text.replace(AGREEMENT, (_whole, subject: string, verb: string) => {
    const agreed = AGREES[verb.toLowerCase()] ?? verb;
    return `${subject} ${verb[0] === verb[0].toUpperCase() ? agreed[0].toUpperCase() + agreed.slice(1) : agreed}`;
  });
  text = text.replace(BARE_ROLE, (_whole, lead: string, adjective: string, role: string) => {
    const article = /^[aeiou]/i.test(adjective) ? 'an' : 'a';
    return `${lead} ${article} ${adjective} ${role}`;
  });
  if (SUBJECTLESS.test(text)) text = `you ${text}`;
  return text;
}
