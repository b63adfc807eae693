/**
 * Risk cues, round 4: kinds of disclosure that neither the first cues, the round-3 plain cues nor
 * the learned reader caught on the dev sets — ideation said as a mood or a verdict ("dying sounds
 * peaceful", "ending it seems like the only option", "the dying thoughts are loud"), a voice or "my
 * brain" telling one to act, wishing not to survive ("hoping i don't make it through"), harm to the
 * skin and head as people tell it (heat on the skin, banging the head until it goes quiet, hair
 * pulling, "s/h"), control at home (money, keys, phone, hands round the neck), harm to others as
 * a flash or an object carried, and the body failing in plain words (a swelling throat, a fall one
 * cannot get up from, a baby not moving, one side of sight gone). Each cue is written as a kind of
 * phrasing with its near misses in risk-cues-everyday.test.ts. Read per sentence on the normalised,
 * lower-cased text by risk-cue-reader.ts, like the other cues.
 */
import type { RiskCue } from './risk-cues.ts';

// someone at home who hurts, named or not
const ABUSER =
  '(?:he|she|they|(?:my )?(?:dad|father|step ?dad|mum|mom|mother|step ?mum|step ?mom|husband|wife|boyfriend|girlfriend|bf|gf|partner|ex|fiance|fiancee))';
// what one mind says to the person
const INNER_VOICE = '(?:the voices?|voices? in my head|my (?:brain|head|mind)|something in my head)';

