/** Asks about the step itself: what exactly to do, a smaller one, the next one. */

import type { RequestRule } from './request-rule.ts';
import { THEIR_WORDS } from './request-their-words.ts';

const THE_STEP = '(?:step|thing|task|move|bit|one)';
// "keep it short" is about the coach's talking (DESIGN.md rule 6), as is anything about replies
const ABOUT_TALK =
  /\bkeep\s+(?:it|things|this|that|them|everything)\s+(?:\w+\s+)?(?:short|shorter|simple|simpler|brief|briefer|light|lighter|basic)\b|\b(?:answers?|replies|reply|responses?|messages?|texts|sentences|words|explanations?|talking|talk|chat|wording)\b/;
// "it would be easier if I wasn't alive", "easier for everyone": a wish about a life, not the step
const ABOUT_A_LIFE =
  /^\s*(?:for\s+(?:everyone|everybody|all\s+of\s+us|them|my\s+\w+|people)\b|(?:if|when|once)\s+(?:i|i'm|i'd|we\s+(?:all\s+)?(?:just\s+)?(?:gave|quit|stopped)|everyone|everybody|people|nobody|no\s+one|they|he|she|my|life|things)\b|to\s+(?:just\s+)?(?:give\s+up|not\s+(?:be|exist|wake)|disappear|die|end\s+it|stop\s+(?:trying|existing|living)|quit)\b)/;
const STEP_OBJECT =
  '(?:the|this|that|my|each|every|our|your|these|those)\\s+(?:next\\s+|first\\s+|very\\s+next\\s+)?(?:steps?|tasks?|things?|bits?|exercises?|goals?|ones?|actions?|moves?)';

