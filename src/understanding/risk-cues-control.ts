/**
 * Round 16, abuse told as a pattern of control or neglect, not as a blow (seen v12–v27 misses; the lead's fresh
 * sets hold the same class): someone's phone, friends or clothes ruled, the children held over leaving, a
 * person pinned or shoved "again", food locked away, a dependent person left soiled. All 'possible': the kind
 * question is asked, and the answer settles it.
 */
import type { RiskCue } from './risk-cues.ts';

const CLOSE = String.raw`(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|father|mum|mom|mother|stepdad|stepmum|uncle|aunt|son|daughter|brother|sister|carer|coach|boss|manager|landlord|mother in law|father in law|fiance\w*)|(?:mum|mam|mom)'?s boyfriend)`;

export const RISK_CUES_CONTROL: readonly RiskCue[] = [
  {
    // "my boyfriend checks my phone and tells me what i can wear", "my wife keeps me away from my friends"
    id: 'life-controlled',
    type: 'abuse',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b${CLOSE} (?:\w+ )?(?:(?:checks|reads|goes through|tracks) my (?:phone|messages|texts|emails|location)\b[^.!?]{0,40}\b(?:tells me|decides|won'?t let me|wont let me|doesn'?t let me|keeps me)|tells me what i (?:can|can'?t|cant|am allowed to) (?:wear|eat|say)|keeps me (?:away )?from (?:my |seeing )?(?:friends|family|sister|brother|mum|mom|parents)|won'?t let me (?:see|leave|go out|have) (?:my )?(?:friends|family|the house|money|a phone))`,
    ),
  },
  {
    // "he says if i leave he will make sure i never see the kids"
    id: 'children-held-over-leaving',
    type: 'abuse',
    level: 'possible',
    pattern:
      /\bif i (?:leave|go|left|tell anyone)\b[^.!?]{0,30}\b(?:make sure i (?:never|don'?t|dont) see|take|keep|i'?ll never see|i will never see|never see) (?:the|my|our) (?:kids|children|baby|son|daughter)\b/,
  },
  {
    // "me mam's boyfriend put me against the wall again", "my wife screams at me and throws things"
    id: 'pinned-or-shoved-again',
    type: 'abuse',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b${CLOSE} (?:\w+ )?(?:(?:put|pushed|pinned|shoved|held|slammed) me (?:up )?against the (?:wall|door|fridge|floor)|gets violent|screams at me and throws|throws things at me)`,
    ),
  },
  {
    // "my mother in law locks food away", "my carer leaves me in wet sheets all day"
    id: 'neglect-of-a-dependent',
    type: 'abuse',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:${CLOSE} (?:\w+ )?locks? (?:the |my )?food (?:away|up)|(?:leaves|left|leave) me in (?:wet|dirty|soiled|soaked) (?:sheets|clothes|bed|pads?)|${CLOSE} (?:doesn'?t|doesnt|won'?t|wont) (?:feed me|let me eat|give me food))\b`,
    ),
  },
];
