/**
 * "Remind me that it's just one email", "remind me every 15 mins that its ok to be slow", 'just remind me
 * "one thing at a time"': what is asked for is words to hear, a cue, not a reminder to do something
 * (v9 u0458, v10, v11, v14, v15: four writers, five of six such asks; the one nudge was a fact with a
 * one-off delay, "in like 15 remind me that the laundry is in the dryer", and stays one). The words are
 * kept as said, first person: a line to say to oneself ("I'm doing my best").
 * Pure: the requests already read, the folded and original text (same offsets) in; the mended requests out.
 */
import type { RequestObservation } from '../spec/observation.ts';
import { withoutChatFiller } from './request-reminded-to.ts';

// "remind me im not useless", "remind me its ok to rest": words of what they are, with no "that" (fresh r18);
// never a plan ("remind me im seeing the gp", "remind me its bin day tomorrow" keep their nudge: TIMED below)
const BEING =
  /(?:i'?m|i\s+am|it'?s|you'?re|youre|ur|i\s+can|i\s+did|i'?ve\s+(?:done|got|survived|made)|everything|this\s+will|it\s+will)\s+(?!(?:going|gonna|meeting|seeing|supposed|due|off|out|at|on|in|having|getting|picking)\b)/;
const TIMED =
  /\b(?:at\s+\d|tomorrow|tmrw|tonight|today|in\s+\d|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|bin\s+day)\b/;
// right after the ask: an interval may come first ("every half hour"), then "that …" or a quote
const THAT_AFTER = new RegExp(
  String.raw`^(?:\s+(?:me|us))?(\s+(?:every|evry|each)\s+[\w\s]{1,24}?)?\s+(?:that\s+(?!(?:i|we)\s+(?:need|have|must|should|gotta|got)\s+to\b)|of\s+)?(["“'](?=[^"“”']{2,80}["”'])|(?<=that\s+)|(?<=\s)(?=${BEING.source}))`,
);
// "remind me in 10 min that …", "remind me at 5 that …", "remind me tomorrow that …": a one-off time first
const TIME_THEN_THAT =
  /^(?:\s+(?:me|us))?\s+(?:in|at|by|tomorrow|tmrw|tonight|later|on)\b[^.!?;,]{0,24}?\s+that\s+(?!(?:i|we)\s+(?:need|have|must|should|gotta|got)\s+to\b)(?=\w)/;
const CLAUSE_END = /[.!?;\n]|,\s*(?:cos|because|cause|so|and)\b|\s+(?:cos|because|cause|before|when|if|so)\s/;

/** A reminder asked as words to hear is a cue with those words. */
export function withRemindThat(
  requests: RequestObservation[],
  folded: string,
  original: string,
): RequestObservation[] {
  const nudge = requests.find(
    (request) => request.type === 'nudge' && /^remind\b/.test(folded.slice(request.span[0], request.span[1])),
  );
  if (!nudge || requests.some((request) => request.type === 'cue')) return requests;
  const after = folded.slice(nudge.span[1]);
  const found = THAT_AFTER.exec(after);
  // at a one-off time the ask stays a reminder (as every seen set labels it), and what follows "that" is
  // what it says ("remind me in 10 min that im not useless" fired as "Checking in, as planned", r18)
  const timedWords = (start: number) => withThatWords(requests, nudge, original.slice(start));
  if (!found) {
    const timed = TIME_THEN_THAT.exec(after);
    return timed ? timedWords(nudge.span[1] + timed[0].length) : requests;
  }
  // a one-off delay is a reminder of a fact at a time, not words to hear ("in 15 remind me that …")
  if (nudge.afterMs !== undefined && !found[1] && !/\b(?:every|evry|each)\s/.test(after.slice(0, 80)))
    return /\bthat\s*$/.test(found[0]) ? timedWords(nudge.span[1] + found[0].length) : requests;
  const from = nudge.span[1] + found[0].length;
  const rest = original.slice(from);
  // a quote closes with its own mark; an apostrophe inside a word ("you've") is no close
  const mark = found[2];
  const end = !mark
    ? rest.search(CLAUSE_END)
    : mark === "'"
      ? rest.search(/'(?![a-z])/i)
      : rest.search(/["”]/);
  const said = (end < 0 ? rest : rest.slice(0, end)).trim();
  const phrase = mark ? said : withoutChatFiller(said);
  if (phrase.split(/\s+/).length < 2) return requests;
  // said with no "that" and no quote, a time makes it a plan to be reminded of ("remind me im out tonight")
  if (!mark && !/\bthat\s*$/.test(found[0]) && TIMED.test(phrase)) return requests;
  const cue: RequestObservation = { ...nudge, type: 'cue', phrase };
  return requests.map((request) => (request === nudge ? cue : request));
}

/** The words after "that" of a reminder at a one-off time, kept on the nudge as what it will say. */
function withThatWords(
  requests: RequestObservation[],
  nudge: RequestObservation,
  rest: string,
): RequestObservation[] {
  const end = rest.search(CLAUSE_END);
  // chat "id" before a verb is "I'd" ("that i promised myself id do this"), never an ID card
  const phrase = withoutChatFiller((end < 0 ? rest : rest.slice(0, end)).trim()).replace(
    /\bid(?=\s+(?:do|be|go|get|have|try|finish|start|send|make|call|rather|never|love|like)\b)/gi,
    "I'd",
  );
  if (phrase.split(/\s+/).length < 2 || nudge.phrase) return requests;
  return requests.map((request) => (request === nudge ? { ...nudge, phrase } : request));
}
