import { secondPerson } from './words.ts';

/**
 * The words a nudge will say, turned to the person. "remind me to take my meds" is said in their voice and
 * turned round ("Take your meds."); "text me at 9 to say put ur phone away" is already said to them, and
 * turning it made the nudge say "Put my phone away." (v31). Words that speak to them and never of the
 * speaker are kept as said; "remind me to tell you how it went" speaks to us, and is turned.
 */
const TO_THEM = /\b(?:you|your|yours|yourself|you're|youre|you've|you'll)\b/i;
const OF_THE_SPEAKER = /\b(?:i|me|my|mine|myself|i'm|im|i've|ive|i'll)\b/i;
// a telling aimed at us: "tell you how it went", "let you know", "send you the draft"
const TOLD_TO_US = /\b(?:tell|let|show|update|send|give|ask|message|text|call|ping)\s+you\b/i;

export function nudgeWordsToThem(phrase: string): string {
  if (TO_THEM.test(phrase) && !OF_THE_SPEAKER.test(phrase) && !TOLD_TO_US.test(phrase))
    return phrase.trim().replace(/[.,;:!?]+$/, '');
  // (the shared turning makes every "you" an "I"; after a verb of telling it is "me": "tell me how it went")
  return secondPerson(phrase).replace(TOLD_TO_ME, (_whole, verb: string) => `${verb} me`);
}
const TOLD_TO_ME = /\b(tell|let|show|update|send|give|ask|message|text|call|ping)\s+I\b/g;
