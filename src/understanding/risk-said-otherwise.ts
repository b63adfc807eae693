import { riskGateOf } from './model/risk-words.ts';
import { settledAfterTheFact } from './risk-told-after.ts';
import { wordMentioned } from './risk-word-mentioned.ts';

/**
 * Risk words said in another sense, a near-miss kind every writer of v9–v12 produced: a clinician's
 * screening question reported and answered no ("my GP asked if i'd thought of ending my life. i said no and
 * meant it", v10 ×2, v12), the phrase redefined on the spot ("end it all = delete my social media", "ending it
 * all... the netflix subscription i mean", v9, v12), and the laughing idiom ("nearly killed myself laughing",
 * v11; "died laughing" in earlier sets), and a general question about other people with no "I" in it ("why do
 * people self harm?", "is it true that talking about suicide makes it likelier?", "what do i do if a friend
 * tells me theyre thinking of suicide?", v10, v12 ×4). The words are not the person's risk in any of these; a later
 * sentence that discloses still reads on its own.
 *
 * Round 12: one's own funeral pictured in a health scare or laughed off ("waiting on the biopsy … at night i think
 * about my funeral, who will come", "planned my own funeral at 3am after googling", "who'd even come lol, i'd want a
 * taco truck"): blind raters marked the suicide question on these as a crisis script on no cue. The scare may be in
 * an earlier turn (`earlier`). A funeral wished for ("i want it to be my funeral") reads as before.
 */

const SCREENING_ASKED =
  /\b(?:asked|asks|ask|asking) (?:me )?(?:the usual questions )?(?:if|whether|about (?:whether|if)?)\b|\bthe usual questions\b/;
const ANSWERED_NO =
  /\b(?:i )?(?:said|told (?:her|him|them|the \w+)|answered|say) no\b(?!.{0,20}\bbut\b)(?!.{0,40}\b(?:lied|wasn'?t true|didn'?t mean it|not true)\b)/;
