/** Asks for something later or said: a nudge, a cue. */
import type { RequestRule } from './request-rule.ts';

const NUDGE_NOUN = '(?:nudge|reminder|prompt|ping|shout|prod|poke|buzz|heads[- ]up|check[- ]in|push|nag)';

export const NUDGE_RULES: RequestRule[] = [
  // nudge: remind / nudge / ping me
  {
    type: 'nudge',
    pattern:
      /\b(?:remind|nudge|prompt|ping|poke|prod|buzz|text|nag|cue|hassle|pester|badger|chase)\s+(?:me|us)\b/g,
    addressed: true,
  },
  // "can u just msg me at midnight tonight": a message asked for at a time is a nudge
  {
    type: 'nudge',
    pattern: /\b(?:msg|message|dm|txt)\s+(?:me|us)\b(?=[^?.!]*\b(?:at|in|tonight|tomorrow|later)\b)/g,
    addressed: true,
  },
  // "in 4 hours if i havent messaged, message me": the time or trigger said first, the ask ending the turn
  {
    type: 'nudge',
    pattern: /(?<=,\s*)(?:msg|message|dm|txt)\s+(?:me|us)\b(?=\s*(?:pls|please|plz|then|ok)?\s*[.!]*\s*$)/g,
    addressed: true,
  },
  // "if i havent said anything by 3 pm message me", "message me if i go quiet", "by 10 send me a message": a
  // message asked for on a condition or ending the turn (the lead's class of miss on fresh v29)
  {
    type: 'nudge',
    pattern:
      /\b(?:(?:msg|message|dm|write)\s+(?:me|us)|send\s+(?:me|us)\s+(?:a\s+)?(?:quick\s+|little\s+)?(?:message|msg|text|txt|dm|something))\b(?=\s*(?:pls|please|plz|then|ok|okay|yeah|x+)?\s*[.!]*\s*$|\s+(?:if|when|once|in\s+case|at|by|around|after|tonight|tomorrow|later|about|to\s+(?:check|see|ask|make\s+sure))\b)/g,
    addressed: true,
  },
  { type: 'nudge', pattern: /\bchecks?\s+(?:in\s+)?(?:on|with)\s+me\b/g, addressed: true },
  // "set me a timer for 10 and then hype me up": a timer asked of us is a nudge when it ends (fresh r18)
  {
    type: 'nudge',
    pattern:
      /\b(?:set|start|put\s+on|run)\s+(?:me\s+|us\s+)?(?:a\s+)?(?:quick\s+|little\s+)?timer\b|^(?:(?:ok|okay|so|just)\s+)?(?:a\s+)?(?:\d{1,3}|one|two|three|five|ten|fifteen|twenty|thirty)[\s-]*(?:mins?|minutes?|secs?|seconds?|hours?|hrs?)\s+timer\b/g,
    addressed: true,
  },
  // "check back in 10", "check back later": a return to the person at a time
  {
    type: 'nudge',
    pattern: /\bcheck\s+back\b(?=\s+(?:in|at|after|later|with\s+me|on\s+me|tonight|tomorrow)\b)/g,
    addressed: true,
  },
  // "bug me in 10", "bug me at 4", "bug me again later": a nudge when a time or "again" follows (v14, and
  // round 9's "then bug me"); "it doesn't bug me" and "dont bug me" are not asks
  {
    type: 'nudge',
    pattern: /\bbug\s+(?:me|us)\b(?=\s+(?:in|at|again|later|every|tomorrow|tonight|after)\b)/g,
    addressed: true,
  },
  // "tell me at 7 to start", "alarm me 8 o clock tomorrow": a word said at a clock time is a nudge (v6, v10)
  {
    type: 'nudge',
    pattern:
      /\b(?:tell|call|wake|alarm)\s+me\b(?=\s+(?:at\s+|@\s*)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|o\s*'?\s*clock)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)\b(?!\s*(?:mins?|minutes?|hours?|hrs?|things|steps|ways|reasons)\b))/g,
    addressed: true,
  },
  // "15 mins then yell at me", "10 min break then drag me back", "hour and a half. then ping": a wait, then a
  // call back (v7, v10); "ping 10 mins" alone
  {
    type: 'nudge',
    pattern:
      /(?<=\bthen\s+)(?:(?:yell|shout|scream|holler)\s+at\s+me|(?:hassle|pester|badger)\s+me|(?:drag|pull|haul|get|call)\s+me\s+back|ping(?!\s+me\b))\b|^(?:ping|nudge|poke|buzz)\s+(?:in\s+)?(?:\d|an?\s|half)/g,
    addressed: false,
  },
  // "chat to me again in twenty minutes", "talk with me at 9": talk asked for at a time, no "remind" (round 14, the
  // lead's class of miss from a fresh set); "talk to me about it" has no time after it and is not a nudge
  {
    type: 'nudge',
    pattern:
      /\b(?:talk|chat|speak)\s+(?:to|with)\s+me\s+(?:again\s+)?(?=(?:in|at|after)\s+(?:like\s+|about\s+)?(?:\d|an?\s|half|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|forty-five|sixty)\b)/g,
    addressed: true,
  },
  // "can u message me sunday night", "text me friday morning": a message asked for at a day and a part of it
  {
    type: 'nudge',
    pattern:
      /\b(?:msg|message|dm|txt)\s+(?:me|us)\b(?=\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat|sun)\s+(?:morning|afternoon|evening|night|arvo)\b)/g,
    addressed: true,
  },
  // "hit me up in 5", "come back to me at 8", "can we continue in 30 min": a return asked for at a time
  {
    type: 'nudge',
    pattern:
      /\b(?:hit\s+me\s+up|(?:come|get)\s+back\s+to\s+me|(?:can|could)\s+we\s+(?:continue|carry\s+on|pick\s+(?:this|it)\s+(?:up|back\s+up)))\b(?=[^?.!]*\b(?:in|at|after)\s+(?:like\s+|about\s+)?\d)/g,
    addressed: false,
  },
  // "in 40 min tell me to stop scrolling", "in 25 min ask me if ive started", "in 30 secs count me in": what is
  // told or asked after a wait said first is a reminder (v3–v6, v9–v13)
  {
    type: 'nudge',
    pattern:
      /(?<=^\W*(?:(?:ok|okay|so|and|then|right)\W+)?(?:in|after)\s+(?:like\s+|about\s+|around\s+|exactly\s+)?[\w-]+(?:\s+(?:a\s+)?(?:half|and\s+a\s+half|hours?|hrs?|h|mins?|minutes?|m|secs?|seconds?|s))*[\s.,]+(?:(?:can|could|will|would|pls|please|just|you|u)\s+)*)(?:tell|ask|count)\s+(?:me|us)\b/g,
    addressed: false,
  },
  // "can you check in because …", "check in after lunch": a check-in asked for, with or without its time
  {
    type: 'nudge',
    pattern:
      /\bcheck\s+in\b(?=[^?.!]*\b(?:in|after)\s|\s*(?:$|[.,!?]|(?:because|cause|cos|coz|if|when|later|again|pls|please|plz|then|ok)\b))/g,
    addressed: true,
  },
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
      `\\b(?:give|gie|giving|send|sending|drop)\\s+(?:me|us)\\s+(?:a|an|another|one|a quick|a little|a gentle)\\s+(?:\\w+\\s+)?(?:${NUDGE_NOUN}|bell|ring|holler)\\b`,
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
];

