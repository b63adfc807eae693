/**
 * Whether a clause can be said back as it was written and read as a listener's English (issue 17).
 * A blind rater scored verbatim echoes of fragments and non-native grammar as parroting ("It sounds
 * like ye you know", "It sounds like in this you are not", "you sleep on duty small"); such a clause
 * is heard, not echoed: the reply names their topic or asks about it instead. General shapes only.
 */

// a line that opens on a filler or a hedge is a fragment of talk, not a clause ("ye you know", "its like")
const FILLER_START =
  /^(?:ye|yeah|yea|yep|like|you know|i mean|in this|in that|it'?s like|its like|so like|kind of|sort of)\b/i;
// a clause that stops on a word that needs something after it was cut off ("in this you are not")
const DANGLING_END =
  /\b(?:not|to|the|a|an|of|and|but|so|or|with|for|at|in|on|is|are|am|was|were|be|my|your|this|that|very|too|because|if|when)$/i;
// chat shorthand ("n" for and, "u", "rn") and a worry asked inside the clause ("…what if this judge is
// different") read as mimicry, or as a question turned into a statement, said back
const FILLER_INSIDE = /\b(?:you know|ye|idk|lol|tbh|ngl|innit|n|u|ur|rn|smth|prob|what if)\b/i;
// grammar a learner writes that would read as mimicry said back: "sometime you", "this forms",
// a bare verb before "ago", "is finish", a subject with "not" and no verb ("my english not good")
const LEARNER_SHAPES = [
  /\bsometime\b/i,
  /\bthis \w+[^su']s\b/i,
  /\b(?:buy|go|see|open|get|take|make|come|say|tell|find|lose|leave|start) (?:\w+ ){0,3}\d+ \w+ ago\b/i,
  /\bis (?:finish|end|die|close|open)\b/i,
  // a role with no article: "i am engineer", "you feel bad mother"
  /\b(?:am|are|i'm|im|you're|feel|feels) (?:\w+ )?(?:engineer|doctor|nurse|teacher|student|mother|father|mum|mom|dad|wife|husband|daughter|son|person|worker)\b(?<!\b(?:a|an|the|my|your|his|her|their) \w+)/i,
  /\b(?:english|job|boss|family|life|work) not \w+/i,
  /\b(?:very|so|too) (?:much|many)? ?small\b|\bon duty small\b/i,
];

export function isCleanEnglish(clause: string): boolean {
  const text = clause.trim().replace(/[.!?,;:]+$/, '');
  if (text.split(/\s+/).length < 3) return false;
  if (FILLER_START.test(text) || DANGLING_END.test(text) || FILLER_INSIDE.test(text)) return false;
  return !LEARNER_SHAPES.some((shape) => shape.test(text));
}
