import { splitSentences } from '../../text/sentences.ts';
import { createPatternGate } from '../pattern-gate.ts';
import { classifyClientTalk, shippedClientTalkModel } from './client-talk-model.ts';
import { createAlternationFamily } from './gated-alternation.ts';
import type { ClientCode } from './miti-vocabulary.ts';

/**
 * Change talk and sustain talk: what a client says for or against changing. The target behaviour
 * is not known to a transcript reader, so the cues are the forms change talk takes in MI (desire,
 * ability, reasons, need, commitment, steps taken — "I want to cut down", "I've started walking",
 * "it's costing me") and their sustain-talk mirrors ("I can't quit", "it's not a problem", "it
 * helps me relax"). Negation flips a cue: "I don't want to quit" is sustain talk, "I don't want to
 * keep doing this" change talk.
 */

const CHANGE_VERBS = String.raw`(?:quit|stop|cut (?:down|back)|cut|reduce|lower|limit|give (?:it )?up|change|start|begin|try|get help|see (?:a|the|my) (?:doctor|counsel+or|therapist)|take (?:my|the|them|it)|exercise|walk|work out|save|budget|pay (?:off|it|down)|apply|finish|study|talk to|call|sleep|eat (?:better|healthier|less)|drink less|smoke less|go to (?:the gym|meetings|bed|class|aa|therapy)|sign up|make (?:a plan|an appointment|time)|set (?:a|up)|ask|tell|do (?:something|it|this|that|better|more)|fix|get (?:better|healthy|back|on top|sober|clean|my)|be (?:healthier|there|better|around|a better|more)|lose (?:weight|some)|spend less|stick (?:to|with)|switch|cut out|deal with|handle|manage|work on|keep (?:trying|going|at it|walking|taking))`;

