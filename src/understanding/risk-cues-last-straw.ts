/**
 * Round 18, by kind (read across every seen set, v1–v32, not one set's sentences): an ending said as a last
 * straw or a quiet "what if", with no method and none of the older cues' words. All `possible`: the direct
 * question is cheap and the person's answer settles it.
 * - a condition with the ending after it: "if the shop shuts that's me finished", "if i fail that's it for me",
 *   "giving it till spring and if nothing changes then that's it";
 * - "done" said twice, the second time harder: "i'm done. so done", "im done done", "i'm finished. completely
 *   finished" (not "done with the essay": a thing finished);
 * - not coming home, asked of oneself: "what if i just didn't come home one day", "what if i never went back".
 */
import type { RiskCue } from './risk-cues.ts';

// "that's it for me tonight, off to bed", "that's me done for the day": an evening or a shift ended, not a life
const NOT_A_SPELL_ENDED =
  '(?! (?:for )?(?:tonight|today|now|this (?:week|year|term|season|morning|evening)|the (?:day|night|week|year|season)|at (?:work|the|this)|in (?:the|this|that|my|a) (?!world|life)\\w+|with (?:the|this|that|him|her|them|it|work|college|uni))\\b)';
const ENDING_AFTER_A_CONDITION =
  "(?:(?:that'?s|thats|that is|its|it'?s) it for me|(?:that'?s|thats|that is) me (?:finished|done|gone|out)(?: too)?(?:,? (?:and i mean|i mean) (?:properly|for good|it))?)";
// "give it till christmas … then that's it": the person sets a day for the ending
const GIVE_IT_UNTIL =
  /\b(?:giv(?:e|ing) it|giv(?:e|ing) myself|i'?ll give it|ill give it) (?:til|till|until|to|untill|'?til) [^.!?]{1,40}\b(?:and )?(?:if [^.!?]{1,40})?(?:then )?(?:that'?s|thats|that is|its|it'?s) it\b(?! for (?:the|this) (?:job|course|house|car|relationship|diet|band|team|club))/;
// "sold my boxing gear, gave the dog to my cousin. dont need ...": a gift or a sale, then "won't need" (across a stop)
const GIVEN_AWAY = String.raw`\b(?:gave|given|giving|sold|selling|handed) (?:away )?(?:all )?(?:of )?my \w+[^.!?]{0,80}[.!?,;]\s*(?:and )?(?:i )?(?:won'?t|wont|will not|don'?t|dont|do not|shan'?t) (?:be )?need(?:ing)? `;
const DONE_WORD = '(?:done|finished)';
// "i'm done, done with that essay", "done done lol", "done and dusted!!": a thing finished, or a laugh
const NOT_A_THING_DONE =
  '(?!\\W{0,3}(?:with (?!(?:all of it|it all|everything|life|living|people|everyone|all this|this life)\\b)|and dusted|lol|lmao|haha|😂|🤣|!{2,}|smoking|drinking|dating|uni|school|college|work|this (?:job|course|diet)))';
// "its done done", "the track is done done": "done done" said of a thing (round 18: a mixed and mastered song)
const NOT_A_THING_BEFORE =
  "(?<!\\b(?:it'?s|its|it is|that'?s|thats|that is|is|was|are|were|all|got it|get it) )";
const A_DAY =
  '(?:(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month)|tomorrow|tonight|then|the (?:weekend|results|exams?))';
// "not my problem after friday, i'm handing the project over": a job or a home left, not a life
const HANDED_OVER =
  '(?:job|project|work|shift|contract|notice|hand(?:ing|ed)? (?:it )?over|handover|quit|quitting|leaving (?:the|this|my) (?:job|company|flat|house)|moving|lease|tenant|landlord|deadline|boss|client)';
const HARDER =
  '(?:so |just |totally |properly |completely |fully |absolutely |really |truly |well and truly |actually )';