export const CUE_RULES: RequestRule[] = [
  // cue: say a phrase; "say me 'go'" in a learner's words; "send me 'stand up'" (timed, a nudge: requests.ts)
  {
    type: 'cue',
    pattern: /\b(?:say|tell me|whisper|type|write|send)\s+(?:(?:to\s+)?me\s+)?[:,]?\s*(?="|'(?=\p{L}))/gu,
    addressed: true,
  },
  {
    type: 'cue',
    pattern: /\bsay\s+(?:it|that|this|the\s+(?:word|words|phrase|line|cue))\b/g,
    addressed: true,
  },
  { type: 'cue', pattern: /\btell\s+me\s+to\s+(?!do\b|stop\b)/g, addressed: true },
  // "keep saying 'breathe' to me til i finish" (v17): a quoted phrase asked again and again
  { type: 'cue', pattern: /\bkeep\s+(?:on\s+)?saying\s+(?="|'(?=\p{L}))/gu, addressed: false },
  // "every 10 min say keep going", "can you tell me keep going": the encouragement given unquoted (v11, v15)
  {
    type: 'cue',
    pattern:
      /\b(?:say|tell\s+me)\s+(?=(?:keep\s+(?:going|at\s+it|pushing)|carry\s+on|push\s+on|go\s+go|(?:you|u)\s+(?:got\s+(?:this|it)|can\s+do\s+(?:it|this))|i\s+can\s+do\s+(?:it|this)|(?:don't|dont)\s+(?:stop|give\s+up)|nearly\s+there|almost\s+there)\b)/g,
    addressed: true,
  },
  // a kind word asked for: "tell me it's ok to rest", "say something nice", "cheer me on", "count me down"
  {
    type: 'cue',
    pattern:
      /\btell\s+me\s+(?:(?:that\s+)?(?:it'?s|its|i'?m|im|i\s+(?:did|can|am|will|was|have|got)|everything(?:'s|\s+is|\s+will)|it\s+(?:will|is))\s+(?:\w+\s+){0,3}?(?:ok|okay|fine|alright|all\s+right|good|well|great|amazing|enough|not\s+(?:a\s+)?(?:failure|lazy|stupid|useless|my\s+fault|bad)|going\s+to\s+be|gonna\s+be|do\s+(?:it|this)|doing\s+(?:ok|okay|alright|fine|well|good|my\s+best)))|\bsay\s+(?:something|some(?:thing)?\s+words?|a\s+few\s+words)\s+(?:\w+\s+)?(?:kind|nice|reassuring|encouraging|motivating|positive|cheerful|good|to\s+(?:motivate|encourage|cheer|make\s+me\s+(?:laugh|smile|feel)))|\b(?:cheer\s+me\s+on|encourage\s+me|motivate\s+me|count\s+(?:me\s+)?down|say\s+go\b|(?:hype|gas|pump|psych|big)\s+me\s+up|hype\s+me\b)/g,
    addressed: true,
  },
  {
    type: 'cue',
    pattern:
      /\b(?:give|send)\s+me\s+(?:a\s+|some\s+)?(?:short\s+)?(?:cheering|motivation(?:al)?|motivating|encouraging|encouragement|kind|positive|inspirational|reassuring)\s*(?:words?|speech|line|message|talk)?|\b(?:need|want|could\s+use)\s+(?:a\s+)?(?:quick\s+|short\s+|little\s+)?pep\s+talk|^\s*(?:a\s+)?(?:countdown|pep\s+talk)\b|\bi\s+need\s+to\s+hear\s+(?=["'\u201c]|(?:that\s+)?(?:it'?s|i'?m|im)\b)/g,
    addressed: false,
  },
  // "say something calming and then check on me in 5", "tell me something kind first": kind words asked of us
  // with none of their own (fresh r19)
  {
    type: 'cue',
    pattern:
      /\b(?:say|tell\s+me|send\s+me|text\s+me)\s+(?:something|anything|sth|smth|a\s+few\s+words|some\s+words|a\s+word)\s+(?:that's\s+|thats\s+|really\s+|a\s+bit\s+|v\s+|very\s+)?(?:calming|kind|nice|encouraging|reassuring|soothing|positive|comforting|gentle|motivating|uplifting|hopeful|sweet|cheerful)\b/g,
    addressed: true,
  },
  // "can you give me a cue now", "a cue pls", "send me my cue": the word itself is the ask
  {
    type: 'cue',
    pattern:
      /\b(?:give|send|got|have)\s+(?:me\s+)?(?:a|my|the|your|one|some)\s+(?:cue|prompt|mantra)\b|^(?:a|my|the)\s+cue(?=\s*(?:pl[sz]|please|now|[?!.]|$))/g,
    addressed: false,
  },
];
