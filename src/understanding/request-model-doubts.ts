/**
 * Requests the learned model reads in a turn that asks for nothing of the kind: a bag of words sees
 * "need … a minute" or "too small" and cannot tell a time told or a verdict from an ask.
 */
import type { RequestType } from '../spec/observation.ts';
import { describesReminderWithoutAsk } from './reminder-described.ts';

// "i just need to vent for a minute" asks to be heard now, not for a pause: the model reads "need … a minute" as one
const ASKS_TO_BE_HEARD =
  /\b(?:vent\w*|rant\w*|talk\w*|moan\w*|offload\w*|unload\w*|let (?:it|this) out|get (?:it|this|things) (?:out|off my chest))\b/;

const ONLY_BACK = /^\W*(?:(?:i'm|im|i am|ok|okay)\s+)?back(?:\s+(?:now|again))?\W*$/;
// "20 min on hold", "i sat there 40 mins": a time told as something that happened, with no word that asks for
// the pause; the model read the duration as one (conversations-v16, read after its run: "ring them. on my
// break. 20 min on hold. nah" got "Let's leave it there for 20 minutes")
const TIME_TOLD = /\b(?:on hold|waited|queued|sat|spent|took|lasted)\b/;
const PAUSE_ASKED =
  /\b(?:give me|gimme|brb|back in|be back|pause|put (?:this|it|that|us|things|the chat) on hold|(?<!\bon (?:my|a|the|his|her) )break|hang on|hold on|hold up|sec|secs|second|wait|let me|lemme|need)\b/;
const KNOWS_THE_STEP =
  /\bi\s+(?:already\s+|do\s+)?know\s+(?:exactly\s+|perfectly\s+well\s+)?what\s+(?:to\s+do|i\s+(?:need|have|ought)\s+to\s+do|i\s+should\s+do)\b/;
const ASKS = /\?|\btell me\b|\bwhat (?:do|should|can) i\b|\bhow do i\b|\bgive me\b|\bhelp me\b/;
const EVEN_THE_POINT = /\bwhat(?:'s|s|\s+is)\s+even\s+the\s+point\b/;
// "everything sounds too small for him" (v14), "a hat thats too small": not enough is no ask for less
const TOO_LITTLE = /\btoo (?:small|little|tiny|short|easy)\b/;
// "sorry thats too much info", "tmi": an apology for oversharing, not a step that is too big
const OVERSHARED = /\btoo much (?:info|information|detail)\b|\btmi\b|\bovershar/;
// "why is it always me", "why does nobody answer": a why about the world or their lot, with nothing of ours
// in it (fresh r18: the model read an explain ask; "why would that help" names what we said, and stays)
const WHY_OF_THE_WORLD =
  /^\W*why\s+(?:is|are|was|does|do|did|can't|cant|won't|wont|must)\s+(?:it\s+(?:always|like\s+this|so)|everything|everyone|nobody|no\s+one|people|they|life|things|the\s+world|it\s+(?:have|has)\s+to\s+be)\b(?![^.?!]*\b(?:step|exercise|help|helps|work|works|you|u)\b)/;
// "how does this work? my granddaughter set it up": a question about the app someone else put there, not a
// why asked of a step of ours
const SET_UP_BY_SOMEONE =
  /\b(?:set\s+(?:it|this|me)\s+up|installed\s+(?:it|this)|put\s+(?:it|this)\s+on\s+(?:my|the))\b/;
// "sure, if you say so": a grudging yes (push-back.ts reads it as the idea turned down), not an ask for words
const IF_YOU_SAY_SO = /\bif (?:you|u) say so\b/;
// "they call the next nurse", "step 1 next month": "next" naming a time or a person, with no ask in the
// turn; the model read an ask for the next step (seen sets: answered with a glass of water)
const NEXT_AS_WORD = /\bnext\s+(?!step|one|thing|bit|part|move)[a-z]/;
const NEXT_ASKED =
  /\?|\bwhat\b|\bwhere\b|\bhow\b|\b(?:tell|give|show)\s+me\b|\bnext\s+(?:step|one|thing|bit|part|move)\b|\bnext\W*$/;
const LESS_ASKED = /\b(?:smaller|simpler|shorter|easier|tinier|too (?:big|much|hard|long))\b/;

// "if i block them then its actually over", "i did. then i check his profile": a plan of their own with "then",
// and no word that asks anyone for anything later (conversations-v20, -v28: the model read nudges, a minute's
// promise followed). Every nudge labelled in v1–v30 has one of these: someone addressed, a word of reminding,
// or a time ("in 10", "at half 9 pls", "after lunch")
const NUDGE_ASKED =
  /\b(?:me|us|you|u|ya|remind\w*|ping\w*|nudge\w*|poke|prod|txt|text|msg|message|alarm|shout|hmu|lemme|back|continue|pick|check\s+(?:on|in|back|with|up|if|that|whether))\b|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|half|quarter|hours?|hrs?|mins?|minutes?|secs?|seconds?|lunch|dinner|tea|tonight|tomorrow|later|morning|evening|noon|midnight)\b/;

// "work have put me on 5.30 starts from friday", "my shift is at 6": a timetable told, with a time and "me" in it
// but no word that asks us for anything (round 19: a simulated client's aside got "At 5:30pm on Friday, I'll
// remind you here about every ticket", a promise nobody asked for)
const SCHEDULE_TOLD =
  /\b(?:starts|finishes|shifts?|lates|earlies|nights|rota|rostered|clock(?:ing)? (?:in|on))\b/;
const REMINDER_ASKED =
  /\b(?:remind\w*|ping\w*|nudge\w*|poke|prod|chase|txt|text|msg|message|alarm|hmu|check\s+(?:on|in|back|with|up)|can (?:you|u)|could (?:you|u)|will (?:you|u)|would (?:you|u)|pls|plz|please)\b/;

/** Whether a request type the model read is not asked in the turn (`folded`: the prepared text). */
export function modelRequestDoubted(type: RequestType, folded: string): boolean {
  if (type === 'pause' && ASKS_TO_BE_HEARD.test(folded)) return true;
  // a turn that only says "back" is the person returning, not asking for a pause (v5, v6, v7)
  if (type === 'pause' && ONLY_BACK.test(folded)) return true;
  if (type === 'pause' && TIME_TOLD.test(folded) && !PAUSE_ASKED.test(folded)) return true;
  // "i know exactly what to do, i just dont do it": knowing the step is no ask for one, unless asked too
  if (type === 'concrete' && KNOWS_THE_STEP.test(folded) && !ASKS.test(folded)) return true;
  if (type === 'explain' && EVEN_THE_POINT.test(folded)) return true;
  if (type === 'explain' && (WHY_OF_THE_WORLD.test(folded) || SET_UP_BY_SOMEONE.test(folded))) return true;
  if (type === 'next' && NEXT_AS_WORD.test(folded) && !NEXT_ASKED.test(folded)) return true;
  if (type === 'cue' && IF_YOU_SAY_SO.test(folded) && !/\b(?:tell me|say it)\b/.test(folded)) return true;
  // "i've got a reminder on my phone that i swipe away every morning at 6": told, not asked for
  if (type === 'nudge' && describesReminderWithoutAsk(folded)) return true;
  if (type === 'nudge' && !NUDGE_ASKED.test(folded)) return true;
  if (type === 'nudge' && SCHEDULE_TOLD.test(folded) && !REMINDER_ASKED.test(folded)) return true;
  if (type === 'smaller' && TOO_LITTLE.test(folded) && !LESS_ASKED.test(folded)) return true;
  if (
    type === 'smaller' &&
    OVERSHARED.test(folded) &&
    !/\b(?:smaller|simpler|shorter|easier|step)\b/.test(folded)
  )
    return true;
  return false;
}
