import type { RequestType } from '../spec/observation.ts';
import { DONE_AS_LEAVING } from './leaving.ts';

/**
 * One way of asking for something. `addressed`: the trigger only counts when it is said to the
 * coach (imperative or "can you …"), which is what keeps reported speech out. `unless`: a
 * match whose own text fits it is no request; `unlessAfter`: the same, for the clause text
 * right after the match.
 */
export type RequestRule = {
  type: RequestType;
  pattern: RegExp;
  addressed: boolean;
  unless?: RegExp;
  unlessAfter?: RegExp;
};

const NUDGE_NOUN = '(?:nudge|reminder|prompt|ping|shout|prod|poke|buzz|heads[- ]up|check[- ]in|push|nag)';
const THE_STEP = '(?:step|thing|task|move|bit|one)';
// "keep it short" is about the coach's talking (DESIGN.md rule 6), as is anything about replies
const ABOUT_TALK =
  /\bkeep\s+(?:it|things|this|that|them|everything)\s+(?:\w+\s+)?(?:short|shorter|simple|simpler|brief|briefer|light|lighter|basic)\b|\b(?:answers?|replies|reply|responses?|messages?|texts|sentences|words|explanations?|talking|talk|chat|wording)\b/;
// "it would be easier if I wasn't alive", "easier for everyone": a wish about a life, not the step
const ABOUT_A_LIFE =
  /^\s*(?:for\s+(?:everyone|everybody|all\s+of\s+us|them|my\s+\w+|people)\b|(?:if|when|once)\s+(?:i|i'm|i'd|we\s+(?:all\s+)?(?:just\s+)?(?:gave|quit|stopped)|everyone|everybody|people|nobody|no\s+one|they|he|she|my|life|things)\b|to\s+(?:just\s+)?(?:give\s+up|not\s+(?:be|exist|wake)|disappear|die|end\s+it|stop\s+(?:trying|existing|living)|quit)\b)/;
const RHETORICAL =
  /^[^.?!]{0,30}?(?:[,;]|\s-)\s*(?:i'll\s+never|i\s+(?:always|never|can't\s+do\s+anything)|it's\s+(?:hopeless|useless)|nothing\s+(?:works|helps|changes)|it\s+never\s+works)|\banyway\s*[.!]*$/;
const STEP_OBJECT =
  '(?:the|this|that|my|each|every|our|your|these|those)\\s+(?:next\\s+|first\\s+|very\\s+next\\s+)?(?:steps?|tasks?|things?|bits?|exercises?|goals?|ones?|actions?|moves?)';

