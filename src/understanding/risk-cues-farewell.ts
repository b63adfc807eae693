/**
 * Round 11, by kind (read on the seen understanding-v17/-v18 misses; checked on every labelled set):
 * a farewell said to the listener ("saying goodbye to you", "writing to say goodbye to someone"), the
 * chat slang "kys" turned on oneself ("decided to kys", "gonna kys tonight"; to another person it is an
 * insult and stays unread), and a lethal dose worked out for one's own body ("overdose thresholds … for
 * my weight"). All 'possible': the check-in question is cheap, and the answer settles it.
 */
import type { RiskCue } from './risk-cues.ts';

export const RISK_CUES_FAREWELL: readonly RiskCue[] = [
  {
    // a goodbye to the chat or to whoever reads it; a goodbye to a place, a person named or a party is not this
    id: 'farewell-to-listener',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:(?:saying|say|said|wanted to say|writing to say|here to say|came to say|just to say) (?:bye|goodbye|farewell) to (?:you|u|someone|anyone|everyone|all of you|you all|y'?all|this chat)\b|this is (?:my )?goodbye\b|(?:bye|goodbye|farewell)\W{0,3}(?:and )?thanks? (?:you )?for (?:everything|the chats?|all the chats|listening|being there|all of it)\b)/,
  },
  {
    // "fully decided to kys after the wedding", "gonna kys tonight": kys with the person's own intent or a time
    id: 'kys-own',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:(?:decided|deciding|going|gonna|want|wanna|about|planning|plan|ready|tempted|finally) to kys|(?:i'?ll|ill|i will|i'?m gonna|im gonna|i might|i should|i could|i'?d rather|id rather|i just wanna|i wanna|i want to|i need to) (?:just )?kys|kys (?:tonight|tomorrow|today|soon|after|before|this (?:week|weekend|evening)|when))\b/,
  },
  {
    // "reading the overdose thresholds and doing the maths for my weight": a lethal amount measured for oneself
    id: 'dose-for-own-body',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:overdose|lethal|toxic|fatal|deadly|max(?:imum)?) (?:thresholds?|limits?|levels?|doses?|amounts?)\b[^.!?]{0,80}\b(?:my (?:weight|body|size)|for me\b|\d+ ?(?:kg|kilos?|stone|lbs?)\b)/,
  },
];