// SUSTAIN and CHANGE are asked about the same utterance: one scan serves both
const CUES = createAlternationFamily();
const SUSTAIN = CUES.alternation([
  String.raw`\b(?:i|we) (?:really )?(?:like|love|enjoy|need) (?:it|drinking|smoking|vaping|gambling|my (?:drink|beer|wine|smokes?|cigarettes?|phone|games?)|having (?:a|my)|the (?:buzz|high|taste|feeling))\b`,
  String.raw`\b(?:it|this|that|smoking|drinking|vaping|gambling|weed) (?:really )?(?:helps|relaxes|calms|chills) me\b`,
  String.raw`\b(?:helps|help) me (?:relax|cope|sleep|unwind|deal|get through|focus|calm)\b`,
  String.raw`\b(?:it's|that's|it is|that is|it isn't|it's not) (?:really )?(?:not )?(?:that (?:bad|big|much|serious)|a big deal|no big deal|not a problem|not an issue|under control|fine|harmless|my choice|my life|my business|nobody's business)\b`,
  String.raw`\bnot (?:a|that much of a|really a) (?:problem|big deal|issue)\b`,
  String.raw`\bi(?:'m| am) (?:fine|ok|okay|not (?:an? )?(?:addict|alcoholic|problem)|in control|not ready|not going to|not gonna|not sure i (?:can|want|need))\b`,
  String.raw`\bi (?:can't|cannot|couldn't|won't|will not|don't want to|do not want to|refuse to|am not going to|'m not going to|'m not gonna|don't need to|don't have to|shouldn't have to) (?:really )?${CHANGE_VERBS}`,
  String.raw`\b(?:there's |there is )?no (?:way|point|use) (?:i|in|that)\b`,
  String.raw`\bwhat's the point\b`,
  String.raw`\b(?:everyone|everybody|all my friends|all of us|my friends) (?:does|do|drinks?|smokes?|vapes?|gambles?)\b`,
  String.raw`\bi don't (?:have|see) (?:a|any|the) (?:problem|time|point|reason|need)\b`,
  String.raw`\b(?:it|that|nothing) (?:won't|doesn't|didn't|never|wouldn't) (?:work|help|change anything|make a difference)\b`,
  String.raw`\bi(?:'ve| have) tried (?:before|that|it|everything)\b`,
  String.raw`\bwhy (?:should|would) i\b`,
  String.raw`\b(?:it's|i'm|it is|i am) (?:just|only) (?:a few|one|a couple|social|on weekends|at parties|when)\b`,
  String.raw`\b(?:too|so) (?:hard|expensive|difficult|busy|stressful|much work)\b`,
  String.raw`\bi don't (?:really )?care\b`,
  String.raw`\bleave me alone\b|\bnone of (?:your|their) business\b|\bi'm only here because\b`,
  String.raw`\b(?:overreact\w*|exaggerat\w*|blow\w* it out of proportion|making a big deal|on my case|nagging)\b`,
  String.raw`\bi (?:can't|cannot|couldn't) (?:imagine|see myself)\b`,
  String.raw`\bi (?:don't|do not) (?:drink|smoke|spend|gamble|use) (?:that|very) much\b`,
  String.raw`\b(?:not|never) (?:that|so) (?:bad|much|often)\b`,
  String.raw`\bi(?:'d| would) (?:rather|prefer to)\b`,
  String.raw`\b(?:can't|cannot|couldn't) (?:face|cope with|manage|get through|function|sleep|handle) (?:\w+ ){0,4}without\b`,
  String.raw`\b(?:not|isn't|it's not) (?:that|so) (?:easy|simple)\b`,
  String.raw`\bi(?:'m| am) (?:too |so |really )?busy\b`,
  String.raw`\bi (?:don't|do not|dont) (?:have|got) (?:the )?time\b`,
  String.raw`\bi (?:don't|dont|do not) (?:really )?fancy\b`,
  String.raw`\bi (?:feel|felt) (?:fine|ok|okay|alright|good)\b`,
  String.raw`\b(?:i'll|ill|i will) win (?:it )?back\b`,
  String.raw`\bi (?:just )?(?:can't|cant|cannot) (?:make myself|seem to|bring myself)\b`,
  String.raw`\bi(?:'ll| will) take my chances\b`,
  String.raw`\bi like (?:a|my) (?:drink|smoke|beer|bet|flutter|glass)\b`,
  String.raw`\bjust to (?:chill|relax|unwind|cope)\b`,
  String.raw`\bi(?:'ve| have|ve) tried (?:that|it|them|patches|the \w+|\w+ing)\b`,
  String.raw`\b(?:never|doesn't|didn't|don't|won't|wouldn't) (?:seem to |seems to )?(?:stick|last|work|help)\b`,
  String.raw`\b(?:stress reliever|no willpower|can't seem to)\b`,
  String.raw`\bi (?:don't|do not) (?:really )?(?:rely|depend) on\b`,
  String.raw`\b(?:seems?|seemed) to help\b`,
  String.raw`\btried (?:quitting|to quit|stopping|to stop|cutting|cutting down)\b.*\b(?:times|before|but)\b`,
  String.raw`\b(?:it's|it is|that's|it'd be|it would be) (?:really |too |so )?(?:hard|tough|difficult) to (?:quit|stop|give|cut|change)\b`,
  String.raw`\bi (?:want|plan|intend|'m going) to keep (?:drinking|smoking|using|vaping|gambling|doing (?:it|what))\b`,
  String.raw`\b(?:not|isn't|aren't) (?:ready|worth it)\b`,
]);

