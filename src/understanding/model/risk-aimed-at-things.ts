/**
 * A risk word aimed at a thing, a task or someone else's decision, not at the person's own life or body:
 * "i know when the hedge is ready to cut", "so i am scared to touch it" (a letter), "afraid they will say no"
 * (a claim), "afraid i make a mistake and the tax office comes for me", "i want to throw the papers in the
 * sea". Round 12: the learned reader spoke at 0.85–1.00 on such words and the check-in asked about suicide,
 * self-harm or abuse where nothing pointed to risk; a blind rater gave each of those replies a 1.
 *
 * The rule is on the clause, not a list of things: the word's grammatical object (or, for "cut", the
 * patient that is "ready to cut") is a thing named with an article or "it", and never the self ("me",
 * "myself") or the body. Text without the word is what the gate then reads, so a turn whose only risk words
 * are aimed at things leaves the learned reader silent, as an idiom does (risk-words.ts). The rule readers
 * ("i want to walk into the sea", "i'm scared he will hurt me") are untouched: they never see this text.
 */

// the self and the body as an object: "cut my arm", "throw myself", "scared to touch my own skin"
const SELF_OR_BODY =
  '(?:me|myself|my ?self|ourselves|my body|my own|(?:my |the |a |an )?(?:skin|arms?|wrists?|legs?|thighs?|stomach|belly|hips?|face|hands?|fingers?|ankles?|chest|neck|throat|veins?|body|flesh|hair on my))\\b';

// an article or a pointing word before a thing: "the hedge", "these papers", "it"
const THING = `(?!${SELF_OR_BODY})(?:(?:the|a|an|this|that|these|those|some|all (?:the|my|those|these)|my|our) [\\w'-]+|it|them|this|that)\\b`;

// "cut the fabric", "cutting those flowers", "the hedge is ready to cut", "the grass needs cutting"; only with an
// article, since "cut my upper arm" and "cut it deep" speak of the body
const THING_CUT_ACTIVE = `\\bcut(?:s|ting)? (?!${SELF_OR_BODY})(?:the|a|an|these|those|some) (?!(?:same|inside|top|back|side|other|old|wounds?|scars?|place|spot|lines?|marks?|bit|little|lot|few|couple|tiny|small|deep|deeper|more|again)\\b)[\\w'-]+`;
const THING_CUT_PATIENT = `\\b(?:the|a|an|this|that|these|those|my|our) (?!${SELF_OR_BODY})[\\w'-]+(?: [\\w'-]+)? (?:is|are|was|were|'s|needs?|needed|want(?:s|ed)?)(?: (?:ready|due|about|going|waiting|almost|nearly|finally|still|really|just|been))* (?:to (?:be )?cut|cutting)\\b`;

// "throw the papers in the sea", "chuck it all in the river": a thing thrown into water, not the person
const THING_IN_WATER = `\\b(?:throw|threw|thrown|chuck|toss|dump|drop|fling|flung)(?:s|ed|ing)? ${THING}(?: [\\w'-]+){0,3} (?:in|into|in to|off) (?:the )?(?:sea|river|canal|lake|ocean|water)\\b`;

// what is feared is a task on a thing ("scared to touch it", "afraid of opening the letter"), someone else's
// decision on a claim ("afraid they will say no", "scared the bank will refuse"), a mistake of one's own, or an
// office's action ("the tax office comes for me"). A person who harms ("scared he will hurt me") matches none
const FEAR = '(?:scared|afraid|frightened|terrified)';
const FEARED_TASK = `${FEAR} (?:to|of) (?!(?:what|whatever|who|whoever|how|where|when|why|which|go|going|come|coming|be|being|sleep|sleeping|stay|staying|leave|leaving|live|living|die|dying|wake|waking|tell|telling|see|seeing|lose|losing|hurt|hurting|harm|harming|kill|killing|end|ending|do|doing|cut|cutting|face|facing|be alone|drive|driving)\\b)[a-z]+(?: at| up| in| out| on| through| with)? ${THING}`;
const VERDICT =
  '(?:say no|refuse|reject|decline|deny|turn (?:me|it|us|him|her) down|not (?:accept|approve|agree|allow|let|give|pay|renew|say yes|believe)\\w*)';
const AUTHORITY =
  '(?:the )?(?:tax office|taxman|tax man|tax people|bank|council|court|judge|landlord|letting agent|agency|insurer|insurance|office|authorities|government|irs|hmrc|benefits? office|job ?centre|university|school|embassy)';