export const CONCRETE_RULES: RequestRule[] = [
  // their own words back: "can u just type out what i said", "sum up what ive said", "list back what i
  // told you", "quote me" (request-asked.ts marks it `wordsWanted: 'theirs'`; the reply says their words back)
  { type: 'concrete', pattern: new RegExp(THEIR_WORDS.source, 'g'), addressed: true },
  // "pls just tell me step 1", "just give me step 1", "give me the actual first thing", "give me the words and then…", "tell me exact step", "give me the exact words" (v1, v5, v6, v8)
  {
    type: 'concrete',
    pattern:
      /\b(?:tell|give|show)\s+me\s+(?:the\s+|an?\s+)?(?:actual\s+|real\s+)?(?:step\s+(?:1|one)\b|(?:exact|very\s+first|first|precise)\s+(?:steps?|words|thing|move)\b|words(?=\s+(?:to\s+(?:say|use|type|write)|and)\b|\s*$))/g,
    addressed: true,
  },
  // "write me a list", "can u draft the email", "write the text for me": a draft asked for is the words to use
  {
    type: 'concrete',
    pattern:
      /\b(?:write|draft|make|do|give)\s+(?:me\s+)?(?:a|the|an|my)\s+(?:quick\s+|short\s+|rough\s+|first\s+)?(?:list|draft|message|text|email|e-mail|reply|script|outline)\b/g,
    addressed: true,
  },
  // "write me the opening sentence", "can u write the first bit of the email for me", "gimme a first line":
  // a piece of the words asked for is a draft too (fresh v28: "write the first line for me" got a step)
  {
    type: 'concrete',
    pattern:
      /\b(?:write|draft|type|give|gimme)\s+(?:me\s+)?(?:the|a|an|my|one)\s+(?:first|opening|1st|starting|intro|next)\s+(?:line|lines|sentence|sentences|bit|paragraph|couple\s+of\s+lines)\b/g,
    addressed: true,
  },
  // "just give me one thing", "give me a plan for the next hour", "i need someone to tell me what to do first":
  // one thing to do asked for, said bare at the end of a ramble (v27: read as nothing); "one small thing"
  // is an ask for smaller (v19)
  {
    type: 'concrete',
    pattern:
      /\b(?:give|gimme)\s+(?:me\s+)?(?:just\s+)?(?:one|1|a)\s+(?:single\s+|quick\s+)?(?:thing|task|plan)\b(?!\s+(?:back|of\s+(?:yours|mine)|for\s+(?:christmas|my\s+birthday))\b)|\b(?:need|want)\s+(?:someone|somebody|you)\s+to\s+(?:just\s+)?tell\s+me\s+what\s+to\s+do\b/g,
    addressed: true,
  },
  // concrete: exactly what to do
  {
    type: 'concrete',
    pattern:
      /\b(?:tell|show)\s+me\s+(?:exactly|precisely|specifically|literally|concretely|step by step|what\s+(?:exactly\s+)?(?:to\s+(?:do|type|say|write|text|send)\b|i\s+should|i'm\s+supposed|i\s+need\s+to|i\s+have\s+to))/g,
    addressed: true,
  },
  {
    type: 'concrete',
    pattern:
      /\bwhat\s+(?:exactly\s+|precisely\s+)?(?:should|do|shall|would|am|can|could|must)\s+i\s+(?:actually\s+|exactly\s+|literally\s+|even\s+|physically\s+|really\s+)*(?:do\b|be\s+doing|supposed\s+to|start\s+with|say|type|write)/g,
    addressed: false,
  },
  {
    type: 'concrete',
    pattern:
      /\bwhat\s+(?:does|would|do|will|should|is)\s+[^?.!]{1,60}?\s+(?:actually\s+|even\s+|really\s+|supposed\s+to\s+)?look\s+like\b/g,
    addressed: false,
  },
  { type: 'concrete', pattern: /\bwhat\s+(?:exactly|precisely|specifically)\b/g, addressed: false },
  {
    type: 'concrete',
    pattern:
      /\b(?:keep\s+it|be|something|more|need\s+it|make\s+it|give\s+me\s+something|i\s+need\s+something|i\s+need\s+a|a)\s+(?:very\s+|really\s+|more\s+|bit\s+more\s+|super\s+)?(?:concrete|specific|precise|practical|clear)\b(?!\s+(?:person|people|man|woman|guy|girl|lad|sort|type|kind|thinker|mind|head|memory|view|picture|sign|reason|answer\s+from\s+(?:him|her|them)))/g,
    addressed: false,
  },
  {
    type: 'concrete',
    pattern: /\bdo\s+you\s+mean\s+(?:that\s+)?(?:i\s+should\s+)?(?:literally|just|exactly|actually)\b/g,
    addressed: false,
  },
  {
    type: 'concrete',
    pattern:
      /\b(?:walk|talk|take)\s+me\s+through\b|\btalk\s+through\s+(?:what|a|the|how|exactly)\b|\bspell\s+(?:it\s+|that\s+|this\s+)?out\b|\bstep[- ]by[- ]step\b|\bwhich\s+(?:button|key|file|tab|page|app|window)\b/g,
    addressed: false,
  },
  {
    type: 'concrete',
    pattern: /\bhow\s+do\s+i\s+(?:start|begin|actually|even\s+start|do\s+(?:that|it|this))\b/g,
    addressed: false,
  },
  {
    type: 'concrete',
    pattern: new RegExp(
      `\\bwhat(?:'s\\s+|\\s+is\\s+|\\s+should\\s+be\\s+|\\s+would\\s+be\\s+|\\s+)(?:the\\s+|my\\s+)?(?:very\\s+)?first\\s+(?:\\w+\\s+)?${THE_STEP}\\b`,
      'g',
    ),
    addressed: false,
  },
  {
    type: 'concrete',
    pattern: /\bwhat\s+(?:the\s+)?(?:very\s+)?first\s+[^?.!]{0,30}\bshould\s+be\b/g,
    addressed: false,
  },
];

export const SMALLER_RULES: RequestRule[] = [
  // smaller
  {
    type: 'smaller',
    pattern:
      /\b(?:make|keep|get|can|could|would|need|want|something|even|bit|lot|any|much|go|be|try|do|give\s+me|is\s+there|way|maybe)\b[^.?!]{0,40}?\b(?:smaller|simpler|shorter|tinier|easier|littler|less\s+(?:big|scary|overwhelming|daunting))\b/g,
    addressed: false,
    unless: ABOUT_TALK,
    unlessAfter: ABOUT_A_LIFE,
  },
  {
    type: 'smaller',
    pattern: /^(?:something\s+|even\s+|much\s+|a\s+bit\s+)?(?:smaller|simpler|shorter|tinier|easier)\b/g,
    addressed: false,
    unlessAfter:
      /^\s*(?:\w+\s+)?(?:answers?|replies|reply|responses?|messages?|texts|sentences|words|explanations?)\b|^\s*(?:if|when)\b/,
  },
  {
    type: 'smaller',
    pattern:
      /\bbreak\s+(?:it|that|this|things|the\s+\w+)\s+(?:down|up|into)\b|\bbreak\s+down\b|\b(?:shrink|simplify)\s+(?:it|that|this|the\s+step)\b|\bscale\s+(?:it|that|this)\s+(?:down|back)\b/g,
    addressed: false,
  },
  {
    type: 'smaller',
    pattern:
      /\b(?:that|this|it|step)(?:\s+still)?(?:'s|\s+is|\s+feels|\s+seems|\s+sounds)\s+(?:still\s+|way\s+|a\s+bit\s+|far\s+|just\s+|kind\s+of\s+|really\s+|much\s+)*too\s+(?:big|hard|long|complicated|overwhelming|difficult|much(?!\s+(?:info|information|detail)))\b/g,
    addressed: false,
  },
  {
    type: 'smaller',
    pattern: /^(?:still\s+|way\s+)?too\s+(?:big|hard|long|much|complicated)\b/g,
    addressed: false,
  },
  // "keep it small" is about size; "keep it short/simple" only when the step is named
  {
    type: 'smaller',
    pattern:
      /\bkeep\s+(?:it|things|them|this|that|everything)\s+(?:\w+\s+)?(?:small|tiny|little|easy|manageable|doable)\b/g,
    addressed: true,
  },
  {
    type: 'smaller',
    pattern: new RegExp(
      `\\bkeep\\s+${STEP_OBJECT}\\s+(?:\\w+\\s+)?(?:simple|simpler|short|shorter|small|smaller|tiny|tinier|brief|light|easy|easier|basic|little|manageable|doable)\\b`,
      'g',
    ),
    addressed: false,
  },
  // in chat and learner words (fresh r18, v31, v32): "please give small one" ("give me a small step for my essay"
  // with no step yet asks for one: coach/listening-replies.test.ts),
  // "something tiny i can do while the baby naps", "give me something i can do in 2", "half of that maybe?",
  // "something even a sloth could manage", "hit me with the next one but make it easy"
  {
    type: 'smaller',
    pattern:
      /\bgive\s+(?:me\s+)?(?:a\s+|an\s+)?(?:small|smaller|tiny|tinier|little|easy|easier|mini)\s+(?:one|version|bit)\b|\b(?:something|anything)\s+(?:\w+\s+)?(?:tiny|small|little|easy|smaller|easier)\s+(?:i\s+can|to\s+do(?!\s+with))\b|\bsomething\s+i\s+can\s+do\s+in\s+(?:\d{1,2}|one|two|three|five|a\s+(?:minute|min|sec))\b|^(?:maybe\s+|just\s+)?half\s+(?:of\s+)?(?:that|it|this)\s*(?:maybe\b|instead\b|then\b|pls\b|please\b|\?)|^(?:maybe\s+)?just\s+half\b|\bsomething\s+even\s+(?:a|an|my)\s+\w+\s+could\s+(?:do|manage|handle)\b|\bmake\s+(?:it|this|that|the\s+next\s+one)\s+(?:easy|simple|small|tiny|light|quick)\b/g,
    addressed: false,
  },
  {
    type: 'smaller',
    pattern:
      /\b(?:\d+|[a-z]+|a)\s+(?:minutes?|mins?|seconds?|secs?)\s+instead\b|\binstead\s+of\s+(?:\d+|twenty|thirty|ten|fifteen|an\s+hour|half\s+an\s+hour)\b/g,
    addressed: false,
  },
];

export const NEXT_RULES: RequestRule[] = [
  // next
  {
    type: 'next',
    pattern:
      /\bwhat(?:'s|\s+is|\s+comes|\s+would\s+be|\s+should\s+be|\s+do\s+i\s+do)?\s+(?:the\s+)?(?:very\s+)?next\b/g,
    addressed: false,
  },
  {
    type: 'next',
    pattern:
      /\bwhat\s+(?:do|should|shall|can|could|would)\s+i\s+do\s+(?:next|now|after|then)\b|\bwhat\s+now\b|\b(?:what|where)\s+do\s+i\s+go\s+from\s+here\b|\bwhat(?:'s|\s+is)\s+after\s+that\b|\bwhat\s+comes\s+after\b/g,
    addressed: false,
  },
  {
    type: 'next',
    // "hit me with the next one", "ok did that, gimme another" (v32)
    pattern:
      /\b(?:tell|give|show)\s+me\s+(?:the|a|my)\s+(?:very\s+)?(?:next|following)\b|\bhit\s+me\s+with\s+(?:the\s+next|another)\b|\b(?:gimme|give\s+me)\s+another(?:\s+one)?(?=\s*(?:$|[?.!,]|pls\b|please\b|then\b))/g,
    addressed: true,
  },
  // "I have write the first page, what I do now", "i finish the call, what me do next": a step done then the
  // question in learner English (v6, v13 label these next; asked with no step done it is concrete, v8, v10)
  {
    type: 'next',
    pattern:
      /\bi\s+(?:have\s+|'ve\s+|ve\s+|already\s+|just\s+)*(?:write|wrote|written|finish|finished|done|did|made|make|sent|send|complete|completed|call|called|read|open|opened|fill|filled|tidy|tidied|clean|cleaned)\b[^.?!]{0,60}?,\s*(?:so\s+|and\s+|ok\s+|now\s+)?what\s+(?:i|me)\s+(?:do|doing|must\s+do|should\s+do|make)\s+(?:now|next|after)\b/g,
    addressed: false,
  },
  {
    type: 'next',
    pattern: /^(?:the\s+)?next(?:\s+(?:\w+\s+)?(?:step|one|thing|bit))?\b(?=\s*(?:\?|please|pls|plz|$))/g,
    addressed: false,
  },
];