export const RISK_CUES_EVERYDAY: readonly RiskCue[] = [
  // — ideation said as a mood, a verdict or a loud thought —
  {
    id: 'ending-as-option',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:dying|death|being dead|ending it(?: all)?|ending things|ending my life|not waking up|not being here) (?:honestly |just |really )?(?:sounds|seems|feels|looks|would be) (?:\w+ ){0,2}(?:peaceful|nice|good|easier|better|like a relief|like (?:the|my) (?:only|best|easiest) (?:option|way|choice|answer|way out))/,
    negationInside: true,
  },
  {
    id: 'dying-thoughts',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:(?:the |my )?(?:dying|death|suicid\w*|dark) thoughts (?:are|have been|keep|is)|(?:thought|idea)s? of (?:ending (?:it|things|it all|my life)|dying|killing myself|not being here) (?:has |have |had |keeps? )?(?:crossed|cross|crossing|come|coming)|(?:ending (?:it|things|it all)|dying|killing myself|suicide) (?:has |have |had |keeps? )?(?:crossed|crossing) my mind|(?:can't|cannot) stop think\w* (?:about|of|abt|bout) (?:dying|death|dieing|ending it|killing myself|suicide))/,
    negationInside: true,
  },
  {
    id: 'inner-voice-to-die',
    type: 'suicide',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b${INNER_VOICE} (?:keeps? |is |are |has been |have been )?(?:telling|saying|tells|says|told)(?: to)? (?:me )?(?:that )?(?:i should |to )?(?:just )?(?:end it|die|kill myself|step in front|jump|walk into|do it)`,
    ),
    negationInside: true,
  },
  {
    id: 'inner-voice-to-hurt',
    type: 'self-harm',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b${INNER_VOICE} (?:keeps? |is |are |has been |have been )?(?:telling|saying|tells|says|told)(?: to)? (?:me )?(?:that )?(?:i should |to )?(?:just )?(?:hurt|cut|burn|punish) myself`,
    ),
    negationInside: true,
  },
  {
    id: 'hoping-not-to-survive',
    type: 'suicide',
    level: 'possible',
    // "hoping" is not "hope" + "ing": the older rule's (?:hope)(?:ing)? never matched it
    pattern:
      /\b(?:hoping|praying|wishing|kinda hope|kind of hope|secretly hope) (?:that )?i (?:don't|dont|won't|wont|never|do not) (?:make it|wake up|survive|come round|come out of)/,
    negationInside: true,
  },
  {
    id: 'still-here-only-because',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:i )?(?:don't|dont|do not) think i'?d (?:still )?be (?:here|alive|around)|i (?:wouldn't|would not) (?:still )?be (?:here|alive|around) (?:if|without)|(?:shouldn't|should not|should never) have been born|doing (?:every(?:one|body)|them|the world|my family) a favou?r (?:by|if i) (?:going|leaving|dying|disappearing|not being|ending|killing)/,
    negationInside: true,
    selfWhateverSubject: true,
  },
  {
    id: 'going-to-end-it',
    type: 'suicide',
    level: 'possible',
    // the "not" would sit inside the match ("i'm not going to end it"), so an earlier "if i don't" does not cancel it
    pattern:
      /\b(?:i'm|im|i am|i'll|ill|i will) (?:going to|gonna) (?:just )?end (?:it|it all|everything|my life)\b(?! (?:with|for|at|by|early|there|here|now)\b)/,
    negationInside: true,
    selfWhateverSubject: true,
  },
  {
    id: 'least-painful-way-to-go',
    type: 'suicide',
    level: 'clear',
    pattern:
      /\b(?:least painful|painless|quickest|easiest|surest|quietest) way to go\b(?! (?:about|to|through|from)\b)/,
  },
  {
    id: 'goodbye-written',
    type: 'suicide',
    level: 'clear',
    pattern:
      /\b(?:wrote|written|writing|typed|drafted|recorded) (?:my |a |the )?(?:goodbyes?|farewell|suicide note)\b(?! (?:card|cards|speech|party|present|gift|email to (?:the|my) (?:team|colleagues)))/,
  },
  {
    id: 'note-written',
    type: 'suicide',
    level: 'clear',
    // "note" and "letters" alone open nothing (they are everyday words, above all in non-native English)
    pattern:
      /\b(?:(?:wrote|written|writing|finished|left) my note\b(?!s| (?:on|in|about|for (?:work|school|class)))|for when (?:they|someone|somebody|you|people|my \w+) (?:find|finds) me\b)/,
  },
  {
    id: 'final-message',
    type: 'suicide',
    level: 'possible',
    pattern:
      /^\W*(?:my )?(?:final|last) (?:msg|message|text|post)\b(?! (?:of|for|from|about|to|on|in|was)\b)/,
  },
  // — self-harm as people tell it —
  {
    id: 'self-harm-shorthand',
    type: 'self-harm',
    level: 'possible',
    pattern:
      /\b(?:(?:want|wanna|need|urge|going|gonna|about) (?:to )?(?:s\/h|sh)\b(?! (?:up|it|out)\b)|s\/h (?:again|rn|tonight|today|just now|so bad))/,
  },
  {
    id: 'head-against-wall',
    type: 'self-harm',
    level: 'possible',
    // the idiom ("like banging my head against a brick wall") is frustration, not harm
    pattern:
      /(?<!like )(?<!feels like )\b(?:hit|hitting|hits|bang|banged|banging|smash|smashed|smashing|slam|slammed|slamming) my (?:head|fists?|hands?) (?:against|into|on) (?:the )?(?:wall|door|floor|desk|mirror)\b(?!.{0,12}\b(?:trying|with this|with that|code|work)\b)(?=.{0,30}\b(?:till|until|over and over|again|so hard|harder|to make it|to feel|before i|it goes quiet|bleed|bled))/,
  },
  {
    id: 'heat-on-skin',
    type: 'self-harm',
    level: 'clear',
    pattern:
      /\b(?:hot |the )?(?:iron|lighter|flame|cigarette|hot metal|hot knife|hot spoon) (?:to|on|against|into) my (?:skin|arms?|wrists?|legs?|hands?|thighs?|stomach)\b/,
  },
  {
    id: 'bleeding-from-wrist',
    type: 'self-harm',
    level: 'clear',
    pattern:
      /\b(?:blee?d\w*|blood) (?:a lot |so much |loads |heavily |everywhere )?(?:from|on) my (?:wrists?|arms?|thighs?)\b|\b(?:went|go|cut) (?:that|too|so|really) deep\b/,
  },
  {
    id: 'hair-and-skin',
    type: 'self-harm',
    level: 'possible',
    pattern:
      /\b(?:pull\w* (?:out )?my (?:own )?hair(?: out)?\b.{0,40}\b(?:again|bald|patch|bleed|can't stop)|(?:scratch|claw|pick)\w* (?:at )?my skin (?:until|till|til) (?:it'?s |its )?(?:raw|bleed\w*|it bleeds))/,
    negationInside: true,
  },
  {
    id: 'what-ill-do-to-myself',
    type: 'self-harm',
    level: 'possible',
    pattern:
      /\b(?:don't|do not|dont) know what i'?(?:ll|d| will| would| might|'m going to|m gonna)? ?(?:do|might do) to myself/,
    negationInside: true,
  },
  // — harm to others as a flash, a regret, an object carried —
  {
    id: 'harm-others-flash',
    type: 'harm-to-others',
    level: 'possible',
    pattern:
      /\b(?:(?:urge|flash|impulse|thought|picture)s? (?:of )?(?:wanting )?to (?:throw (?:something|things|it) at|hit|shake|hurt|smack|strangle|push|slap) (?:him|her|them|the baby|my (?:son|daughter|toddler|baby|kid|child|flatmate|boss))|(?:could|might|will|gonna|going to) (?:actually |really )?do something (?:i'?ll |i will |i'?d |i )?(?:regret|really regret) (?:to (?:him|her|them)|tonight|if))/,
    negationInside: true,
  },
  {
    id: 'harm-others-carried',
    type: 'harm-to-others',
    level: 'clear',
    pattern:
      /\b(?:(?:next|the next) (?:person|one|guy|kid) (?:who|that) \w+ (?:me|at me)\b.{0,20}\b(?:gets|is getting|will get|gonna get) (?:stabbed|shot|glassed|battered|cut)|(?:carry|carrying) (?:a |the |my )?(?:knife|blade|machete|hammer|bat|weapon|it) (?:in my (?:bag|pocket|coat)|on me|to (?:work|school)) (?:now|every day|everywhere))/,
  },
  // — control and violence at home —
  {
    id: 'control-at-home',
    type: 'abuse',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b${ABUSER} (?:don't|dont|doesn't|doesnt|won't|wont|will not|does not|never) let(?:s)? me (?:have|use|keep|touch) (?:any |my (?:own )?)?(?:money|keys|the keys|car keys|phone|bank card|passport|food)\b|\b${ABUSER} (?:keeps|took|takes|has taken|controls) (?:all )?(?:my|our) (?:money|bank card|cards|wages|passport|keys)\b|\b${ABUSER} (?:checks|reads|goes through) (?:all )?my (?:phone|messages|texts)(?: \w+){0,2} (?:every|each|all the time)`,
    ),
  },
  {
    id: 'threat-if-i-leave',
    type: 'abuse',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\bif i (?:leave|tell (?:anyone|someone|the police|my \w+)|go to the police|break up with (?:him|her))\b.{0,20}\b${ABUSER}(?:'?ll| will|'?d| would| is going to|'s going to|s gonna) (?:hurt|kill|hit|find|beat|make me regret)`,
    ),
  },
  {
    id: 'hands-round-neck',
    type: 'abuse',
    level: 'clear',
    pattern:
      /\b(?:had |put |got )?(?:his|her|their) hands? (?:round|around|on) my (?:neck|throat)\b|\b(?:comes?|came|coming) (?:in(?:to)?|in to) my (?:room|bed) (?:at night|when (?:everyone|mum|mom|she|he)'?s? (?:is )?(?:asleep|out))/,
  },
  {
    id: 'flinch-at-voice',
    type: 'abuse',
    level: 'possible',
    pattern: new RegExp(String.raw`\bflinch\w* (?:every ?time|when(?:ever)?|if) ${ABUSER}`),
  },
  // — the body failing, in plain words —
  {
    id: 'airway-swelling',
    type: 'medical-emergency',
    level: 'clear',
    pattern:
      /\b(?:throat|tongue|lips?|face)(?: and (?:my )?(?:throat|tongue|lips?|face))? (?:is |are |feels |feel |going |getting |all |keeps )*(?:swell\w*|swollen|closing up|closing)\b/,
  },
  {
    id: 'fall-cannot-get-up',
    type: 'medical-emergency',
    level: 'clear',
    pattern:
      /\b(?:fell|fallen|slipped|tripped)\b(?! asleep| behind| for| in love| out| apart)(?:(?! asleep).){0,40}\b(?:can't|cannot|cant) get (?:up|off the floor)\b(?! (?:in|for|early|on time|before|at|when|and)\b)/,
  },
  {
    id: 'body-failing-possible',
    type: 'medical-emergency',
    level: 'possible',
    pattern:
      /\b(?:(?:haven't|havent|have not|not|didn't) (?:felt|feeling|felt the baby|feel) (?:the baby|her|him|it|baby) (?:move|kick)|(?:vision|sight|eye) (?:went|goes|gone|has gone|is|going) (?:all )?(?:blurry|dark|black|blind) (?:on|in) one side|(?:face|mouth) (?:is |has )?(?:droop\w*|gone (?:numb|funny) on one side)|rash (?:is )?spreading|chest\b.{0,40}\b(?:left )?arm (?:tingl\w*|feels heavy|is heavy|heavy|gone numb|numb)|heart (?:keeps |is |has been )?(?:skipp?ing|racing|pounding)\b.{0,30}\bfor (?:like |about |over )?(?:an|\d+|a|half an) (?:hour|hours)|blacked out\b.{0,40}\b(?:still|woozy|dizzy|this morning|today)|(?:drank|drinking|drunk)\b.{0,40}\b(?:took|taken|taking) (?:some |a few |loads of |my )?(?:xanax|pills|tablets|sleeping pills|valium|diazepam))/,
  },
  {
    id: 'all-of-the-means',
    type: 'suicide',
    level: 'clear',
    pattern:
      /\b(?:injected|took|taken|swallowed|had) (?:all (?:of )?(?:my|the) insulin|the whole (?:packet|bottle|box|pack|strip) of)\b/,
  },
];
