/** Asks about the talk itself: a pause, why, an end. */
import { DONE_AS_LEAVING } from './leaving.ts';
import type { RequestRule } from './request-rule.ts';

const RHETORICAL =
  /^[^.?!]{0,30}?(?:[,;]|\s-)\s*(?:i'll\s+never|i\s+(?:always|never|can't\s+do\s+anything)|it's\s+(?:hopeless|useless)|nothing\s+(?:works|helps|changes)|it\s+never\s+works)|\banyway\s*[.!]*$/;

const WHY_COMPLAINT =
  /^(?!(?:you|u)\b)[^.?!,]{0,50}?\b(?:so|such|always|never|like\s+(?:this|that)|every\s+(?:time|single))\b/;

export const PAUSE_RULES: RequestRule[] = [
  // "pause this and check on me in half an hour", "pause it for now": an imperative pause
  {
    type: 'pause',
    pattern: /\bpause\s+(?:this|it|here|now|the\s+(?:session|chat|exercise|convo|conversation)|for)\b/g,
    addressed: true,
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
      /\bi\s+(?:just\s+)?(?:need|want)\s+to\s+(?:pause|rest|sit|stop\s+for(?!\s+(?:today|tonight|the\s+(?:day|night|week)|now)\b)|breathe|take\s+a|have\s+a\s+(?:break|breather|rest))/g,
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
      /\b(?:hold|hang)\s+on\b|\bwait\s+(?:a|one)\s+(?:sec|second|minute|moment)\b|^pause\b|^(?:take\s+)?(?:a\s+)?(?:quick\s+)?break\b(?!\s+(?:it|this|that|things?)\s+(?:down|up|into)\b)/g,
    addressed: true,
  },
  // "park this until after my 3pm call", "can we carry on tomorrow instead?", "gtg dinner, continue after?",
  // "i'm gonna pause for lunch": the talk put off until later (v31, v32)
  {
    type: 'pause',
    pattern:
      /\b(?:park|shelve|pause)\s+(?:this|it|that)\s+(?:until|till|til)\b|\b(?:carry\s+on|continue|pick\s+(?:this|it)\s+(?:up|back\s+up))\s+(?:tomorrow|later|after(?:wards)?|another\s+time)(?=\s*(?:$|[?.!,]|instead\b|then\b|pls\b|please\b|ok\b))|\bi(?:'m|m|\s+am)\s+(?:gonna|going\s+to)\s+(?:pause|take\s+a\s+(?:quick\s+)?break|stop\s+for\s+(?:lunch|dinner|tea|a\s+bit))\b/g,
    addressed: false,
  },
  // "hold that thought, customer just walked in" (v11, v12); "need a break, check on me in 15" (v11, v13);
  // "need to pause, kid is up, ping me in 20": the subject dropped, as chat does (fresh r19)
  {
    type: 'pause',
    pattern:
      /\bhold\s+(?:that|the)\s+thought\b|^(?:i\s+)?(?:really\s+|just\s+)?need\s+(?:a|an)\s+(?:quick\s+|little\s+|short\s+)?(?:break|breather|rest|pause)\b|^(?:i\s+)?(?:really\s+|just\s+)?(?:need|have|gotta|got)\s+(?:to\s+)?pause\b/g,
    addressed: false,
  },
];

export const EXPLAIN_RULES: RequestRule[] = [
  // "make it smaller, and also explain why I'm doing this again", "ok fine, explain how that helps": an explain
  // said after another ask in the turn (fresh r19; "explain" opening the clause is read below)
  {
    type: 'explain',
    pattern:
      /(?:[,;]\s*|\b(?:and|also|then|but)\s+)(?:also\s+|then\s+|pls\s+|please\s+|just\s+)*explain\s+(?:again\s+|to\s+me\s+|me\s+)?(?:why|how|what\s+(?:this|that|it)\s+is\s+for|the\s+point|the\s+reason)\b/g,
    addressed: false,
  },
  // "what's the evidence base for this approach?", "any science behind this?": the ground of what we offer
  // (v1, v11, v18 label these explain; "the evidence on whether …" asked about another matter is not, v31)
  {
    type: 'explain',
    pattern:
      /\b(?:what's|whats|what\s+is|is\s+there|are\s+there|any|got|where's|wheres|show\s+me)\s+(?:the\s+|any\s+|some\s+|actual\s+|real\s+)*(?:evidence|research|science|studies|proof|data)(?:\s+base)?\s+(?:for|behind|supporting|that\s+supports)\s+(?:this|that|it|these|your|the\s+(?:\w+\s+){0,3}?(?:approach|method|technique|idea|exercise|rule|thing|advice|step|suggestion))\b/g,
    addressed: false,
  },
  // explain
  {
    type: 'explain',
    pattern:
      /\bwhy\s+(?:would|should|does|do|is|are|will|'d|on\s+earth)\s+(?!i\s+(?:always|keep|never|even|do|get|feel|bother|try|care)\b|(?:it|this|everything)\s+always\b|(?:anyone|anybody|you)\s+(?:care|bother|even)\b|(?:everything|everyone|everybody|every|all|my|adulting|life|people|the\s+world)\b|(?:it|this|that)\s+so\b|you\s+always\b)/g,
    addressed: false,
    // "why do they make forms so complicated", "why is it like this": a complaint about others or the world
    // said as a question, not a why asked of us (fresh r18; "why would that help" still asks)
    unlessAfter: WHY_COMPLAINT,
  },
  // "what's the purpose of the check-in questions?", "whats this for", "why you want I write it on paper?"
  {
    type: 'explain',
    pattern:
      /\bwhat(?:'s|s|\s+is)\s+(?:the\s+)?(?:purpose|reason|logic|idea)\s+(?:of|for|behind|with|to)\b|\bwhat\s+is\s+purpose\b|\bwhat(?:'s|s|\s+is)\s+(?:this|that|it)\s+(?:even\s+|actually\s+)?for\b|\bis\s+there\s+(?:a|any)\s+reason\s+(?:you|u|for|why)\b|\bfor\s+what\s+is\s+(?:this|that|it)\b|\b(?:don'?t|do\s+not)\s+(?:really\s+|even\s+)?(?:get|understand)\s+what\s+(?:this|it|that)\s+is\s+for\b|\bwhy\s+(?:you|u)\s+(?:want|ask|asked|asking)\b|\bwhy\s+did\s+(?:you|u)\s+(?:ask|say|tell|want)\b/g,
    addressed: false,
  },
  {
    type: 'explain',
    pattern:
      /\bhow(?:'s|s|\s+(?:is|does|would|will|can|could|do|are))\s+[^.?!]{0,60}?\b(?:help|helps|work|supposed\s+to|meant\s+to|going\s+to|gonna)\b/g,
    addressed: false,
    // "how do i help him?" asks what to do for someone, not why a step of ours helps
    unless: /^how\s+(?:do|can|could|should|would)\s+(?:i|we)\s+help\b/,
  },
  {
    type: 'explain',
    pattern:
      /\bwhat(?:'s|s|\s+is)\s+the\s+point\b(?!\s+(?:of\s+|in\s+)?(?:going\s+on|carrying\s+on|living|life|anything|trying|it\s+all|me\b|being|existing|waking|getting\s+up|any\s+of\s+(?:it|this)|even\s+trying))|\bwhat\s+(?:good\s+)?(?:does|will|would)\s+(?:that|this|it)\s+do\b/g,
    addressed: false,
    // "what's the point, I'll never finish it anyway" is despair said as a question, not a question; so is
    // "what's even the point of this assignment" (five writers, none marked it an ask; the model agrees below)
    unlessAfter: RHETORICAL,
  },
  {
    type: 'explain',
    pattern:
      /\bi\s+(?:don't|do\s+not|dont|didn't)\s+(?:really\s+|quite\s+|totally\s+)?(?:follow|get\s+(?:it|that|this|what|how|why)|understand)\b(?!\s+(?:the|these|those|his|her|their|my|this)\s+(?!(?:step|steps|exercise|question|point|idea|task|instructions?|plan)\b)\w+)/g,
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
];

export const STOP_RULES: RequestRule[] = [
  // stop
  {
    type: 'stop',
    pattern:
      /\b(?:i(?:\s+think\s+i)?(?:(?:\s+want|'d\s+like|\s+would\s+like|\s+need|\s+have|\s+got|'m\s+going|\s+am\s+going)\s+to|\s+wanna|\s+gotta|'m\s+gonna|m\s+gonna)\s+|let(?:'s|s|\s+us)\s+|can\s+we\s+|could\s+we\s+|shall\s+we\s+|i(?:'d|d|\s+would)\s+(?:much\s+)?rather\s+|time\s+to\s+)(?:just\s+)?(?:stop|end(?!\s+it\b(?!\s+(?:here|there|now|for\s+(?:now|today|tonight))\b))|finish|quit|wrap(?:\s+it|\s+this)?\s+up|call\s+it\s+(?:a\s+day|a\s+night|quits)|leave\s+it\s+(?:there|here)\s+for\s+(?:today|now|tonight)|close|log\s+(?:off|out)|sign\s+off|head\s+(?:off|out)|go(?=\s*(?:$|now\b|then\b|[.,!;]|for\s+(?:now|today|tonight)))|be\s+done)(?!\s+(?:my|your|his|her|their|a|an|that|some|all|(?:our|the)\s+(?!session|exercise|chat|conversation)|this\s+(?!session|exercise|chat|conversation|now|here|for|then|today|tonight)[a-z]+|(?!(?:talking|chatting)\b(?!\s+(?:about|of|to|with)\b))\w+ing)\b)/g,
    // "I need to finish my essay", "I want to stop scrolling": a task or a habit, not the session; "i want to
    // end it (all)" is no end of the session unless it says where ("end it here"); "stop talking" is
    // the talk itself ("I would rather stop talking for tonight", v16), "stop talking about him" a subject
    // (push-back.ts, leave-topic); "lets finish here" is said without the apostrophe (v17, two writers)
    addressed: false,
  },
  {
    type: 'stop',
    pattern:
      /\bi'm\s+done\s+(?:for\s+(?:now|today|tonight|the\s+day)|here)\b|\bi\s+(?:have|need|got)\s+to\s+go\b(?!\s+(?:and\s+)?(?:open|do|try|write|start|look|check|make|work|through|back|over|ahead|on|with)\b)|\bthat's\s+(?:enough|it)\s+for\s+(?:now|today|tonight)\b|(?<!\b(?:a|the|weird|said|say|says|saying|to)\s+(?:\w+\s+){0,2})\b(?:bye|goodbye)\b(?!\s+(?:everyone|everybody|world|all|texts?|notes?|letters?|messages?|posts?|cards?|vibes?|energy|videos?|songs?)\b)|\b(?:gotta|got\s+to)\s+go\b(?!\s+(?:and\s+)?(?:open|do|try|write|start|look|check|make|work|through|back|over|ahead|on|with|to)\b)/g,
    addressed: false,
  },
  {
    type: 'stop',
    pattern:
      /\b(?:end|stop|finish|close|wrap\s+up)\s+(?:the|this|our)\s+(?:session|exercise|chat|conversation)\b|^(?:let's\s+)?wrap\s+up\b|^(?:please|pls|plz)\s+(?:end|stop|finish)(?=\s*(?:$|[.,!;]|now\b|here\b))|\b(?:can|could|shall)\s+we\s+(?:just\s+)?end\s+it\b(?!\s+(?:all|with)\b)/g,
    addressed: true,
  },
  // leaving: "I'm done with this", "I'm out", "I'm logging off", "I've had enough of this"
  { type: 'stop', pattern: DONE_AS_LEAVING, addressed: false },
  // "we stop now please", "ok we finish here": a stop said as a plain present, as learners say it (fresh r19)
  {
    type: 'stop',
    pattern:
      /^(?:ok(?:ay)?\s+|so\s+|i\s+think\s+)?we\s+(?:stop|finish|end)\s+(?:now|here|for\s+(?:now|today|tonight))\b/g,
    addressed: false,
  },
  {
    type: 'stop',
    pattern:
      /\bi(?:'m|\s+am|m)\s+(?:so\s+|just\s+)?(?:out(?:\s+of\s+here|ta\s+here)?|off)(?=\s*(?:$|[.,!;]|now\b|then\b|for\s+(?:now|today|tonight)\b|to\s+bed\b))|\bi(?:'m|\s+am|m)\s+(?:logging|signing|heading|clocking)\s+(?:off|out)\b|(?:\bi(?:'ve|\s+have)?\s+|^)had\s+enough(?:\s+(?:of\s+(?:this|it|today|you)(?:\s+(?:session|exercise|thing|stuff))?))?(?=\s*(?:$|[.,!;]|for\s+(?:now|today|tonight)\b))/g,
    addressed: false,
  },
];