export const RISK_CUES_LAST_STRAW: readonly RiskCue[] = [
  {
    // "if the harvest fails that's it for me", "if the shop shuts thats me finished too, and i mean properly"
    id: 'ending-after-a-condition',
    type: 'suicide',
    level: 'possible',
    // "if this exam goes bad thats it for me": the exam is the condition, not a story told
    studyIsTheCondition: true,
    // "if she leaves, that's it for me": the "she" of the condition is not whose ending it is
    selfWhateverSubject: true,
    pattern: new RegExp(String.raw`\bif\b[^.!?]{3,80}?\b${ENDING_AFTER_A_CONDITION}\b${NOT_A_SPELL_ENDED}`),
  },
  {
    // "giving it till the new year and if nothing's different then that's it"
    id: 'ending-on-a-set-day',
    type: 'suicide',
    level: 'possible',
    pattern: GIVE_IT_UNTIL,
  },
  {
    // "if anything happened to me on the drive at least i'd finally rest": harm by chance welcomed as rest
    id: 'rest-if-harmed',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:if|when) (?:something|anything) (?:happened|happens|were to happen|was to happen) to me\b[^.!?]{0,50}\b(?:at least|finally|then) (?:i'?d |id |i would |i could |i'?ll |ill |i get to )?(?:finally )?(?:get (?:some )?)?(?:rest|peace|sleep|be free|be at peace|stop)\b/,
  },
  {
    // "what if i just didn't come home one day", "wat if i never went back, ever": a "what if" about not returning
    id: 'not-coming-home-wondered',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\bw(?:h)?at if i (?:just |simply )?(?:didn'?t|didnt|did not|never) (?:come|came|go|went|get|got|drive|walk|make it) (?:home|back)\b(?:[^.!?]{0,40}\b(?:ever|one day|one night|again|at all|for good)\b|\W*(?:\?|$))/,
  },
  {
    // "it would be restful to just not come back from the drive", "easier if i never went home": rest or ease found
    // in not returning (the lead's fresh class, round 19; real-style turns: only disclosures hold the shape)
    id: 'not-returning-welcomed',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:restful|peaceful|nice|easier|simpler|a relief|tempting|so easy)\b[^.!?]{0,30}?\b(?:to |if i )?(?:just )?(?:not|never|didn'?t|didnt) (?:come|came|go|went|get|got|drive|walk|make it) (?:back|home)\b(?! to (?:work|school|uni|college|the office|the job|my job|that|it|them|him|her)\b)/,
  },
  {
    // "won't be my problem after friday anyway", "after next week it won't matter": an ending tied to a day (the
    // lead's fresh class, round 19), not a job or a home handed over
    id: 'ending-tied-to-a-day',
    type: 'suicide',
    level: 'possible',
    pattern: new RegExp(
      String.raw`(?:\b(?:won'?t|wont|will not) be (?:my|anyone'?s|anyones|anybody'?s) problem (?:after|by|from)|\b(?:won'?t|wont|will not|wouldn'?t|wouldnt) matter (?:after|by)) ${A_DAY}(?=\s*(?:anyway|anymore|any more|[.!?,]|$))(?![^.!?]{0,60}\b${HANDED_OVER})|\b(?:after|by) ${A_DAY},? (?:it )?(?:won'?t|wont|will not) matter(?=\s*(?:anyway|anymore|any more|to me|[.!?,]|$))(?![^.!?]{0,60}\b${HANDED_OVER})`,
    ),
  },
];

/** "i'm done. so done": the second "done" is most often a sentence of its own, so these cross a full stop. */
export const RISK_CUES_LAST_STRAW_ACROSS: readonly RiskCue[] = [
  {
    // "im done. im so done", "i'm done. properly done.", "done done. cant anymore", "i am finished, totally finished"
    id: 'done-said-twice',
    type: 'suicide',
    level: 'possible',
    // "if he doesn't text back im done. for good": the "he" of the condition is not whose ending it is
    selfWhateverSubject: true,
    pattern: new RegExp(
      String.raw`\b(?:(?:i'?m|im|i am) ${HARDER}?${DONE_WORD}(?:\W{1,4}(?:(?:i'?m|im|i am) )?${HARDER}?| )|${NOT_A_THING_BEFORE}${DONE_WORD} )${DONE_WORD}\b${NOT_A_THING_DONE}|\b(?:i'?m|im|i am) ${HARDER}?${DONE_WORD}\W{1,4}(?:for good|for real|forever|for ever)\b${NOT_A_THING_DONE}`,
    ),
  },
  {
    // "gave my tools to my nephew. won't need them where i'm going": things given away, then a place gone to
    id: 'given-away-where-going',
    type: 'suicide',
    level: 'clear',
    negationInside: true,
    pattern: new RegExp(
      String.raw`${GIVEN_AWAY}(?:them|it|her|him|any of (?:it|them|this)) where (?:i'?m|im|i am) going\b`,
    ),
  },
  {
    // "gave my dog to my mate. wont need to walk him again": things given away, then a habit of a life ended; asked
    // about, as it may be a hobby given up ("gave all my climbing gear to the club, won't need to use it again")
    id: 'given-away-habit-ended',
    type: 'suicide',
    level: 'possible',
    negationInside: true,
    pattern: new RegExp(
      String.raw`${GIVEN_AWAY}to \w+ (?:them|it|her|him) (?:again|anymore|any more|ever again)\b(?![^.!?]{0,40}\b(?:new one|a new|another|car|upgrad\w*|replac\w*|moving|moved|lease|electric)\b)`,
    ),
  },
];