export const REQUEST_RULES: RequestRule[] = [
  // nudge: remind / nudge / ping me
  {
    type: 'nudge',
    pattern: /\b(?:remind|nudge|prompt|ping|poke|prod|buzz|text|nag|cue)\s+(?:me|us)\b/g,
    addressed: true,
  },
  { type: 'nudge', pattern: /\bchecks?\s+(?:in\s+)?(?:on|with)\s+me\b/g, addressed: true },
  // "hit me up in 5", "come back to me at 8", "can we continue in 30 min": a return asked for at a time
  {
    type: 'nudge',
    pattern:
      /\b(?:hit\s+me\s+up|(?:come|get)\s+back\s+to\s+me|(?:can|could)\s+we\s+(?:continue|carry\s+on|pick\s+(?:this|it)\s+(?:up|back\s+up)))\b(?=[^?.!]*\b(?:in|at|after)\s+(?:like\s+|about\s+)?\d)/g,
    addressed: false,
  },
  { type: 'nudge', pattern: /\bcheck\s+in\b(?=[^?.!]*\b(?:in|after)\s)/g, addressed: true },
  // "then check i actually started", "in two hours check im still going": a check on the person's doing
  {
    type: 'nudge',
    pattern:
      /\bcheck\s+(?:that\s+|if\s+|whether\s+)?(?:i'm|im|i\s+am|i've|ive|i\s+have|i)\s+(?:still|actually|really|started|got\s+going|on\s+(?:it|track)|going|working|up|awake|moving)\b/g,
    addressed: true,
  },
  {
    type: 'nudge',
    pattern: new RegExp(
      `\\b(?:give|giving|send|sending|drop)\\s+me\\s+(?:a|an|another|one|a quick|a little|a gentle)\\s+(?:\\w+\\s+)?${NUDGE_NOUN}\\b`,
      'g',
    ),
    addressed: true,
  },
  {
    type: 'nudge',
    pattern: /\b(?:keep|get|pull|bring|call)\s+me\s+(?:back\b|on\s+track\b)/g,
    addressed: true,
  },
  { type: 'nudge', pattern: /\blet\s+me\s+know\s+when\b/g, addressed: true },
  {
    type: 'nudge',
    pattern: /\b(?:mind|keep)\s+(?:reminding|nudging|pinging|prompting|poking)\s+me\b/g,
    addressed: true,
  },
  {
    type: 'nudge',
    pattern: new RegExp(
      `\\bi(?:'d| would)?\\s+(?:like|love|need|want|could use|could do with|appreciate)\\s+(?:a|an|another|some)\\s+(?:\\w+\\s+)?${NUDGE_NOUN}\\b`,
      'g',
    ),
    addressed: false,
  },
  {
    type: 'nudge',
    pattern: new RegExp(
      `\\b(?:can|could|may)\\s+i\\s+(?:have|get)\\s+(?:a|an|another)\\s+(?:\\w+\\s+)?${NUDGE_NOUN}\\b`,
      'g',
    ),
    addressed: false,
  },
  {
    type: 'nudge',
    pattern: new RegExp(`^(?:a\\s+)?${NUDGE_NOUN}s?\\s+(?:in|after|if|when)\\b`, 'g'),
    addressed: false,
  },
  // cue: say a phrase
  {
    type: 'cue',
    pattern: /\b(?:say|tell me|whisper|type|write)\s+(?:to me\s+)?[:,]?\s*(?="|'(?=\p{L}))/gu,
    addressed: true,
  },
  {
    type: 'cue',
    pattern: /\bsay\s+(?:it|that|this|the\s+(?:word|words|phrase|line|cue))\b/g,
    addressed: true,
  },
  { type: 'cue', pattern: /\btell\s+me\s+to\s+(?!do\b|stop\b)/g, addressed: true },
  // a kind word asked for: "tell me it's ok to rest", "say something nice", "cheer me on", "count me down"
  {
    type: 'cue',
    pattern:
      /\btell\s+me\s+(?:(?:that\s+)?(?:it'?s|its|i'?m|im|i\s+(?:did|can|am|will|was|have|got)|everything(?:'s|\s+is|\s+will)|it\s+(?:will|is))\s+(?:\w+\s+){0,3}?(?:ok|okay|fine|alright|all\s+right|good|well|great|amazing|enough|not\s+(?:a\s+)?(?:failure|lazy|stupid|useless|my\s+fault|bad)|going\s+to\s+be|gonna\s+be|do\s+(?:it|this)|doing\s+(?:ok|okay|alright|fine|well|good|my\s+best)))|\bsay\s+(?:something|some(?:thing)?\s+words?|a\s+few\s+words)\s+(?:\w+\s+)?(?:kind|nice|reassuring|encouraging|motivating|positive|cheerful|good|to\s+(?:motivate|encourage|cheer|make\s+me\s+(?:laugh|smile|feel)))|\b(?:cheer\s+me\s+on|encourage\s+me|motivate\s+me|count\s+(?:me\s+)?down|say\s+go\b)/g,
    addressed: true,
  },
  {
    type: 'cue',
    pattern:
      /\b(?:give|send)\s+me\s+(?:a\s+|some\s+)?(?:short\s+)?(?:cheering|motivation(?:al)?|motivating|encouraging|encouragement|kind|positive|inspirational|reassuring)\s*(?:words?|speech|line|message|talk)?|\b(?:need|want|could\s+use)\s+(?:a\s+)?(?:quick\s+|short\s+|little\s+)?pep\s+talk|^\s*(?:a\s+)?(?:countdown|pep\s+talk)\b|\bi\s+need\s+to\s+hear\s+(?=["'\u201c]|(?:that\s+)?(?:it'?s|i'?m|im)\b)/g,
    addressed: false,
  },
  // "can you give me a cue now", "a cue pls", "send me my cue": the word itself is the ask
  {
    type: 'cue',
    pattern:
      /\b(?:give|send|got|have)\s+(?:me\s+)?(?:a|my|the|your|one|some)\s+(?:cue|prompt|mantra)\b|^(?:a|my|the)\s+cue(?=\s*(?:pl[sz]|please|now|[?!.]|$))/g,
    addressed: false,
  },
  // concrete: exactly what to do
  {
    type: 'concrete',
    pattern:
      /\b(?:tell|show)\s+me\s+(?:exactly|precisely|specifically|literally|concretely|step by step|what\s+(?:exactly\s+)?(?:to\s+do|i\s+should|i'm\s+supposed|i\s+need\s+to|i\s+have\s+to))/g,
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
      /\b(?:keep\s+it|be|something|more|need\s+it|make\s+it|give\s+me\s+something|i\s+need\s+something|i\s+need\s+a|a)\s+(?:very\s+|really\s+|more\s+|bit\s+more\s+|super\s+)?(?:concrete|specific|precise|practical|clear)\b/g,
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
      /\b(?:that|this|it|step)(?:\s+still)?(?:'s|\s+is|\s+feels|\s+seems|\s+sounds)\s+(?:still\s+|way\s+|a\s+bit\s+|far\s+|just\s+|kind\s+of\s+|really\s+|much\s+)*too\s+(?:big|hard|long|complicated|overwhelming|difficult|much)\b/g,
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
  {
    type: 'smaller',
    pattern:
      /\b(?:\d+|[a-z]+|a)\s+(?:minutes?|mins?|seconds?|secs?)\s+instead\b|\binstead\s+of\s+(?:\d+|twenty|thirty|ten|fifteen|an\s+hour|half\s+an\s+hour)\b/g,
    addressed: false,
  },
  // pause
  {
    type: 'pause',
    pattern:
      /\b(?:can|could|may|shall)\s+(?:we|i)\s+(?:just\s+|maybe\s+|please\s+|quickly\s+)*(?:pause|sit|leave\s+it|rest|breathe|stop\s+for|take\s+(?:a|an|\w+)\s+(?:\w+\s+)?(?:break|breather|rest|minute|moment|pause|sec|second|breath)|have\s+a\s+(?:break|breather|rest|minute|moment|pause)|stay\s+(?:here|with)|hold\s+off|wait|be\s+still)/g,
    addressed: false,
  },
  {
    type: 'pause',
    pattern:
      /\blet(?:'s|\s+us|\s+me)\s+(?:just\s+|maybe\s+|quickly\s+)*(?:pause|sit|rest|breathe|take\s+(?:a|an|\w+)\s+(?:\w+\s+)?(?:break|breather|rest|minute|moment|pause|sec|breath)|have\s+a\s+(?:break|breather|rest)|stop\s+for|leave\s+it\s+(?:there|here)?\s*for\s+(?!today|now|tonight)|hold|wait|be\s+still|stay)/g,
    addressed: false,
  },
  {
    type: 'pause',
    pattern:
      /\bi(?:\s+just|\s+really)?(?:\s+need|\s+want|'d\s+like|\s+would\s+like|\s+could\s+use|\s+could\s+do\s+with)\s+(?:to\s+(?:take|have)\s+)?(?:a|an|some|one|two|five|\d+)\s+(?:\w+\s+)?(?:break|breather|rest|pause|minute|minutes|moment|sec|second|breath)\b/g,
    addressed: false,
  },
  {
    type: 'pause',
    pattern:
      /\bi\s+(?:just\s+)?(?:need|want)\s+to\s+(?:pause|rest|sit|stop\s+for|breathe|take\s+a|have\s+a\s+(?:break|breather|rest))/g,
    addressed: false,
  },
  {
    type: 'pause',
    pattern:
      /\bgive\s+me\s+(?:a|an|one|two|five|\d+|some|a\s+few)\s+(?:\w+\s+)?(?:minutes?|mins?|moment|secs?|seconds?|break|breather|space)\b|\bgive\s+me\s+(?:like\s+)?(?:\d{1,2}|five|ten|fifteen|twenty)\s*(?=$|[.,!?]|\s+(?:pls|please|plz|and|then|ok|okay|yeah)\b)/g,
    addressed: true,
  },
  {
    type: 'pause',
    pattern:
      /\b(?:hold|hang)\s+on\b|\bwait\s+(?:a|one)\s+(?:sec|second|minute|moment)\b|^pause\b|^(?:take\s+)?(?:a\s+)?(?:quick\s+)?break\b/g,
    addressed: true,
  },
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
    pattern: /\b(?:tell|give|show)\s+me\s+(?:the|a|my)\s+(?:very\s+)?(?:next|following)\b/g,
    addressed: true,
  },
  {
    type: 'next',
    pattern: /^(?:the\s+)?next(?:\s+(?:\w+\s+)?(?:step|one|thing|bit))?\b(?=\s*(?:\?|please|pls|plz|$))/g,
    addressed: false,
  },
  // explain
  {
    type: 'explain',
    pattern:
      /\bwhy\s+(?:would|should|does|do|is|are|will|'d|on\s+earth)\s+(?!i\s+(?:always|keep|never|even|do|get|feel|bother|try|care)\b|(?:it|this|everything)\s+always\b|(?:anyone|anybody|you)\s+(?:care|bother|even)\b|(?:everything|everyone|everybody|every|all|my|adulting|life|people|the\s+world)\b|(?:it|this|that)\s+so\b|you\s+always\b)/g,
    addressed: false,
  },
  // "what's the purpose of the check-in questions?", "whats this for", "why you want I write it on paper?"
  {
    type: 'explain',
    pattern:
      /\bwhat(?:'s|s|\s+is)\s+(?:the\s+)?(?:purpose|reason|logic|idea)\s+(?:of|for|behind|with)\b|\bwhat\s+is\s+purpose\b|\bwhat(?:'s|s|\s+is)\s+(?:this|that|it)\s+(?:even\s+|actually\s+)?for\b|\bis\s+there\s+(?:a|any)\s+reason\s+(?:you|u|for|why)\b|\bfor\s+what\s+is\s+(?:this|that|it)\b|\b(?:don'?t|do\s+not)\s+(?:really\s+|even\s+)?(?:get|understand)\s+what\s+(?:this|it|that)\s+is\s+for\b|\bwhy\s+(?:you|u)\s+(?:want|ask|asked|asking)\b|\bwhy\s+did\s+(?:you|u)\s+(?:ask|say|tell|want)\b/g,
    addressed: false,
  },
  {
    type: 'explain',
    pattern:
      /\bhow(?:'s|\s+(?:is|does|would|will|can|could|do|are))\s+[^.?!]{0,60}?\b(?:help|helps|work|supposed\s+to|meant\s+to|going\s+to|gonna)\b/g,
    addressed: false,
  },
  {
    type: 'explain',
    pattern:
      /\bwhat(?:'s|s|\s+is)\s+(?:even\s+)?the\s+point\b(?!\s+(?:of\s+|in\s+)?(?:going\s+on|carrying\s+on|living|life|anything|trying|it\s+all|me\b|being|existing|waking|getting\s+up|any\s+of\s+(?:it|this)|even\s+trying))|\bwhat\s+(?:good\s+)?(?:does|will|would)\s+(?:that|this|it)\s+do\b/g,
    addressed: false,
    // "what's the point, I'll never finish it anyway" is despair said as a question, not a question
    unlessAfter: RHETORICAL,
  },
  {
    type: 'explain',
    pattern:
      /\bi\s+(?:don't|do\s+not|dont|didn't)\s+(?:really\s+|quite\s+|totally\s+)?(?:follow|get\s+(?:it|that|this|what|how|why)|understand)\b/g,
    addressed: false,
  },
  {
    type: 'explain',
    pattern:
      /\b(?:not\s+sure|unsure)\s+(?:that\s+)?(?:i|if\s+i)\s+(?:follow|understand|get\s+(?:it|that|what|how|why))\b/g,
    addressed: false,
  },
  {
    type: 'explain',
    pattern:
      /\b(?:can|could|would)\s+you\s+explain\b|^explain\b|\bwhat\s+do\s+you\s+mean\b(?!\s+(?:literally|just|exactly|actually))|\bi'm\s+(?:a\s+bit\s+|so\s+|totally\s+)?(?:lost|confused)\b|\b(?:doesn't|does\s+not|don't)\s+make\s+(?:any\s+)?sense\b/g,
    addressed: false,
  },
  // stop
  {
    type: 'stop',
    pattern:
      /\b(?:i(?:\s+think\s+i)?(?:(?:\s+want|'d\s+like|\s+would\s+like|\s+need|\s+have|\s+got|'m\s+going|\s+am\s+going)\s+to|\s+wanna|\s+gotta|'m\s+gonna|m\s+gonna)\s+|let(?:'s|\s+us)\s+|can\s+we\s+|could\s+we\s+|shall\s+we\s+|i'd\s+rather\s+|time\s+to\s+)(?:just\s+)?(?:stop|end|finish|quit|wrap(?:\s+it|\s+this)?\s+up|call\s+it\s+(?:a\s+day|a\s+night|quits)|leave\s+it\s+(?:there|here)\s+for\s+(?:today|now|tonight)|close|log\s+(?:off|out)|sign\s+off|head\s+(?:off|out)|go(?=\s*(?:$|now\b|then\b|[.,!;]|for\s+(?:now|today|tonight)))|be\s+done)(?!\s+(?:my|your|his|her|their|a|an|that|some|all|(?:our|the)\s+(?!session|exercise|chat|conversation)|this\s+(?!session|exercise|chat|conversation|now|here|for|then|today|tonight)[a-z]+|\w+ing)\b)/g,
    // "I need to finish my essay", "I want to stop scrolling": a task or a habit, not the session
    addressed: false,
  },
  {
    type: 'stop',
    pattern:
      /\bi'm\s+done\s+(?:for\s+(?:now|today|tonight|the\s+day)|here)\b|\bi\s+(?:have|need|got)\s+to\s+go\b(?!\s+(?:and\s+)?(?:open|do|try|write|start|look|check|make|work|through|back|over|ahead|on|with)\b)|\bthat's\s+(?:enough|it)\s+for\s+(?:now|today|tonight)\b|\b(?:bye|goodbye)\b|\b(?:gotta|got\s+to)\s+go\b(?!\s+(?:and\s+)?(?:open|do|try|write|start|look|check|make|work|through|back|over|ahead|on|with|to)\b)/g,
    addressed: false,
  },
  {
    type: 'stop',
    pattern:
      /\b(?:end|stop|finish|close|wrap\s+up)\s+(?:the|this|our)\s+(?:session|exercise|chat|conversation)\b|^(?:let's\s+)?wrap\s+up\b/g,
    addressed: true,
  },
  // leaving: "I'm done with this", "I'm out", "I'm logging off", "I've had enough of this"
  { type: 'stop', pattern: DONE_AS_LEAVING, addressed: false },
  {
    type: 'stop',
    pattern:
      /\bi(?:'m|\s+am|m)\s+(?:so\s+|just\s+)?(?:out(?:\s+of\s+here|ta\s+here)?|off)(?=\s*(?:$|[.,!;]|now\b|then\b|for\s+(?:now|today|tonight)\b|to\s+bed\b))|\bi(?:'m|\s+am|m)\s+(?:logging|signing|heading|clocking)\s+(?:off|out)\b|(?:\bi(?:'ve|\s+have)?\s+|^)had\s+enough(?:\s+(?:of\s+(?:this|it|today|you)(?:\s+(?:session|exercise|thing|stuff))?))?(?=\s*(?:$|[.,!;]|for\s+(?:now|today|tonight)\b))/g,
    addressed: false,
  },
];