const CHANGE = CUES.alternation([
  String.raw`\bi (?:really |do |kind of |kinda |sort of |definitely |honestly )?(?:want|need|have|ought|should|would like|'d like|wish i could|hope|plan|intend|mean|got) to ${CHANGE_VERBS}`,
  String.raw`\bi(?:'m| am) (?:going to|gonna|planning to|planning on|ready to|willing to|thinking about|thinking of|considering|trying to|determined to|committed to|starting to|about to|open to|up for) \w+`,
  String.raw`\bi (?:will|'ll|can|could|might|may) (?:probably |maybe |definitely |at least |totally )?(?:try|quit|stop|start|cut|do|give|make|talk|call|go|take|set|ask|put|get|use|switch|look|manage|handle|work|walk|save|see|keep|tell|pick|write)\b`,
  String.raw`\bi(?:'ve| have) (?:already |actually |just )?(?:started|cut|stopped|quit|been (?:trying|cutting|walking|going|taking|exercising|working|saving|looking)|tried to|managed|made (?:an|a|some)|begun|reduced|signed up|booked|called|talked to|thrown|switched)\b`,
  String.raw`\b(?:it's|it is|that's|this is|they're|it was) (?:really |starting to |been |definitely |kind of )?(?:hurting|affecting|costing|killing|ruining|damaging|getting (?:worse|out of hand|in the way)|a problem|an issue|too much|out of control|messing)\b`,
  String.raw`\b(?:worried|scared|afraid|concerned|terrified|frightened) (?:about|that|of) \w+`,
  String.raw`\bi (?:don't|do not) want to (?:end up|lose|keep|be (?:like|that|the)|die|miss|let|go back|feel like this|waste|live like|spend|repeat|disappoint|hurt)\b`,
  String.raw`\bi(?:'m| am) (?:so |really )?(?:tired|sick) of\b`,
  String.raw`\bi hate (?:that|how|what|being|feeling|the way|myself|it when)\b`,
  String.raw`\b(?:it|that|things|life|everything) would be (?:so )?(?:better|nice|good|easier|great)\b`,
  String.raw`\b(?:my|the) (?:kids|family|health|wife|husband|daughter|son|partner|grades|job|doctor) (?:deserves?|needs?|matters?|is worth|are worth|would be)\b`,
  String.raw`\bi (?:know|guess|suppose) i (?:should|need|could|have to|ought|can)\b`,
  String.raw`\b(?:maybe|perhaps|probably) i (?:could|should|can|will|might|need)\b`,
  String.raw`\b(?:that|it) (?:might|could|would|may) (?:work|help|be worth)\b`,
  String.raw`\bi(?:'m| am) (?:ready|willing|able|confident|determined|motivated)\b`,
  String.raw`\b(?:i|we) (?:want|need) (?:a|to make a|some) change\b`,
  String.raw`\b(?:it|this|that|my health) (?:really )?(?:matters|is important) to me\b`,
  String.raw`\bi miss (?:being|feeling|having|the|my)\b`,
  String.raw`\b(?:i|we) (?:drink|smoke|gamble|spend|use|vape|eat) (?:way )?too much\b`,
  String.raw`\bi (?:can't|cannot) (?:keep|go on) (?:doing|going|living|like)\b`,
  String.raw`\bnot (?:good|healthy|okay|ok|great) for (?:me|my)\b`,
  String.raw`\bi (?:could|can) (?:probably |maybe )?(?:do|try|manage|handle) (?:that|it|this)\b`,
  String.raw`\b(?:for|because of) (?:my|the) (?:kids|family|health|daughter|son|wife|husband)\b`,
  String.raw`\bi(?:'d| would) (?:feel|be) (?:better|healthier|proud|happier)\b`,
]);

const ASSENT_ONLY =
  /^(?:\W*(?:yes|yeah|yep|no|nope|ok|okay|sure|maybe|i guess|i don't know|idk|hmm+|mm+|uh|um|right|true|fine|go on|go ahead|alright|i suppose|kind of|sort of|not really|i'm not sure|not sure)\W*)+$/;

