/**
 * A return said with its time: "back in 10", "brb, back at 5", "ill be back by 6", "off to get the kids, talk
 * after 4". The person leaves and says when they come back: a pause until then (v3, v4, v7, v15, v18, v19,
 * v21, v23, v28, v29 label these a pause, most with the time). "text me back in an hour" and "check back in 10"
 * ask us to come back (nudges); "talk tmrw" gives no time (no ask in v1–v29); "back in uni", "back at my desk"
 * and "hes coming back at 6" say no return of theirs.
 */
import type { RequestRule } from './request-rule.ts';

// the time they come back at: "in 20", "in like an hour", "at 5", "by half 4", "after 7"
const RETURN_TIME =
  '(?:in|within|after|at|@|by|around|about)\\s+(?:like\\s+|about\\s+|around\\s+|roughly\\s+|maybe\\s+|an?\\s+)?(?:\\d(?!\\d{3})|(?:hour|hr|min|couple|few|bit|while|sec|moment|mo|tick)\\b|half\\b|quarter\\b|noon\\b|midday\\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)\\b)';
// where a return is said: opening the clause, after a stop, a comma or a dash, after "brb", "so", "and"
const RETURN_OPENS = '(?:^|(?<=[,;:!?)\\-–—]\\s*|\\.\\s+|\\b(?:brb|bbl|afk|then|and|so|ok|okay|but)\\s+))';
const BACK =
  "(?:(?:i'?ll|ill|i\\s+will|will|i'm|im|i\\s+am|should|going\\s+to|i'd)\\s+)?(?:be\\s+)?(?:right\\s+)?back";
const TALK_AGAIN =
  "(?:(?:we(?:'ll|\\s+can|\\s+could)?|let's|lets|can\\s+we|i'll|ill)\\s+)?(?:talk|chat|speak)(?:\\s+(?:to|with)\\s+(?:you|u|ya))?(?:\\s+again)?";

// a return said with a part of the day or "later" and no clock: "gotta go, back tonight ok", "back after" (fresh r19)
const RETURN_LATER =
  '(?:tonight|later(?:\\s+on)?|after(?:wards)?|soon|in\\s+a\\s+(?:bit|while|sec|min)|this\\s+(?:evening|afternoon)|after\\s+(?:lunch|dinner|tea|work|school))(?=\\s*(?:$|[.,!?;]|ok\\b|okay\\b|k\\b|then\\b|x+\\b))';

// with no clock, the leaving must be said too: "bingo night. back later" asks nothing (v31), "tide's coming,
// gotta go, back tonight" and "off to check the oven, back after" pause the talk (fresh r19)
const LEFT_BEFORE =
  '(?<=\\b(?:(?:gotta|got\\s+to|have\\s+to|need\\s+to|must|i\\s+should)\\s+(?:go|run|dash|head\\s+off|head\\s+out|fly)|off\\s+to|gtg|g2g|heading\\s+(?:out|off)|popping\\s+out|stepping\\s+out|brb)\\b.{0,80})';

export const RETURN_RULES: RequestRule[] = [
  {
    type: 'pause',
    pattern: new RegExp(`${RETURN_OPENS}(?:${BACK}|${TALK_AGAIN})\\s+(?=${RETURN_TIME})`, 'g'),
    addressed: false,
  },
  {
    type: 'pause',
    pattern: new RegExp(`${LEFT_BEFORE}${RETURN_OPENS}${BACK}\\s+(?=${RETURN_LATER})`, 'g'),
    addressed: false,
  },
];