const REDEFINED_AFTER =
  /^\s*(?:=|means\b)|^[\s.…,-]*(?:as in |i mean )?(?:the|my|a|an) [a-z' ]{1,30}\bi mean\b/;
// "end it? i mean end the project", "kill it, i meant kill the meeting": the ending corrected at once onto a thing
// (the lead's class of false flag on a fresh set). Read only right after the cue, and never onto a life, oneself
// or everything ("end it. i mean the whole thing" stays a disclosure)
const CORRECTED_ONTO_A_THING =
  /^[\s.…,?!-]*(?:i mean|i meant|i mean like|as in|meaning)\s+(?:(?:end|ending|finish|finishing|close|closing|kill|killing|stop|stopping|quit|quitting|drop|dropping|cancel|cancelling|shut|shutting)(?: down)?\s+)?(?:the|this|that|my|our|a|an)\s+(?!(?:life|lives|self|whole|world|lot|pain|suffering|misery|everything|all|it)\b)[a-z]{3,}/;
// the ending words the correction can follow, for the learned reader's whole-turn reading
const ENDING_CUE =
  /\b(?:end|ending|kill|killing|finish|finishing|stop|stopping)\s+(?:it|this|that)(?:\s+all)?\b/g;
const ENDING_OF_IT = /^(?!.*\b(?:myself|me|my life|my self|life|lives)\b).*\b(?:it|this|that)\b/;
const LAUGHING_AFTER = /^\s*(?:laughing|laughin|laffing|with laughter)\b/;

// (and what the service itself does when someone says it: "what does this app do if someone says they're suicidal?",
// the lead's class from fresh v29; "what happens if i tell you..." keeps its "i" and stays read)
const GENERAL_QUESTION =
  /\b(?:(?:why|how) (?:do|would|does|could) (?:people|some people|someone|anyone|folks|others)\b|is it true (?:that )?|what (?:does|do|will|would|should|can) (?:this|the|your|you)(?: (?:app|service|bot|chat|site|coach|tool|thing|program|programme|ai))? do (?:if|when) |what happens (?:here )?(?:if|when) (?:someone|somebody|a person|a user|people|users|anyone) |what (?:do|should|can) (?:i|we) (?:do|say) (?:if|when) (?:a|my|your|someone'?s?) ?(?:friend|mate|student|pupil|patient|kid|child|teen|colleague|someone)\b[^?]*)/;
// "… thinking of suicide? i am too": the question was the way in to their own
const ME_TOO =
  /\b(?:me too|so am i|so do i|same here|(?:i am|i'?m|im|i do|i have|i'?ve) (?:too|as well)|same with me)\b/;
// "END IT. stop asking me questions": the ending asked for is the chat's (v23's first run, a rater saw a check-in)
const ENDING_ONLY = /^(?:end it|end this|make it stop|stop it)\b/;
const AT_THE_CHAT =
  /\b(?:stop (?:asking|with the (?:questions|chat)|the questions|questioning)|no more questions|enough (?:questions|of (?:this|these) questions)|end (?:this|the) (?:chat|session|conversation))\b/;
// "no more for tonight, lets end it here", "can we stop here and continue when i'm back": the chat closed for now
// (the lead's class of false flag from a fresh set). Only the words that close the chat are read so, and only when
// little else is said and no life is named: "done for today. honestly i want to end it all" is a disclosure
// after a closing (round 14's review found the whole turn had been let off)
const CHAT_CLOSED_FOR_NOW =
  /\b(?:end|stop|leave|finish|wrap) (?:it|this|things|up) (?:here|there)\b|\blet'?s (?:just )?(?:end|stop|finish|wrap) (?:it|this|things)(?: up)?\b(?! all)(?!\s+(?:tonight|today|now|for good|forever))|\b(?:no more|enough|that'?s (?:it|all|enough)|done|signing off) for (?:tonight|today|now)\b|\b(?:continue|pick (?:this|it) up|carry on|talk) (?:again )?(?:when i(?:'m| am)? (?:come |get )?back|later|tomorrow)\b/g;
const LIFE_NAMED =
  /\b(?:die|dying|dead|kill\w*|my life|myself|suicid\w*|pills|hurt|overdose|not wake|disappear\w*|gone|end (?:it|things|everything)(?! (?:here|there|for))\b|(?:around|here) (?:much )?longer|(?:can'?t|cannot) go on|better off|wake up|no point)/;
// the most words a turn may say beside its closing (or its caring) words and still be only that
const BESIDE_WORDS = 5;
// "i'll throw myself in the sea lol, anyway back to the essay": laughed off and moved on to something else at
// once; "kms lol" alone, or "off the bridge tonight lol anyway" with nothing after, stays possible
const LAUGHED_AND_MOVED_ON =
  /^[^.!?\n]{0,30}?\W(?:lol|lmao|lmfao|haha\w*|hehe|jk|😂|🤣)\W{0,4}(?:anyway|anyways|anyhow|moving on|jk|but anyway|so anyway)\W+\w+\W+\w+/u;
const LAUGHED_AND_MOVED_ON_ANYWHERE =
  /\b(?:lol|lmao|lmfao|haha\w*|hehe|jk)\W{0,4}(?:anyway|anyways|anyhow|moving on|so anyway|but anyway)\W+\w+\W+\w+/;
// "can't keep this up much longer caring for mum … a care home?": the caring is what cannot go on (a carer weighing
// a care home, the lead's class from a fresh conversation set, rated 1 when asked about suicide)
const CARE_CANNOT_GO_ON =
  /\b(?:can'?t|cannot|can not) (?:do|take|keep|manage|cope with)\b[^.!?]{0,30}\bmuch longer\b[^?]{0,120}\b(?:care home|nursing home|respite|residential care|home help|carers? coming in)\b/g;

// "a nursing class on suicide risk assessment today and it got to me": the word is the topic taught (the lead's
// fresh class of false flag, round 19); let off only when the rest of the turn names no life
const TOPIC_TAUGHT =
  /\b(?:class|classes|lecture|module|course|training|seminar|workshop|essay|assignment|presentation|lesson|webinar|research|protocol) (?:on|about|covering) (?:\w+ ){0,2}(?:suicid\w*|self[- ]harm\w*|overdos\w*)(?: (?:risk|prevention|awareness|assessment|ideation|first aid|policy|screening))*/g;

// "lecture on suicide today. i keep thinking about doing it": the topic taken as one's own
const OWNED_AFTER_THE_TOPIC =
  /\b(?:do(?:ing)? it|did it|it again|about it|thinking|tempt\w*|urges?|want\w*|wish\w*|same|me too|myself|my own)\b/;

/**
 * Whether the words at [start, end) lie in a match of `pattern` (global) that says the whole of what the turn means:
 * no life named in the turn, and at most `beside` words outside the matches.
 */
function onlyThat(pattern: RegExp, folded: string, start: number, end: number, beside: number): boolean {
  const matches = [...folded.matchAll(pattern)];
  const covers = matches.some((match) => match.index < end && match.index + match[0].length > start);
  if (!covers) return false;
  // a life named is read outside the closing words themselves ("lets just end it, ive got to cook")
  const rest = matches.reduce((text, match) => text.replace(match[0], ' '), folded);
  if (LIFE_NAMED.test(rest)) return false;
  return rest.split(/\W+/).filter(Boolean).length <= beside;
}

// "when i said i want to die i meant my laptop crashed", "in my language we say i want to die when something is
// embarrassing": an earlier wish taken back as about a thing, or as a saying (the lead's class from fresh v29).
// Only with the thing or the saying named ("i didn't mean it" alone is no answer), never onto a life or oneself,
// and the rest of the turn must name no life: "when i said i want to die i meant it" stays read.
const SAID_BEFORE =
  /\b(?:(?:when|what) i (?:said|say|wrote|typed|put)|(?:we|people) (?:say|said))\b[^.!?]{0,12}$/;
const MEANT_A_THING_AFTER =
  /^[^.!?]{0,40}?\b(?:i (?:just |only )?(?:meant|mean|was talking about|was on about)|it was about|(?:was|is|it'?s|its) (?:just )?(?:about|because of)) (?:the|my|a|an|that|this|our) (?!(?:life|lives|self|whole|world|pain|everything|all|it)\b)[a-z]{3,}/;
const A_SAYING =
  /\b(?:an? (?:expression|saying|figure of speech|idiom)|how we (?:say|talk)|in my (?:language|country|culture)\b[^.!?]{0,40}\bsay|(?:didn'?t|did not|don'?t|do not) mean (?:it )?(?:literally|like that))/;

function takenBackAsAThing(folded: string, start: number, end: number): boolean {
  if (!SAID_BEFORE.test(folded.slice(Math.max(0, start - 40), start))) return false;
  if (!MEANT_A_THING_AFTER.test(folded.slice(end, end + 80)) && !A_SAYING.test(folded)) return false;
  const rest = `${folded.slice(0, start)} ${folded.slice(end)}`;
  return !LIFE_NAMED.test(rest) && riskGateOf(rest) !== 'strong';
}

// the learned reader reads the whole turn: "when i say i want to disappear i mean a cabin in norway, not anything
// dark" (the lead's fresh class, round 19) is let off only when one such saying is the turn and the rest names no life
const SAID_BEFORE_ANYWHERE =
  /\b(?:(?:when|what) i (?:said|say|wrote|typed|put)|(?:we|people) (?:say|said))\b/g;
const MEANT_A_THING =
  /\b(?:i (?:just |only )?(?:meant|mean|was talking about|was on about)|it was about) (?:the|my|a|an|that|this|our) (?!(?:life|lives|self|whole|world|pain|everything|all|it)\b)[a-z]{3,}[^.!?]*/;

function wholeTurnTakenBack(folded: string): boolean {
  const said = [...folded.matchAll(SAID_BEFORE_ANYWHERE)];
  if (said.length !== 1) return false;
  const from = said[0].index;
  const after = folded.slice(from);
  const meant = MEANT_A_THING.exec(after);
  if (!meant || meant.index > 60) return false;
  const rest = `${folded.slice(0, from)} ${after.slice(meant.index + meant[0].length)}`;
  return !LIFE_NAMED.test(rest) && riskGateOf(rest) !== 'strong';
}

const OWN_FUNERAL = /\b(?:my|my own|your own) funeral\b/;
const FUNERAL_WISHED =
  /\b(?:wish|want|wanna|ready for|can'?t wait for|looking forward to)(?: it to be| to (?:have|plan))? (?:my|my own) funeral|\bfuneral (?:soon|tonight|tomorrow|this week)\b/;
const LAUGHED_OFF = /\b(?:lol|lmao|lmfao|haha\w*|hehe|rofl)\b|😂|🤣|😅|😆/u;
// the laugh taken back: "funeral playlist 😅 no but actually"
const MEANT_AFTER_ALL = /\b(?:but|no but|nah but) (?:actually|seriously|for real|fr|honestly|really)\b/;
const HEALTH_SCARE =
  /\b(?:biopsy|scans?|diagnos\w*|lump|tumou?rs?|cancer|googl\w*|symptoms?|consultant|ecg|mri|x-?ray|blood work|benign)\b/;
const FIRST_PERSON = /\b(?:i|i'?m|im|i'?ve|ive|i'?d|me|my|myself)\b/;

/** Whether the risk words at [start, end) of the folded text are a denied question, redefined, or an idiom. */
/**
 * The whole turn's ending words are each corrected onto a thing, and what is left names no life and opens no risk
 * gate: the learned reader reads the whole turn, so the correction is checked at every ending it holds.
 */
function everyEndingCorrected(folded: string): boolean {
  const spans: Array<[number, number]> = [];
  for (const match of folded.matchAll(ENDING_CUE)) {
    const end = match.index + match[0].length;
    const correction = CORRECTED_ONTO_A_THING.exec(folded.slice(end, end + 80));
    if (!correction) return false;
    spans.push([match.index, end + correction[0].length]);
  }
  if (spans.length === 0) return false;
  let rest = '';
  let from = 0;
  for (const [start, end] of spans) {
    rest += `${folded.slice(from, start)} `;
    from = end;
  }
  rest += folded.slice(from);
  return !LIFE_NAMED.test(rest) && riskGateOf(rest) === 'none';
}

export function saidOtherwise(
  folded: string,
  sentence: string,
  start: number,
  end: number,
  earlier = '',
): boolean {
  const after = folded.slice(end, end + 60);
  if (funeralPictured(folded, sentence, start, end, earlier)) return true;
  if (wordMentioned(folded, sentence)) return true;
  if (settledAfterTheFact(folded, sentence)) return true;
  if (takenBackAsAThing(folded, start, end)) return true;
  if (start === 0 && end >= folded.length && everyEndingCorrected(folded)) return true;
  if (start === 0 && end >= folded.length && wholeTurnTakenBack(folded)) return true;
  if (ENDING_ONLY.test(folded.slice(start, end)) && AT_THE_CHAT.test(folded)) return true;
  if (onlyThat(CHAT_CLOSED_FOR_NOW, folded, start, end, BESIDE_WORDS)) return true;
  if (
    onlyThat(TOPIC_TAUGHT, folded, start, end, Number.POSITIVE_INFINITY) &&
    !OWNED_AFTER_THE_TOPIC.test(folded)
  )
    return true;
  // (the caring words may run long: what is said beside them is read for a life named, not counted)
  if (onlyThat(CARE_CANNOT_GO_ON, folded, start, end, Number.POSITIVE_INFINITY)) return true;
  if (!MEANT_AFTER_ALL.test(folded)) {
    const wholeTurn = start === 0 && end >= folded.length;
    if (LAUGHED_AND_MOVED_ON.test(after) || (wholeTurn && LAUGHED_AND_MOVED_ON_ANYWHERE.test(folded)))
      return true;
  }
  if (LAUGHING_AFTER.test(after) || REDEFINED_AFTER.test(after)) return true;
  // only an ending of "it" can be corrected onto a thing: "i want to kill myself. i mean the rent is due" is
  // intent with its reason, never let off (the closing review found it read possible, not clear)
  if (ENDING_OF_IT.test(folded.slice(start, end)) && CORRECTED_ONTO_A_THING.test(after)) return true;
  if (
    /^[^.!\n?]*\?/.test(folded.slice(end)) &&
    GENERAL_QUESTION.test(sentence) &&
    !FIRST_PERSON.test(sentence.replace(GENERAL_QUESTION, '')) &&
    !ME_TOO.test(folded)
  )
    return true;
  return SCREENING_ASKED.test(sentence) && ANSWERED_NO.test(folded.slice(start));
}

/** One's own funeral in a health scare or laughed off, not wished for (see the file comment). */
function funeralPictured(
  folded: string,
  sentence: string,
  start: number,
  end: number,
  earlier: string,
): boolean {
  if (!OWN_FUNERAL.test(folded.slice(Math.max(0, start - 10), end + 10))) return false;
  if (FUNERAL_WISHED.test(sentence)) return false;
  if (MEANT_AFTER_ALL.test(folded)) return false;
  return LAUGHED_OFF.test(folded) || HEALTH_SCARE.test(folded) || HEALTH_SCARE.test(earlier);
}