const FEARED_VERDICT = `${FEAR} (?:that )?(?:they|the \\w+|${AUTHORITY}|someone|somebody)(?:'ll| will| would| might| may| could| can| are going to| is going to| gonna)? (?:just |simply |then )?${VERDICT}`;
const FEARED_MISTAKE = `${FEAR} (?:that )?(?:of )?(?:i'?ll |i will |i might |i would |i'?d |i )?(?:make|making|made|do|doing) (?:a |an |the |some |another )?(?:small |big |stupid |silly )?(?:mistake|error|typo|mess)`;
const FEARED_AUTHORITY = `${FEAR}\\b[^.!?]{0,60}?\\b${AUTHORITY} (?:will |would |might |could |then |is going to |are going to )?(?:come|comes|coming|came) (?:for|after) (?:me|us)\\b`;
// "gonna strangle this essay into shape", "could murder this spreadsheet": violence aimed at a piece of work
// (v23's first run: a check-in on the essay); a person ("strangle my flatmate") is left to the idiom rules
const TASK =
  '(?:essay|report|assignment|dissertation|thesis|chapter|draft|spreadsheet|code|bug|printer|laptop|deadline|inbox|email|emails|exam|module|presentation|slides|form|paperwork|tax return|homework|coursework|project|to-?do list|list|workout|song|set|level)';
const VIOLENCE_AT_TASK = `\\b(?:strangl|murder|kill|throttl|smash|destroy)\\w* (?:this|that|the|my|these|those|an?) (?:\\w+ )?${TASK}\\b`;

const AIMED_AT_THINGS = new RegExp(
  [
    THING_CUT_ACTIVE,
    THING_CUT_PATIENT,
    THING_IN_WATER,
    FEARED_TASK,
    FEARED_VERDICT,
    FEARED_MISTAKE,
    FEARED_AUTHORITY,
    VIOLENCE_AT_TASK,
  ].join('|'),
  'g',
);

// only the aimed word is blanked: "scared to take the pills" keeps "pills", which still opens the gate
const AIMED_WORD =
  /\b(?:scared|afraid|frightened|terrified|cut(?:s|ting)?|sea|river|canal|lake|ocean|water|strangl\w*|murder\w*|kill\w*|throttl\w*|smash\w*|destroy\w*)\b/g;

// "i just do mums meds and the shopping", "sorting dad's tablets for the week": someone else's medicine handled as
// care (round 15: the retrained model read the carer's turn at the gated bar and a test saw a suicide check-in).
// Only the care verb with the other person's medicine as its object; never when the turn keeps, saves, counts,
// takes or swallows any ("i collect dads tablets and ive been keeping some back" still opens the gate)
const KIN =
  '(?:mum|mom|mam|mums|moms|mams|dad|dads|nan|nans|gran|grans|grandma|grandmas|grandad|grandads|grandpa|grandpas|husband|husbands|wife|wifes|partner|partners|son|sons|daughter|daughters|brother|brothers|sister|sisters|kids|childrens|patients?|clients?)';
const OTHERS_MEDICINE_CARED_FOR = new RegExp(
  String.raw`\b(?:do|does|doing|did|sort|sorts|sorting|sorted|give|gives|giving|gave|collect|collects|collecting|collected|pick(?:ing|ed)? up|order(?:s|ing|ed)?|manag(?:e|es|ing|ed)|set(?:ting)? out|put(?:ting)? out|hand(?:s|ing|ed)? out|fill(?:s|ing|ed)? (?:up )?(?:the )?(?:dosette|pill ?box|organi[sz]er) (?:with|for))(?: all)? (?:(?:my )?${KIN}(?:'s|')?|his|her|their) (?:\w+ )?(?:meds|medication|medicines?|tablets|pills|insulin)\b`,
  'g',
);
// the most words the turn may say beside the caring and still be only that
const WORDS_BESIDE_CARE = 8;
const OWN_HOLD_ON_MEDICINE =
  /\b(?:keep(?:ing)?|kept|sav(?:e|ing|ed)|stash\w*|hoard\w*|count(?:ing|ed)?|stockpil\w*|tak(?:e|ing)|took|swallow\w*|overdos\w*|od)\b/;

/** The folded text with each risk word aimed at a thing, a task or a decision blanked (see the file comment). */
export function withoutRiskWordsAimedAtThings(folded: string): string {
  const aimed = folded.replace(AIMED_AT_THINGS, (match) => match.replace(AIMED_WORD, ' '));
  if (OWN_HOLD_ON_MEDICINE.test(folded)) return aimed;
  const cared = [...aimed.matchAll(OTHERS_MEDICINE_CARED_FOR)];
  if (cared.length === 0) return aimed;
  // only a turn that says little beside the caring: "i do my dads meds and im so tired i just want to stop.
  // everything" (a writer's disclosure with no other risk word) keeps its gate
  const beside = cared.reduce((text, match) => text.replace(match[0], ' '), aimed);
  if (beside.split(/\W+/).filter(Boolean).length > WORDS_BESIDE_CARE) return aimed;
  return aimed.replace(OTHERS_MEDICINE_CARED_FOR, (match) =>
    match.replace(/\b(?:meds|medication|medicines?|tablets|pills|insulin)\b/g, ' '),
  );
}
