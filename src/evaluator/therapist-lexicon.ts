/**
 * Word lists and patterns for reading a therapist's turn from its text alone. Kept apart from the
 * reader so calibration changes (what counts as a reflection, a promise, a vague step) are one diff.
 */

/** Verbs of doing: an instruction built on one of these can be concrete. */
export const ACTION_VERBS = new Set(
  'open click type write put place look highlight select set start press read say close save send move scroll pick choose find copy paste delete name list jot draw stand walk drink stretch breathe take hold count tap touch rest wait leave stop go turn check add fix answer reply call text sit drop relax unclench lift label rename underline circle mark tick fill sign print clear wash fold grab get do make finish begin switch mute work spend change edit tidy study dial unlock review draft sort file gather pull push plug unplug load empty wipe sweep rinse hang pack unpack dress shower eat sip fetch carry lay lean rest scan skim search post submit attach upload download delete rename install run test commit push book email message ring'.split(
    ' ',
  ),
);

/** Verbs of attending: instructions built on these are abstract unless object and time box are both there. */
export const ATTENDING_VERBS = new Set(
  'notice let allow accept feel observe bring pay focus remember imagine try be stay keep watch think consider see welcome embrace acknowledge sense explore trust give treat connect return'.split(
    ' ',
  ),
);

// past forms for "what if you just sat with it…"
export const PAST_TO_BASE: Record<string, string> = {
  sat: 'sit',
  put: 'put',
  took: 'take',
  wrote: 'write',
  read: 'read',
  set: 'set',
  chose: 'choose',
  began: 'begin',
  made: 'make',
  did: 'do',
  left: 'leave',
  got: 'get',
  went: 'go',
  held: 'hold',
  felt: 'feel',
  let: 'let',
  gave: 'give',
  brought: 'bring',
  stood: 'stand',
  sent: 'send',
  found: 'find',
};

/** Nouns a person can point at: a step mentioning one (with a verb of doing) is concrete. */
export const CONCRETE_NOUNS =
  /\b(files?|documents?|docs?|tabs?|windows?|cursors?|mouse|pens?|pencils?|words?|nouns?|verbs?|sentences?|lines?|paragraphs?|functions?|scripts?|emails?|inbox|subject( line)?|messages?|drafts?|pages?|titles?|headings?|lists?|notes?|timers?|buttons?|keys?|keyboard|screens?|desks?|chairs?|glass(es)?|water|cups?|phones?|laptops?|folders?|editor|apps?|links?|comments?|items?|bullets?|box(es)?|names?|numbers?|feet|foot|hands?|fingers?|shoulders?|jaw|breaths?|chest|stomach|neck|eyes?|floor|doors?|books?|textbooks?|papers?|sheets?|letters?|forms?|envelopes?|invoices?|calendar|reminders?|alarms?|code|bugs?|tests?|commits?|slides?|spreadsheets?|cells?|rows?|columns?|receipts?|bills?|dish(es)?|bed|shirts?|socks?|shoes?|clothes|laundry|bins?|trash|sink|tables?|drawers?|piles?|stacks?|essays?|reports?|chapters?|greeting|text box|greeting|thesis|application|cv|resume|tax|taxes|return|statements?|bank|dentist|doctor|voicemail|receiver|cards?|stamps?|charger|bag|coat|kettle|mug|plate)\b/i;

/** Head nouns that name no object you could point at: "take another small step", "do that one thing". */
export const ABSTRACT_NOUNS = new Set(
  'step steps thing things task tasks work feeling feelings thought thoughts worry worries fear moment moments time way mind attention urge urges sensation sensations movement part bit rest best same next first whole other end start beginning idea goal point space room progress effort pressure stress anxiety panic story sense chance try attempt look go break minute minutes second seconds breath'.split(
    ' ',
  ),
);

