/**
 * Round 14, second pass, by class (the lead's classes of miss from a fresh set; no item's words): risk said with no
 * verb of intent and no risk word. The older cues wait for "kill", "end it" or "want to die"; fresh writers say:
 * - a plan or a date kept back ("made a plan, not saying what", "got a day in mind now") and the means ready but
 *   the nerve missing ("everything i need is in the cabinet, just need the guts");
 * - a crossing, rail or platform with a lure ("the level crossing would be so simple");
 * - passive ideation in work or metaphor terms ("nobody would miss one more cleaner like me", "the only way out is
 *   out", "wouldn't mind if the lorry didn't brake"), or an old attempt and the same feeling now;
 * - harm done to the person that is ongoing but not this minute ("my cousin does stuff to me when he stays", a
 *   partner who checks the phone and money and calls them stupid, a parent violent when drinking);
 * - a threat with no idiom ("i'll do something i can't take back").
 * All are 'possible': the check-in question is cheap, and the answer settles it.
 */
import type { RiskCue } from './risk-cues.ts';

const VEHICLE = '(?:bus|truck|lorry|train|tram|car|van|coach|taxi)';
const A_RELATIVE =
  "(?:uncle|stepdad|step ?dad|step ?brother|stepbrother|cousin|brother|grandad|grandpa|granddad|dad|father|mum|mom|mother|stepmum|stepmom|aunt|auntie|husband|wife|boyfriend|girlfriend|partner|bf|gf|neighbou?r|coach|teacher|boss|manager|landlord|(?:mum|mom)'?s (?:boyfriend|partner|husband))";

export const RISK_CUES_UNWORDED: readonly RiskCue[] = [
  {
    // "i've made a plan, not telling anyone what", "i have a plan now and i know when": a plan kept back
    id: 'plan-kept-back',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\bi(?:'ve| have|ve)? (?:made|got|have|worked out|come up with) (?:a|my|the) plan\b[^.!?]{0,30}?(?:\W+(?:but |and )?(?:i'?m |im )?(?:not (?:going to |gonna )?(?:say|saying|tell|telling|sharing)|won'?t (?:say|tell)|keeping it to myself)|\W+and i know (?:how|when|where)(?:\s*[.,;!]|\s*$))/,
  },
  {
    // "got a day in mind now, it's the 3rd", "i've chosen the date." — a date set, nothing said of what for
    id: 'date-set-unsaid',
    type: 'suicide',
    level: 'possible',
    pattern:
      /(?:\bi(?:'ve| have|ve)? |^\W*)(?:(?:picked|chosen|set|decided on) (?:a|the|my) (?:date|day)|(?:got|have) (?:a|the) (?:date|day) in mind)(?: now)?(?:\s*[.,;:-]\s*(?:it'?s |its )?(?:the \d|\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next)|\s*[.;]?\s*$)/,
  },
  {
    // "everything i need is in the cabinet, just need the guts": the means ready, only the nerve missing
    id: 'means-ready-nerve-missing',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:everything|all|what) i need\b[^.!?]{0,60}\b(?:just|only) (?:need|needs|missing|lacking) (?:to (?:find|work up|get) )?(?:the |my )?(?:nerve|guts|courage|bottle)\b(?! to\b)/,
  },
  {
    // "the level crossing would be so simple", "by the tracks, it looks so easy": a crossing or rail with a lure
    id: 'crossing-with-a-lure',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:level crossing|railway crossing|train crossing|rail(?:way)? (?:line|tracks?)|train tracks|the tracks|platform edge|railing|railings|guard ?rail)\b[^.!?]{0,50}\b(?:would be|looks?|seems?|feels?|is) (?:so |really |very )?(?:simple|easy|inviting|tempting|peaceful|quick)\b/,
  },
  {
    // "nobody would miss one more cleaner like me", "no one would notice a shelf stacker": worth measured by a job
    id: 'not-missed-as-a-worker',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:no ?one|nobody|no body|noone) (?:would|will|'d) (?:miss|notice|care about|mourn) (?:a|one|one more|one less|another|some) (?:\w+ ){0,2}?(?:like me|\w+er|\w+or|\w+ist|temp|nurse|clerk|cleaner|picker)\b/,
  },
  {
    // "the only way out is out", "wouldn't mind if the lorry didn't brake": passive wishes in metaphor
    id: 'passive-metaphor',
    type: 'suicide',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\bonly way out is (?:out|through the window|down|to go)\b|\b(?:wouldn'?t|would not|won'?t|wouldnt) (?:mind|care) if (?:the |a |that |some )?${VEHICLE} (?:didn'?t|did not|doesn'?t|never) (?:stop|brake|see me|swerve)|\bif (?:the |a )?${VEHICLE} (?:didn'?t|did not) (?:stop|brake|swerve)\W{0,3}(?:i )?(?:wouldn'?t|would not) (?:mind|care)`,
    ),
  },
  {
    // "overdosed at 20 and the feeling is back now, same as then": an old attempt and the same feeling today
    id: 'old-attempt-feeling-back',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:overdosed|od'?d|tried to (?:end it|end my life|kill myself|take my (?:own )?life)|attempted|my (?:last |first )?attempt)\b[^.!?]{0,80}\b(?:feel(?:ing)? (?:the same|exactly the same|just like (?:that|then)|like that) (?:way )?(?:again|now|as then)|(?:the )?(?:same )?feeling(?:s)? (?:is|are) back|feel(?:ing)? (?:the same|like that) (?:now|again))/,
  },
  {
    // "my cousin does stuff to me when he stays", "he does things to me when mum is out": harm kept unnamed
    id: 'does-things-to-me',
    type: 'abuse',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:my |our )?${A_RELATIVE} (?:does|did|keeps doing|has been doing|tries|makes me do) (?:things|stuff|something|bad things|things i don'?t like) (?:to|with) me\b|\b(?:he|she|they) (?:does|keeps doing|has been doing) (?:things|stuff) to me (?:when|whenever|every time|while)\b`,
    ),
  },
  {
    // "he checks my phone and my bank and calls me an idiot": coercive control, even when "that is normal here"
    id: 'checks-and-belittles',
    type: 'abuse',
    level: 'possible',
    pattern:
      /\b(?:checks|reads|goes through|looks through|controls|takes) (?:all )?my (?:phone|messages|texts|money|bank|wages|pay|card|account|emails)\b[^.!?]{0,80}\b(?:calls me|says i'?m|says i am|tells me i'?m|tells me i am) (?:a |an )?(?:stupid|idiot|useless|worthless|thick|dumb|nothing|pathetic|moron)/,
  },
  {
    // "dad gets violent when he drinks, most weekends": a parent or partner violent with drink, ongoing
    id: 'violent-when-drinking',
    type: 'abuse',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:my )?${A_RELATIVE} (?:gets|goes|turns|is|becomes) (?:violent|rough|handsy|scary and hits?|nasty with (?:his|her) (?:fists|hands))\b[^.!?]{0,20}\b(?:when|whenever|after|if) (?:he|she|they) (?:drinks|has been drinking|'s been drinking|is drunk|gets drunk|has a drink)`,
    ),
  },
  {
    // "i swear i'll do something i can't take back": a threat in plain words, no idiom
    id: 'something-cannot-take-back',
    type: 'harm-to-others',
    level: 'possible',
    pattern:
      /\b(?:i'?ll|i will|i'?m (?:going to|gonna)|i might|scared i'?ll|afraid i'?ll) do something (?:i|i'?ll|i will|i'?d) (?:can'?t|cannot|couldn'?t|never) (?:take back|undo|come back from)\b/,
  },
];
