/**
 * Whether a clause of the person's can be said back as a sentence of ours. A reflection repeats
 * their words with the person changed; a clause that is a question, a fragment cut off at "as" or
 * "because", or chat-speak mid-line reads as garble when said back ("So if you can have because
 * your papers", "you keep getting up at six as"). Such a clause is heard, not repeated: the
 * coach says something else (a feeling, a question) instead.
 * @example isReflectable("I can't even make myself open it") // true
 * @example isReflectable("how do I tell her") // false: a question, said back it is not one
 */
import { checkReply } from './language-check.ts';
import { mendLearnerGrammar } from './learner-grammar.ts';
import { toSecondPerson, trimClause } from './person.ts';
import { soundsStandard } from './standard-grammar.ts';
import { endsWhole } from './whole-end.ts';

// a clause that starts like this depends on another clause, or asks something
const DEPENDENT_START =
  /^(?:because|cause|cuz|coz|since|if|unless|although|though|as|when|whenever|while|until|till|whether|so that|even if|what|why|how|who|where|which|should i|do i|did i|can i|could i|would i|will i|am i|is it|does|do you|can you|could you)\b/i;
// a request about the talk itself ("can we not do the job thing right now") or a shrug that says the
// opposite of what it shows ("whatever i dont care"): said back, each read to a rater as garble or
// as contradicting them
const NOT_A_TELLING =
  /^(?:can we|could we|shall we|can't we|cant we|let's|lets)\b|\b(?:whatever|who cares)\b|\bi (?:don't|dont|do not) (?:even )?care\b/i;
// a clause without its subject ("been staring at it for hours"), or opened on a hedge that has none
// ("sounds soft i know", "maybe better i just stay"), or whose subject was the clause before ("makes me
// feel like a kid", said back "So makes you feel like…"): said back, it has no one in it, or reads as
// our agreeing with the hedge (blind raters: "garbled echo", "seems to endorse giving up")
const NO_SUBJECT =
  /^(?:been|being|got|gotten|had|has|was|were|am|is|are|gonna|wanna|doing|going|feeling|dunno|find|found|came|went|saw|sat|tried|kept|felt|miss|missed|hate|love|need|want|don't|dont|didn't|didnt|can't|cant|won't|wont|doesn't|doesnt|sounds|seems|looks|feels|maybe|probably|prob|better|kinda|sorta|makes|made|gets|keeps|takes|took|says|said|gives|gave|puts|leaves|left|comes|starts|started|wants|needs|thinks)\b/i;
// a harsh label they put on themselves is heard as how hard they are on themselves, never said back as fact
const HARSH_SELF_LABEL =
  /\b(?:i'm|im|i am)\s+(?:so\s+|just\s+|such\s+a\s+|a\s+|an\s+|really\s+)*(?:rubbish|useless|stupid|hopeless|pathetic|worthless|a failure|failure|an idiot|idiot|a mess|mess|a loser|loser|crap|terrible|awful|dumb|thick)\b/i;
// a put-down by comparison ("i read like a wee one", "i cried like a baby"): said back or asked about, it
// repeats the put-down ("What's it like when you read like a wee one?", round 14 lead classes)
const PUT_DOWN_LIKE =
  /\blike (?:a |an )?(?:wee one|wean|child|kid|little kid|baby|toddler|(?:five|5|six|6|seven|7)[- ]year[- ]old|idiot|moron|loser|failure|fool|freak|weirdo|clown|muppet|numpty)\b/i;
// a clause that ends on one of these was cut off mid-thought
const DANGLING_END =
  /\b(?:a|an|the|and|or|but|so|as|to|of|for|with|at|in|on|by|from|because|if|that|than|like|my|your|very|is|are|was|were|be|just)$/i;
// chat-speak inside the clause: said back, it sounds like mockery
// ("id" for "I'd": said back it stays "you think id like…")
const CHAT_INSIDE = /\b(?:lol|lmao|rofl|haha+|omg|smh|wtf|ffs|id)\b/i;
// "I should…" said back as "you should…" sounds like advice from us
const PRESCRIPTIVE = /\b(?:should|shouldn't|shouldnt|must|ought to)\b/i;
// at least this many words once trimmed: "enough I guess" trims to one word
const MIN_WORDS = 3;

// the policy asks again each turn about the clauses it heard in the last few turns: answers kept
const KNOWN_LIMIT = 2_000;
const known = new Map<string, boolean>();

// "us" after a preposition beside their own "i" or "we" ("never home because of money for us"): both
// become "you", and "…money for you" reads as about the listener or a household of one. "my mom says
// we can get another one but i dont want another one" keeps its say-back
const MIXED_PERSONS =
  /^(?=.*\b(?:i|i'm|im|i've|ive|i'll|me|my|myself|we|we're)\b)(?=.*\b(?:for|to|with|about|from) us\b)/i;

export function isReflectable(clause: string): boolean {
  let answer = known.get(clause);
  if (answer === undefined) {
    answer = readsAsReflection(clause);
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(clause, answer);
  }
  return answer;
}

function readsAsReflection(clause: string): boolean {
  if (/\?\s*$/.test(clause)) return false;
  const trimmed = trimClause(clause);
  if (trimmed.split(/\s+/).filter(Boolean).length < MIN_WORDS) return false;
  // "no what would i even say": the answer word first does not make the question a statement
  const opened = trimmed.replace(/^(?:no|nope|yes|yeah|ye|ok|okay|well|hmm|idk)[,.]?\s+/i, '');
  if (NOT_A_TELLING.test(opened)) return false;
  if (DEPENDENT_START.test(opened) || NO_SUBJECT.test(trimmed)) return false;
  // ("see me like that", "fill it in" end a phrase: whole-end.ts)
  if (DANGLING_END.test(trimmed) && !endsWhole(trimmed)) return false;
  // "i just cant make myself": cut off before what they cannot make themselves do
  if (/\b(?:make|get|force|bring)\s+myself$/i.test(trimmed)) return false;
  if (CHAT_INSIDE.test(trimmed) || PRESCRIPTIVE.test(trimmed) || HARSH_SELF_LABEL.test(trimmed)) return false;
  if (PUT_DOWN_LIKE.test(trimmed)) return false;
  // a pidgin or second-language clause said back in our voice reads as mockery
  if (!soundsStandard(trimmed)) return false;
  // (v18: "So you're never home because of money for you", rated 1): heard, not said back
  if (MIXED_PERSONS.test(trimmed)) return false;
  // a run-on said back ("…when it suits me I haven't…" → "…suits you you haven't…") or a
  // repeated phrase ("I know, I know") would be a defect in our reply
  // (read in the frame it is said in: "again I did not write" reads "You're saying again you didn't
  // write", a word stood before the subject that only the frame shows as garble)
  return checkReply(`You're saying ${mendLearnerGrammar(toSecondPerson(clause))}`).length === 0;
}