// "makes me want to quit", "I should probably stop", "time to stop", "would love to try": a wish,
// a need or an ability aimed at a change, wherever it sits in the sentence
const MODAL = String.raw`(?:want(?:s|ed)? to|wanna|would like to|'d like to|would love to|'d love to|need(?:s)? to|have to|has to|got to|gotta|should|ought to|could|can|will|'ll|going to|gonna|ready to|willing to|plan(?:ning)? to|try(?:ing)? to|meaning to|time to|hope to|wish i could|able to|might|would|'d|definitely|start(?:ing)? to)`;
const NEGATED_MODAL = String.raw`(?:don't want to|do not want to|doesn't want to|won't|will not|can't|cannot|couldn't|not going to|not gonna|not ready to|no need to|don't need to|don't have to|refuse to|never going to|not planning to|wouldn't)`;
const CHANGE_ACTION = String.raw`(?:quit(?:ting)?|stop(?:ping)?|cut(?:ting)? (?:down|back|out)|cut|reduc\w*|lower|limit|give (?:it |them |this )?up|chang\w*|start\w*|begin|try(?:ing)?|get help|see (?:a|the|my) \w+|take (?:my|the|them|it)|exercis\w*|walk\w*|work out|sav\w*|budget|pay (?:off|it|down|back)|apply|finish|study|talk to|speak to|call|sleep (?:more|better)|eat (?:better|healthier|less)|drink less|smoke less|slow(?:ing)? down|go to (?:the gym|meetings|bed|class|aa|therapy)|sign up|make (?:a plan|an appointment|time|a change)|set (?:a|up)|fix|get (?:better|healthy|back|on top|sober|clean|fit|my)|be (?:healthier|fitter|there|better|around|a better|more)|feel (?:better|fitter|healthier)|lose (?:weight|some)|spend less|stick (?:to|with)|switch|deal with|handle|manage|work on|learn|find (?:a way|another way|ways|something)|look (?:at|into)|implement|regulate|do (?:it|this|that|something|better|more))`;
const STATUS_QUO = String.raw`(?:keep (?:smoking|drinking|using|vaping|gambling|doing (?:it|this|what i)|going out|buying|spending|playing)|continue (?:smoking|drinking|using|to smoke|to drink)|smoke|drink|vape|gamble)`;

// "I could probably skip the weeknight ones", "I'll do the six tomorrow", "I want more of this": the
// client's own intention, ability or wish to act, whatever the verb, unless the verb keeps things as they are
const FIRST_PERSON_INTENT =
  /\bi(?:'ll| will| could| can| might| want| wanna| need| have to| gotta| should|'m going to|'m gonna| do want| really want| would like|'d like)(?: (?:probably|maybe|definitely|just|at least|really|totally|actually|try (?:and|to)?|start))* (?!(?:keep|continue|not|never|just keep|still|win|take my chances|be fine|see)\b)(?:\w+)/;
const REPORTED =
  /\b(?:doctor|nurse|gp|wife|husband|mum|mom|dad|parents?|gf|bf|girlfriend|boyfriend|partner|court|physio|boss|teacher|they|he|she|everyone|everybody|people|family|sister|brother|son|daughter)\b[^.!?]*?\b(?:said|says|say|told|tells|thinks?|wants?|made me|makes me|reckons?|keeps? (?:on|telling|saying))\b/;
// the cheap half of REPORTED: no reporting verb, no reported wish
const REPORTING_VERB = /\b(?:said|says|say|told|tells|thinks?|wants?|made|makes|reckons?|keeps?)\b/;
const CHANGE_BY_MODAL = new RegExp(String.raw`\b${MODAL} (?:\w+ ){0,2}?${CHANGE_ACTION}\b`);
const SUSTAIN_BY_NEGATED = new RegExp(String.raw`\b${NEGATED_MODAL} (?:\w+ ){0,2}?${CHANGE_ACTION}\b`);
const SUSTAIN_BY_STATUS_QUO = new RegExp(
  String.raw`\b(?:want to|going to|gonna|plan to|will|'ll|'d rather|would rather|prefer to|like to|love to|enjoy) (?:just )?${STATUS_QUO}\b`,
);
const CHANGE_BY_NEGATED_STATUS_QUO =
  /\b(?:can't|cannot|don't want to|won't|shouldn't|not going to) (?:\w+ )?(?:keep|continue|go on|carry on|live like)\b/;
