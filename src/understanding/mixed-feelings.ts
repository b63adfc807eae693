/**
 * Two pulls at once (issue 17): wanting something and not ("which is what i wanted but also not"),
 * or caught between two moves that each cost ("if i say something im dramatic and if i dont im a
 * pushover", "idk if i shld say smth or act like i didnt see"), or a shrug that shows the opposite
 * ("whatever i dont care"). Said back word for word such a line read as a parrot or a contradiction;
 * heard as both sides it is a complex reflection. `text`: the line as written, for the reflection's slot.
 */
import type { MixedObservation } from '../spec/observation.ts';
import type { ReaderContext, Reading } from './reader.ts';

// one thing felt both ways: "what i wanted but also not", "part of me … part of me"
const BOTH_WAYS =
  /\b(?:wanted|want|like|liked|love|needed)\b[^.!?]{0,20}\bbut (?:also |at the same time )?(?:not|don'?t|didn'?t)\W*$|\bpart of me\b[^.!?]*\bpart of me\b|\bkind of(?: do| want to)?,? (?:and|but) kind of (?:not|don'?t)\b/i;
// a choice between two moves that each cost: "if i say something… and if i dont…", "say smth or act like"
const TORN =
  /\bif i (?:say|do|tell|go|ask|speak|text|call|stay|leave)\b[^.!?]{0,60}\b(?:and |but |or )?if i (?:don'?t|dont|do not|stay quiet|say nothing)\b|\b(?:idk|i don'?t know|dont know|not sure) (?:if|whether) (?:i )?(?:should|shld|shud|must|have to|need to)?\s*(?:say|tell|text|call|go|ask|do)\b[^.!?]{0,40}\bor (?:not|act like|pretend|leave it|just (?:leave|ignore|let))\b|\bdo i (?:say|tell|text|call|go|ask|do)\b[^.!?]{0,30}\bor not\b/i;

// a short shrug that says it doesn't matter, after something that plainly did: "whatever i dont care"
const SHRUG = /^\W*(?:whatever|meh|w\/e)\W+(?:i (?:don'?t|do not) care|doesn'?t matter|who cares)\W*$/i;

// at ease with something hard, undone by one thing: "i can talk to a room of fifty kids but one phone
// call and i go to pieces", "i can pull a bloke out of a rip but talking to 5 people makes me want to
// drown"; not a plain "i can ask but im scared" (no ease in it), nor "i can do it but not today";
// said back, the boast alone was heard and the point missed (v22, the round-12 lead's reading)
const CAPABLE =
  /\bi (?:can|can easily|have no problem|am fine|'m fine|m fine)\b(?! (?:do|try|ask|see|go|say|tell|call|text|just|probably|maybe|still|get|be)\b)[^.!?]{8,80}?\bbut\b(?![^.!?]{0,20}\bbothered\b)(?![^.!?]{0,12}\b(?:not (?:today|now|tonight|yet)|later|tomorrow)\b)[^.!?]{0,80}?\b(?:can'?t|cant|cannot|can not|freeze|froze|panic\w*|pieces|drown|scared|terrified|dread\w*|fall apart|falls apart|shak\w*|put(?:ting)? (?:it )?off|melt\w*|clam up|go blank|goes blank|lose it|sick|anxious|nervous|useless|avoid\w*|hide|run a mile|bottle it)\b/i;

/** Every pattern the reader can answer on (reader-gates.ts gates the reader on their literals). */
export const MIXED_PATTERNS: readonly RegExp[] = [TORN, BOTH_WAYS, SHRUG, CAPABLE];

export function readMixedFeelings(context: ReaderContext): Reading[] {
  const text = context.text;
  const form = TORN.test(text)
    ? 'torn'
    : BOTH_WAYS.test(text)
      ? 'both-ways'
      : SHRUG.test(text)
        ? 'shrug'
        : CAPABLE.test(text)
          ? 'capable'
          : undefined;
  if (!form) return [];
  const observation: MixedObservation = { kind: 'mixed', form, text: text.trim(), span: [0, text.length] };
  return [{ observation, confidence: 0.7 }];
}
