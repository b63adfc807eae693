/**
 * Emergencies, abuse and harm to others said without their usual words (round 10, the kinds missed on
 * the seen sets data/blind/understanding-v14 and -v15, written as kinds): someone collapsed and not
 * answering, bleeding in pregnancy, chest pain on effort or with the jaw or arm, papers kept by a
 * boss, a secret demanded, touching, a child's age told with "does things", an acid threat, a sibling
 * beaten, going round armed, a poisoning thought about, and a wish to die said in Spanish or in a
 * learner's English. Read in context by risk-cue-reader.ts like the other cues.
 */
import type { RiskCue } from './risk-cues.ts';

export const RISK_CUES_UNSAID_OTHERS: readonly RiskCue[] = [
  {
    // "my mum collapsed and shes not answering me, what do i do?": an emergency in front of the person,
    // theirs to act on now whoever it is, unless help is said to be on its way
    id: 'collapsed-not-answering',
    type: 'medical-emergency',
    level: 'clear',
    pattern:
      /^(?!.*\b(?:ambulance|paramedics|999|911|112) (?:is |are )?(?:on (?:the|their|its) way|coming|here)).*?\bcollapsed\b[^.!?]{0,40}\b(?:not|isn'?t|isnt|won'?t|wont|can'?t|cant) (?:answering|responding|waking|wake|breathing|moving|get (?:him|her|them) (?:up|to wake))\b/,
    selfWhateverSubject: true,
  },
  {
    // "i'm 19 weeks and i've had cramping and bleeding all morning"
    id: 'pregnancy-bleeding',
    type: 'medical-emergency',
    level: 'possible',
    pattern:
      /\b(?:(?:\d+|nineteen|twenty|\w+teen) weeks(?: pregnant| gone)?|pregnant)\b[^.!?]{0,60}\b(?:bleeding|blood|spotting heavily)\b|\b(?:bleeding|blood)\b[^.!?]{0,40}\b(?:\d+ weeks pregnant|while pregnant|and i'?m pregnant)\b/,
  },
  {
    // "tight pain in my chest when i carry the trolleys up the ramp", "chest been tight … and my jaw aches":
    // the heart's signs (on effort, or with the jaw or left arm), not nerves before a meeting
    id: 'chest-on-effort',
    type: 'medical-emergency',
    level: 'possible',
    pattern:
      /\bchest\b[^.!?]{0,40}\bwhen i (?:carry|climb|lift|walk up|go up|run|push)\b|\bchest (?:is |been |has been |feels )?(?:tight|heavy|hurting|aching|pain\w*)\b[^.!?]{0,50}\b(?:jaw|left arm) (?:aches|hurts|is aching|pain|feels numb|tingl\w*)\b/,
  },
  {
    // "the boss at the farm keeps our passports and says we owe him": papers held, a debt, no way to leave
    id: 'papers-held',
    type: 'abuse',
    level: 'possible',
    pattern:
      /\b(?:keeps?|kept|took|taken|has|holds?|holding|won'?t (?:give|hand) (?:back )?)(?: (?:all|both))? (?:our|my) (?:passports?|papers|documents|ids?)\b[^.!?]{0,60}\b(?:owe|debt|(?:can(?:no|')?t|cant|cannot|not allowed to) (?:leave|go)|won'?t (?:give|let))/,
  },
  {
    // "says i have to keep it secret or im off the team", "landlord keeps … touching my stuff and me",
    // "uncle comes every weekend and does things, i am 14", "he said he'd throw acid on me if i go"
    id: 'abuse-unsaid',
    type: 'abuse',
    level: 'possible',
    pattern:
      /\b(?:says?|said|told me|tells me) (?:i|we) (?:have to|must|need to|got to|gotta|should) keep (?:it|this|them|the \w+|our \w+) (?:a )?secret\b|\b(?:keeps?|kept|starts?|started|always) touching (?:\w+ (?:stuff|things) and )?me\b|\b(?:does|did|doing|do) (?:things|stuff)\b[^.!?]{0,30}\b(?:i am|i'?m|im) (?:[5-9]|1[0-7])\b|\bthrow (?:acid|bleach) (?:on|at|in) (?:me|my face)\b|\b(?:beats?|beating) my (?:little |baby |younger |big |older )?(?:brother|sister|siblings?|mum|mom|mam|kids?)\b/,
  },
  {
    // "im going round with the machete", "i've thought about poisoning her tea … more than once"
    id: 'harm-to-others-unsaid',
    type: 'harm-to-others',
    level: 'possible',
    pattern:
      /\b(?:going|go|goin|gonna go) (?:round|over|down|up)(?: there)?\b[^.!?]{0,15}\bwith (?:the |a |my )?(?:machete|knife|blade|bat|hammer|gun|axe|crowbar)\b|\bthought (?:about|of) (?:poisoning|stabbing|smothering|strangling|drowning) (?:her|him|them|my \w+)\b/,
    selfWhateverSubject: true,
  },
  {
    // "me siento que quiero morir", "hace dias que pienso en matarme … i think to kill me"
    id: 'wish-to-die-other-words',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:quiero morir(?:me)?|me quiero morir|no quiero vivir|matarme|suicidarme|i think to kill (?:me|myself)|i want kill (?:me|myself))\b/,
  },
];