// a reason to change said as a cost: health, money, people, said with a weight on it
const COST =
  /\b(?:hate|hated|worried|worry|scared|afraid|concerned|tired of|sick of|fed up|can't afford|don't like|exasperat\w*|ruin\w*|costing|expensive|harder to|out of breath|cancer|lungs?|cough\w*|breath\w*|heart attack|diabetes|died|dying|sick|addict\w*|waste|embarrass\w*|ashamed|regret|guilty|bad for)\b/;
const BENEFIT_OF_CHANGE =
  /\b(?:healthier|fitter|better (?:health|sleep|about myself)|more (?:energy|money|time)|save (?:money|that money)|taste and smell|would be (?:nice|great|good|better|easier)|make it easier|improv\w*|motivat\w*|proud|my (?:health|kids|family|wife|husband|daughter|son|future)|the (?:money|cost|financial))\b/;
const BENEFIT_OF_STATUS_QUO =
  /\b(?:helps? me|relax\w*|calms? (?:me|my)|enjoy|i like (?:it|smoking|drinking|the)|love (?:it|smoking|drinking|the)|stress relief|de-?stress|unwind|only (?:thing|pleasure|break)|my (?:reward|treat|escape)|social|fun|cope|coping)\b/;

// simulated clients (and people) say the same short lines again: each distinct line is read once (bounded)
const MEMO_LIMIT = 20_000;
const memo = new Map<string, { code: ClientCode; reasons: string[] }>();

export function clearClientTalkMemo(): void {
  memo.clear();
  turnMemo.clear();
}

/** Change, sustain or neutral for one client utterance, with the cue that decided. */
export function codeClientUtterance(text: string): { code: ClientCode; reasons: string[] } {
  let found = memo.get(text);
  if (found === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    found = Object.freeze(readClientUtterance(text));
    memo.set(text, found);
  }
  // the memo's own entry, read-only: callers only read it
  return found;
}

// one keyword scan of an utterance says which of these patterns can match it at all (most cannot)
const GATED = [
  SUSTAIN_BY_NEGATED,
  SUSTAIN_BY_STATUS_QUO,
  CHANGE_BY_NEGATED_STATUS_QUO,
  CHANGE_BY_MODAL,
  FIRST_PERSON_INTENT,
  COST,
  BENEFIT_OF_CHANGE,
  BENEFIT_OF_STATUS_QUO,
];
const GATE = createPatternGate(GATED);

// a module function, not a closure per utterance: under tsx (keepNames) each named closure costs a defineProperty
function gatedExec(live: Uint8Array, pattern: RegExp, lower: string): RegExpExecArray | null {
  return live[GATED.indexOf(pattern)] === 1 ? pattern.exec(lower) : null;
}

