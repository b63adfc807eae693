import type { LifeTopic, LifeTopicObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';
import { matchesOf } from './matches.ts';

// what people bring besides a task; first match per topic, in the order of the text
const TOPICS: [LifeTopic, RegExp][] = [
  [
    'job-loss',
    /\b(?:lost my job|got (?:fired|laid off|let go)|been (?:fired|laid off|let go)|was (?:fired|laid off|let go)|made redundant|redundancy|laid off|unemployed|out of work|between jobs)\b/g,
  ],
  [
    'job-search',
    /\b(?:job (?:search|hunt|hunting|applications?)|applying (?:for|to) (?:jobs|roles|positions)|apply (?:for|to) (?:jobs|roles|positions)|cover letters?|interviews?|my (?:cv|resume|résumé))\b/g,
  ],
  ['exams', /\b(?:exams?|finals|midterms?|revision|revising|test (?:next|tomorrow|on)|quals|the bar)\b/g],
  [
    'breakup',
    /\b(?:broke up|break ?up|dumped|my ex\b|divorce|separated|left me|ended things|relationship ended)\b/g,
  ],
  [
    'money',
    /\b(?:money|rent|bills?|debt|broke\b(?! up)|overdraft|can't afford|cant afford|savings|paycheck|pay ?check|loan|bank account|bank app|credit card)\b/g,
  ],
  [
    'family-conflict',
    /\b(?:my (?:parents|mum|mom|dad|father|mother|brother|sister|family) (?:keep|keeps|are|is|always|never|won't|don't|doesn't|yell|fight|argue)\w*|(?:fight|fights|fighting|argue|arguing|argument) with my (?:parents|mum|mom|dad|family|brother|sister)|my (?:parents|mum|mom|dad|father|mother|brother|sister) and i (?:keep |always |constantly )?(?:fight|argue|clash)\w*)\b/g,
  ],
  [
    'loneliness',
    /\b(?:lonely|alone|no friends|no one to talk to|nobody to talk to|isolated|on my own|by myself all)\b/g,
  ],
  [
    'grief',
    /\b(?:passed away|died|funeral|grief|grieving|lost my (?:mum|mom|dad|father|mother|grandma|grandmother|grandpa|friend|dog|cat))\b/g,
  ],
  [
    'health',
    /\b(?:diagnos\w+|chronic|my health|illness|sick for|surgery|hospital|doctor said|(?:a|the|this) lump|(?:my|the) gp|blood tests?|test results|biopsy)\b/g,
  ],
  [
    'work-stress',
    /\b(?:my (?:boss|manager|job|workload|deadline)s?|at work|overtime|burn(?:ed|t)? ?out|performance review)\b/g,
  ],
];

/** The situations the person describes, one observation per topic. */
export function readLifeTopics(prepared: Prepared): LifeTopicObservation[] {
  const found: LifeTopicObservation[] = [];
  for (const [topic, pattern] of TOPICS) {
    // a lost job is not stress at work
    if (topic === 'work-stress' && found.some((item) => item.topic === 'job-loss')) continue;
    const [match] = matchesOf(pattern, prepared.folded);
    if (!match) continue;
    const start = match.index ?? 0;
    found.push({ kind: 'life-topic', topic, span: [start, start + match[0].length] });
  }
  return found;
}
