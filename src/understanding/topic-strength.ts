import type { TopicStrength } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';

/**
 * How strongly a life-topic reading speaks for what the conversation is about. A topic word said
 * as where they will be or when ("anyway i gotta be at work at 4am so", "off to hospital now") or in
 * a sign-off is a word that appeared once, not the thing they brought: asked "What's weighing on you
 * at work?" after a sign-off, a fresh v31 rater scored the reply 1 (round 17 lead feedback).
 */

// they will be there, or go there: a place, not a trouble ("be at work", "going to the hospital")
const PRESENCE_BEFORE =
  /\b(?:be|been|get|got|go|going|gonna|head|heading|off|back|leave for|on my way|drive|driving|walk|walking)\s+(?:(?:to|in|into|at|from)\s+)?(?:the\s+)?$/;
// a place said with its time: "at work at 4am", "hospital at 9", "at work tomorrow", "at work till 10"
const TIME_AFTER =
  /^\s*(?:(?:at|by|for|from|until|till|til)\s+\d|(?:at|by)\s+(?:noon|midnight|dawn)|tomorrow|tonight|tmrw|tmr|early|in the morning|in an hour|all day|rn|right now\b(?=\s*(?:so|lol|haha|[.!]|$)))/;
// a sentence that takes leave: "anyway…", "gotta go…", "talk later"
const SIGN_OFF =
  /^(?:ok(?:ay)?\s+|well\s+|but\s+)?(?:anyway|anyways|anyhow|gotta go|got to go|have to go|i have to go|i gotta go|i should go|i need to go|must go|talk (?:later|soon|tomorrow)|ttyl|night all|g2g|gtg)\b/;
// places a topic can be read from (a trouble there is said some other way: "my boss", "my workload")
const PLACE = /^(?:at work|hospital|surgery)$/;
// "at work" is the trouble only with a word of trouble in its sentence ("things at work are awful"):
// "At work I translate contracts all day… that's half the reason I like it" is where they are
const WORK_TROUBLE =
  /\b(?:stress\w*|pressure|hate|hates|awful|horrible|terrible|nightmare|toxic|overwhelm\w*|too much|drowning|swamped|pil(?:e|ed|es|ing) up|behind|bull(?:y|ied|ying)|yell\w*|shout\w*|exhaust\w*|burn\w*|can'?t cope|cant cope|struggl\w*|hard|tough|bad|worse|miserable|anxious|dread\w*|deadlines?|boss|manager|mistakes?|fired|sack\w*|quit|crying|cried|panic\w*|mess(?:ed)? up|screw\w* up|shit|crap|rough|long hours|understaffed)\b/;

/** 'passing' when the reading at `span` is a place, a time or a sign-off; else 'stated'. */
export function topicStrength(prepared: Prepared, span: readonly [number, number]): TopicStrength {
  const [start, end] = span;
  const sentence = prepared.sentences.find((item) => start >= item.start && start < item.end);
  const sentenceStart = sentence?.start ?? 0;
  const opening = prepared.folded.slice(sentenceStart, start).trimStart();
  if (SIGN_OFF.test(opening)) return 'passing';
  const matched = prepared.folded.slice(start, end);
  if (!PLACE.test(matched)) return 'stated';
  const after = prepared.folded.slice(end, sentence?.end ?? prepared.folded.length);
  if (PRESENCE_BEFORE.test(opening) || TIME_AFTER.test(after)) return 'passing';
  if (matched === 'at work' && !WORK_TROUBLE.test(`${opening}${matched}${after}`)) return 'passing';
  return 'stated';
}