function readClientUtterance(text: string): { code: ClientCode; reasons: string[] } {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  if (ASSENT_ONLY.test(lower)) return { code: 'neutral', reasons: ['a short answer with no direction'] };
  const live = GATE.scan(lower);
  const sustain =
    gatedExec(live, SUSTAIN_BY_NEGATED, lower) ??
    gatedExec(live, SUSTAIN_BY_STATUS_QUO, lower) ??
    SUSTAIN.exec(lower);
  // "the doctor says I need to walk more" is someone else's wish, not the client's
  const reported =
    REPORTING_VERB.test(lower) &&
    REPORTED.test(lower) &&
    !/\b(?:i (?:want|will|'ll|could|can|think i should)|i'm going to)\b/.test(lower.replace(REPORTED, ''));
  const change = reported
    ? null
    : (gatedExec(live, CHANGE_BY_NEGATED_STATUS_QUO, lower) ??
      CHANGE.exec(lower) ??
      (sustain
        ? null
        : (gatedExec(live, CHANGE_BY_MODAL, lower) ?? gatedExec(live, FIRST_PERSON_INTENT, lower))));
  if (sustain && change) {
    // both sides in one sentence: the one said last ("…but I can't") usually carries it
    const later = sustain.index > change.index ? sustain : change;
    return {
      code: later === sustain ? 'sustain' : 'change',
      reasons: [`both sides; the later one wins ("${later[0]}")`],
    };
  }
  if (sustain) return { code: 'sustain', reasons: [`against change ("${sustain[0]}")`] };
  if (change) return { code: 'change', reasons: [`toward change ("${change[0]}")`] };
  if (reported) return { code: 'neutral', reasons: ["someone else's view, reported"] };
  const benefit = gatedExec(live, BENEFIT_OF_STATUS_QUO, lower);
  const cost = gatedExec(live, COST, lower) ?? gatedExec(live, BENEFIT_OF_CHANGE, lower);
  if (cost && !benefit) return { code: 'change', reasons: [`a reason to change ("${cost[0]}")`] };
  if (benefit && !cost)
    return { code: 'sustain', reasons: [`a reason to stay as things are ("${benefit[0]}")`] };
  return { code: 'neutral', reasons: ['no change or sustain cue'] };
}

const BUT_BREAK = /,\s*(?=but\b)|\s+but\s+(?=i\b|it\b|i'm\b|that\b)/i;

/** The rules' code for a client turn: the direction said last wins when both appear, neutral when neither. */
export function readClientRules(text: string): {
  code: ClientCode;
  reasons: string[];
  utterances: { text: string; code: ClientCode }[];
} {
  const parts: string[] = [];
  for (const sentence of splitSentences(text)) {
    // only a sentence with "but" in it splits (splitSentences gives trimmed, non-empty sentences)
    if (!/but/i.test(sentence)) {
      parts.push(sentence);
      continue;
    }
    for (const part of sentence.split(BUT_BREAK)) {
      const trimmed = part.trim();
      if (trimmed) parts.push(trimmed);
    }
  }
  const coded = (parts.length ? parts : [text]).map((part) => ({ text: part, ...codeClientUtterance(part) }));
  const utterances = coded.map(({ text: part, code }) => ({ text: part, code }));
  const directional = coded.filter((utterance) => utterance.code !== 'neutral');
  const last = directional.at(-1);
  if (!last) return { code: 'neutral', reasons: coded[0]?.reasons ?? [], utterances };
  let change = 0;
  for (const utterance of directional) if (utterance.code === 'change') change++;
  const sustain = directional.length - change;
  const code: ClientCode = change === sustain ? last.code : change > sustain ? 'change' : 'sustain';
  return {
    code,
    reasons: directional.find((utterance) => utterance.code === code)?.reasons ?? [],
    utterances,
  };
}

/**
 * One code for a client turn: the rules (the direction said last wins, what follows "but" being
 * usually what the client means), then a small naive Bayes model trained on independently coded
 * turns (scripts/train-client-talk.ts), which reads the words with the rules' verdict and may
 * overrule it; the reasons say which did.
 */
export function codeClientTurn(
  text: string,
  _context: { therapistText?: string } = {},
): { code: ClientCode; reasons: string[]; utterances: { text: string; code: ClientCode }[] } {
  let found = turnMemo.get(text);
  if (found === undefined) {
    if (turnMemo.size >= MEMO_LIMIT) turnMemo.clear();
    found = Object.freeze(readClientTurn(text));
    turnMemo.set(text, found);
  }
  // the memo's own entry, frozen: callers only read it
  return found;
}

const turnMemo = new Map<string, ReturnType<typeof readClientTurn>>();

function readClientTurn(text: string): {
  code: ClientCode;
  reasons: string[];
  utterances: { text: string; code: ClientCode }[];
} {
  const rules = readClientRules(text);
  const model = shippedClientTalkModel();
  if (!model) return rules;
  const learned = classifyClientTalk(model, text, rules.code);
  if (learned.code === rules.code) return rules;
  return {
    ...rules,
    code: learned.code,
    reasons: [
      `the learned model reads ${learned.code} talk over the rules' ${rules.code} (margin ${learned.margin.toFixed(1)})`,
      ...rules.reasons,
    ],
  };
}
