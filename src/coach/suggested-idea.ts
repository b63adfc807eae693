import type { SuggestedIdea } from '../spec/move.ts';

/**
 * The kind of idea a helper's suggestion offers, read on the suggestion's own sentence, so that
 * "why would that help" to it can be answered with that idea's reason (the human supporters' "Fair
 * question, the point isn't to tell you it's bad, it's…") rather than a stock line. Only the ideas
 * supporters give again and again; anything else is left unread and gets the plain owning line.
 */
// first match wins: a script is written down too, a letter unloads, a debt list is a list
const IDEAS: [SuggestedIdea, RegExp][] = [
  // (before the script: "write down exactly what you're afraid he'll say" is the fear, not their words)
  [
    'write-fear',
    /\b(?:write|writing|jot) (?:down |out )?(?:exactly )?what (?:you'?re|you are|you're) (?:afraid|scared|worried|dreading)\b|\b(?:write|writing|jot) (?:down |out )?(?:your|the) (?:fears?|worries|worst case)\b/i,
  ],
  // "You could start by just acknowledging the delay", "just send a short reply": the late reply that arrives
  [
    'short-reply',
    /\backnowledg\w* (?:the )?(?:delay|wait|silence|late)\b|\b(?:sorry|apologi[sz]e) (?:for )?(?:it taking|it took|taking|the delay|being late|the late)\b|\b(?:send|write|just) (?:a |one )?(?:short|quick|brief|simple|one-line|one line) (?:reply|message|text|email|note|line)\b/i,
  ],
  [
    'script',
    /\b(?:script|rehears\w*|write (?:down )?what (?:you(?:'ll| will| want to| could)?|to) (?:say|tell))\b/i,
  ],
  ['bad-on-purpose', /\b(?:deliberately|on purpose|worst version|terrible (?:page|draft|version))\b/i],
  [
    'out-of-bed',
    /\b(?:get(?:ting)? (?:up|out of bed)|another room|different room|leave the bedroom)\b.*\b(?:sleep|asleep|minutes)\b|\b(?:sleep|asleep)\b.*\b(?:get(?:ting)? (?:up|out of bed)|another room)\b/i,
  ],
  [
    'unload',
    /\b(?:journal\w*|diary|(?:write|writing) (?:down |out )?(?:what's|what is|whatever's) (?:on|in) your (?:mind|head)|brain ?dump|(?:write|writing) (?:a )?letter)\b/i,
  ],
  [
    'list',
    /\b(?:list(?:ing)?|budget|track(?:ing)? (?:every|each|your|all)|spreadsheet|(?:write|writing) (?:down |out )?(?:every|each|all|the|one|two|three|your) \w+)\b/i,
  ],
  ['blocks', /\b(?:timer|pomodoro|\d+[- ]minute (?:blocks?|chunks?|sessions?|bursts?)|short breaks)\b/i],
  ['breathe', /\bbreath(?:e|ing)?\b/i],
  [
    'no-audience',
    /\b(?:empty (?:car park|room|pool|gym|road)|nobody (?:around|watching)|no one (?:around|watching))\b/i,
  ],
  ['say-it', /\b(?:saying (?:it )?out loud|say (?:it )?out loud)\b/i],
  [
    'be-honest',
    /\b(?:be honest|tell (?:him|her|them) (?:the truth|how you feel|what)|just (?:tell|ask) (?:him|her|them))\b/i,
  ],
  [
    'elsewhere',
    /\b(?:different|another|other) (?:town|place|branch|location|group|meeting|class|gym|venue)\b/i,
  ],
];

/** The idea a suggestion sentence offers, when it is one of the common ones. */
export function suggestedIdeaOf(sentence: string): SuggestedIdea | undefined {
  return IDEAS.find(([, pattern]) => pattern.test(sentence))?.[0];
}
