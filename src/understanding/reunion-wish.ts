/**
 * A wish to be with someone who has died ("i'd like to just go and be with her", "i just want to be with my
 * mum again, she passed in may"): passive ideation said as a reunion, with no death or harm word in the wish
 * itself (round 7: missed on a seen judge excerpt from a grieving person). Read only when a death is said in
 * this turn or in the person's last two turns, so "I want to be with him again" after a break-up is not risk.
 * 'possible': the person is asked, and the answer settles it.
 */
import type { ReaderContext, Reading } from './reader.ts';

const PERSON =
  '(?:her|him|them|my (?:late )?(?:mum|mom|mother|dad|father|wife|husband|son|daughter|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|brother|sister|partner|baby|boy|girl|friend|best friend))';
const WISH = new RegExp(
  String.raw`\b(?:want|wanna|wanted|like|love|rather|wish|need|long|ready|time)\s+(?:to\s+)?(?:just\s+)?(?:go\s+(?:and\s+)?)?(?:be\s+with|join)\s+${PERSON}\b`,
  'g',
);
const DEATH =
  /\b(?:died|dies|passed (?:away|on)|passed in|she passed|he passed|dead|death|funeral|grave|heaven|buried|lost (?:her|him)|widow(?:ed|er)?|grief|grieving|since (?:she|he) went)\b/;
// "i don't want to be with him", "never wanted to join them"
const NEGATED_BEFORE = /\b(?:don'?t|do not|didn'?t|never|not|no longer)\s+(?:\w+\s+)?$/;

export function readReunionWish(context: ReaderContext): Reading[] {
  const folded = context.prepared.folded;
  // only a wish in this turn can read, so only such a turn looks back for a death said before it: the
  // earlier turns are read on a few turns in 100, not every turn (a memo by text can then hit, understand-memo.ts)
  const wishes = [...folded.matchAll(WISH)];
  if (wishes.length === 0) return [];
  if (!DEATH.test(folded) && !DEATH.test(context.earlier)) return [];
  const readings: Reading[] = [];
  for (const match of wishes) {
    const at = match.index ?? 0;
    if (NEGATED_BEFORE.test(folded.slice(Math.max(0, at - 24), at))) continue;
    readings.push({
      observation: { kind: 'risk', type: 'suicide', level: 'possible', span: [at, at + match[0].length] },
      confidence: 0.6,
    });
  }
  return readings;
}