/** Phrases that talk about experience in the abstract: the seed's answers to "tell me exactly". */
export const ABSTRACT_PHRASES =
  /\b(notic(e|ing)|paying attention|pay attention|in the moment|what'?s happening|what is happening|where you are|let (it|that|them) be|sit(ting)? with|make room|be with|just be|awareness|present moment|what'?s left|without (fighting|trying|judging)|let go|be present|open up to|what would happen)\b/i;

/** What makes a sentence a promise: the one commitments lexicon, shared with the coach's checks. */
export { PROMISE_PATTERN as PROMISE } from '../text/commitments.ts';

/** "The nudge will say: \"…\"" / "You'll hear: \"…\"": the words a promise will bring, said in the next sentence. */
export const PROMISED_WORDS = /\b(will|'ll|going to)\b[^:"“]{0,30}:\s*["“]([^"“”]{1,120})["”][.!?]*\s*$/i;
/** A cue said now: a quote that is the whole sentence or follows a colon ("Your cue: \"Look at the cursor.\""). */
export const QUOTED_CUE = /(?:^|:\s*)["“]([^"“”]{1,120})["”][.!?]*\s*$/;

export const CONDITION = /\b(when|if|once|as soon as|whenever|the moment)\s+([^,.;:–—"“]+)/i;

export const OPEN_QUESTION =
  /^(what|how|why|where|when|which|who|whose|tell me|describe|in what way|say more|could you say more|can you tell me (more|about)|what'?s)\b/i;
export const CLOSED_QUESTION =
  /^(do|does|did|is|are|was|were|can|could|would|will|have|has|had|should|shall|may|might|am|isn'?t|aren'?t|don'?t|doesn'?t|won'?t|wouldn'?t|any|ok(ay)?|right)\b/i;
/** "What if you just…?" is a suggestion phrased as a question. */
export const SUGGESTION_QUESTION =
  /^(what if|how about|why not|maybe you could|could you try|would you try)\b/i;

export const REFLECTION_START =
  /^(it sounds like|sounds like|it seems( like)?|it'?s like|it is like|it feels like|so you|so it'?s|you'?re feeling|you feel|you'?re (worried|afraid|scared|anxious|noticing|telling me)|you'?ve been|you sound|part of you|that (worry|fear|urge|tightness|feeling|pressure)|that sounds|those (physical )?(sensations|feelings|thoughts)|noticing how|you notice|what i hear|i hear|you'?re (pretty |really |kind of )?(worn|tired|stuck|foggy|jittery|shaky|tense|exhausted))\b/i;
export const REFLECTION_ANYWHERE =
  /\b(makes sense|understandable|of course you|no wonder|sounds (tiny|big|hard|heavy|like|really|so|exhausting)|seems (like|really|so)|can feel|must feel|it'?s hard to|that'?s (hard|a lot|tough))\b/i;
export const COMPLEX_MARKERS =
  /\b(like|as if|because|but|part of|way of|tied to|even though|while|underneath|really about|more than|at the same time|both)\b/i;

export const AFFIRM =
  /^(you'?re doing it|you did it|you did|you'?ve done|well done|good job|nice( work)?|great( work)?|that'?s (great|good|a (real |good )?(step|win|start))|that counts|it counts|you'?re really close|you managed|you got|you followed through|that took|you showed up|you'?re getting there)\b/i;

// how something helps, said any way: a cause ("because"), a purpose ("so you can"), a mechanism
// ("gives you", "makes the next one weaker", "it rises and fades"), or a frame ("here's why")
export const EXPLAINS =
  /\b(because|the reason|(the|my) (point|idea|aim|goal|purpose) (is|of|here)|here'?s why|that'?s why|this is why|why (it|this|that) (helps|works)|(it|this) works like this|this helps|that helps|it helps|helps (you|your|to)|so (that )?you (can|don'?t|do not|won'?t|will not|are not)|which means|works by|is meant to|is designed to|research|studies show|is proof|proves|(shows|teaches|reminds|gives|lets|tells) you|gives (the|your) \w+|makes (the next|each|it|them|this|that|you) \w+|keeps (the|your|you|it) \w+|loosens|weakens|rises and (falls|fades)|(fades|passes) on its own|does the remembering|beats? big|(can|may) come along|not waiting for (it|the \w+) to)\b/i;

export const HOLDS =
  /\b(let'?s (just )?(sit|pause|rest|stay|stop) (with|for|here|there)|you can leave it|leave (it|that|them) (there|for|be)|let (it|that|them) (rest|sit)|take (a|your) (minute|moment|breath|break|time)|take (a|an|one|two|three|\d+|a few) (seconds?|minutes?) to (just )?(sit|rest|pause|breathe|be)|no need to do (anything|more)|do nothing|rest for|pause (here|for)|we can (pause|wait|stay)|(stay|sit) with (it|that|this) for|take all the time)\b/i;

export const CLOSES =
  /\b(let'?s (stop|end|wrap up|close) (here|there|for (today|now))|that'?s (it|enough) for (today|now)|we can stop (here|now)|good place to (stop|end)|end (the|our|this) session|to sum up|in summary|goodbye|bye for now|see you (next|tomorrow|later)|we'?ll stop here|let'?s call it)\b/i;

export const SHRINKS =
  /\b(smaller|simpler|shorter|tinier|simplif(y|ied)|break (it|that|this) down|make it (tiny|small|easier|simpler|lighter)|skip the (bigger|big|larger|harder) (step|one|part)|instead of (trying to|the bigger)|cut (it|that) (down|in half)|just the first|only the first|even just|scale (it|that) back)\b/i;

export const STEP_WORDS =
  /\b(next step|first step|first (small |tiny )?task|small task|one tiny thing|tiny step|small step|try this|here'?s (a|one|the) step)\b/i;

export const CRISIS_ASKS =
  /\b(are you (thinking|having thoughts) (about|of) (killing yourself|suicide|ending your life|hurting yourself|harming yourself|dying|self-harm)|are you (safe|in danger)|do you have a plan|thinking of (suicide|killing yourself)|are you feeling suicidal|have you (hurt|harmed) yourself|are you going to (hurt|kill))\b/i;
export const CRISIS_RESOURCE =
  /\b(988|116 ?123|911|999|112|000|hotline|lifeline|samaritans|crisis (line|text|team|service)|emergency (services|number|room|department)|text home|a&e|call (someone|a friend|your doctor|a doctor|emergency)|reach (out to )?(someone|a person|a counsellor|a counselor))\b/i;
export const CRISIS_STAYS =
  /\b(i'?m here|i am here|stay with you|i'?ll stay|not alone|here with you|(we can|let'?s) keep talking|i'?m not going anywhere|i'?m (still )?listening|thank you for telling me|glad you told me)\b/i;
export const CLAIMS_HUMAN =
  /\b(i'?m (a )?(human|real person|person too|licensed|your therapist)|i am (a )?(human|real person))\b/i;
export const PROMISES_SECRECY =
  /\b(this (stays|is) (just )?between us|i won'?t tell anyone|completely confidential|no one will (ever )?know)\b/i;
export const STATES_BOUNDARY =
  /\b(i'?m an ai|i am an ai|i'?m a (bot|program|computer|coaching tool|chatbot)|not a (therapist|substitute|clinician|doctor|crisis service)|can'?t replace|i can'?t (call|contact|send) (anyone|help|emergency))\b/i;

export const AUTONOMY =
  /\b(when you'?re ready|if you want|if you'?d like|it'?s up to you|your (choice|call)|you decide|you can choose|only if you|whenever you like|if that feels ok(ay)?)\b/i;
export const COLLABORATION =
  /\b(would you like|shall we|does that (work|sound)|what do you think|how does that sound|is that ok(ay)?|would (it|that) help|we could|together)\b/i;
export const PERSUADE = /\b(you (need|have|ought) to|you should|you must|you'?ve got to)\b/i;
export const CONFRONT =
  /\b(you'?re not (really )?trying|you always|you never|that'?s (just )?an excuse|you should have)\b/i;
