import { defineRules } from './risk-rule.ts';

// "I'm going to kill my brother for eating my lunch": anger said as a figure of speech; "gonna kill my sister she used
// my straighteners" gives the petty reason as a clause (round 18, lead's fresh-set class). Only things of no harm:
// "he broke my arm" keeps the reading
const PETTY_REASON =
  "(?:he|she|they)(?:'s| has| have)? (?:just |only |literally |actually )?(?:ate|eaten|used|took|taken|borrowed|finished|drank|drunk|stole|nicked|hogged|ruined|spoiled|spoilt|lost|wore|deleted|binged|watched) (?:my|the|all (?:my|the)|our|his|her) (?:last |new |good |fave |favourite )?(?:leftovers|lunch|dinner|food|snacks?|chocolate|biscuits|crisps|chips|pizza|cake|milk|cereal|charger|straighteners|hair ?dryer|hoodie|jumper|clothes|makeup|headphones|shampoo|remote|seat|spot|netflix|show|episode|game|save|controller|data|hot water|wifi)";
const HYPERBOLE =
  '(?:' +
  PETTY_REASON +
  '|for (?:eating|taking|using|breaking|being|not|forgetting|telling|making|leaving|stealing|borrowing|scheduling|booking|spoiling|snoring|that)|if (?:he|she|they|you) (?:\\w+ ){0,4}(?:again|one more time|another)|lol|lmao|haha|jk|\\bkidding\\b|joking|(?:kill|murder) (?:it|time|the (?:process|lights|bug|engine|mood|vibe|music|task|job|server|app|tab|deadline|boss fight|final boss))|in (?:the|a|this) (?:game|match|round|level|raid)|the boss (?:fight|level|battle)|with kindness|(?:character|novel|story|scene|villain|protagonist|plot|chapter))';

/** Harm to others, abuse and medical emergencies. */
export const OTHERS_RULES = defineRules([
  {
    id: 'harm-others-intent',
    type: 'harm-to-others',
    level: 'possible',
    pattern:
      "(?:want|wanna|going|gonna|will|'ll|could|might|plan(?:ning)?|thinking (?:about|of)|think about|thoughts (?:about|of)|urges? to|tempted|afraid i'?ll|scared i'?ll|scared i might|worried i'?ll|worried i might|fantasi[sz](?:e|ing) about|dream(?:ing)? about|ready)(?: to)? (?:really |actually |seriously |just )?(?:{HARM_VERB}(?:ing)?|kill(?:ing)?|murder(?:ing)?|stab(?:bing)?|shoot(?:ing)?|hurt(?:ing)?|harm(?:ing)?|strangl(?:e|ing)|beat(?:ing)?(?: up)?|punch(?:ing)?|attack(?:ing)?|poison(?:ing)?|shak(?:e|ing)) {PERSON_OBJECT}(?: up)?",
    unless: HYPERBOLE,
  },
  {
    id: 'harm-others-weapon',
    type: 'harm-to-others',
    level: 'clear',
    pattern:
      '(?:bring(?:ing)?|take|taking|brought|carry(?:ing)?) (?:a |my |the )?(?:gun|knife|weapon|rifle|pistol|machete|bat) (?:to|into) (?:work|school|the office|class|campus|his|her|their|the party|church|the meeting)|shoot(?:ing)? up (?:the|my|a|this) (?:school|office|place|workplace|church|party|mall|class|campus)|make (?:them|him|her|everyone|all of them)(?: all)? pay(?= *$| for| with)|(?:hurt|kill) (?:a lot of|lots of|as many) people|going on a rampage',
    unless: 'in (?:the|a|this) (?:game|movie|film|novel|story)',
  },
  {
    id: 'harm-others-urge',
    type: 'harm-to-others',
    level: 'possible',
    pattern:
      '(?:urges?|thoughts?|intrusive thoughts?|images?) (?:of|about|to) (?:hurting|harming|killing|stabbing|drowning|smothering|shaking|hitting) (?:someone|somebody|people|others|him|her|them|my \\w+|the baby|the kids?)',
  },
  // abuse: the person speaking (or someone they name) is being hurt by someone
  {
    id: 'abuse-act',
    type: 'abuse',
    level: 'clear',
    whose: 'victim',
    pattern:
      '{ABUSER} (?:\\w+ ){0,4}{ABUSE_VERB} (?<victim>me|us|(?:my|his|her|their|the) (?:little |baby |younger |older |big |step)?(?:kids?|children|son|daughter|mum|mom|mother|sister|brother|baby)|him|her|them)(?! (?:with (?:a|the) (?:pillow|ball|snowball|water|nerf)|in (?:his|her|their) sleep|back|up|off|to (?:do|finish|work|study|try|be)|into (?:doing|working|studying|trying))\\b)',
    unless:
      '(?:game|match|pillow|snowball|nerf|tickl\\w*|play(?:ing|fight)|wrestl\\w*|sparr\\w*|tag|karate|boxing|training|practice|accident\\w*|by mistake|deadline|hit me up|hits me up|beat me (?:at|in|to)|beats me (?:at|in|to)|beat (?:us|me) (?:at|in|to))|(?:hits?|hit) (?:me|us) (?:with (?:a )?(?:question|request|email|task|deadline|bill|fee)|up)|hit (?:me|us) (?:hard|that)',
    pastForm: true,
  },
  {
    id: 'abuse-hurt',
    type: 'abuse',
    level: 'possible',
    whose: 'victim',
    pattern:
      '{ABUSER} (?:\\w+ ){0,2}(?:hurts|hurt|hurting|grabs|grabbed|grabbing|pushes|pushed|pushing|shakes|shook|restrains|restrained|forces|forced|corners|cornered) (?<victim>me|us|my (?:kids?|children|son|daughter|baby))(?! (?:to|into|by|with (?:words|what|his words|her words)|feelings|emotionally|when (?:he|she|they) (?:left|ignores|ignored|says|said)|up|through|towards|forward|along)\\b)',
    unless:
      '(?:feelings|emotionally|game|play|accident\\w*|by mistake|hug|tickl\\w*|swing|pushed me to|pushes me to|forced me to (?:work|do|finish|study|go))',
    pastForm: true,
  },
  {
    id: 'abuse-unsafe',
    type: 'abuse',
    level: 'possible',
    negatable: false,
    pattern:
      "(?:not|don'?t feel|do not feel|never feel|feel un|am un|i'?m un)(?: \\w+)? ?safe (?:at home|in my (?:own )?(?:house|home|flat|apartment|room)|with (?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|dad|father|mom|mum|mother|stepdad|stepmom|ex|family|parents))|around (?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|dad|father|mom|mum|mother|stepdad|stepmom|ex)))",
  },
  {
    id: 'abuse-threat',
    type: 'abuse',
    level: 'clear',
    whose: 'victim',
    pattern:
      "{ABUSER} (?:\\w+ ){0,2}(?:threaten(?:s|ed|ing)?|said (?:he|she|they)(?:'?d| would| will|'?ll)|says (?:he|she|they)(?:'?ll| will)|(?:will|'?ll|is going to|gonna) (?:\\w+ )?)(?: to)? (?:kill|hurt|beat|hit|harm|take the kids from|take (?:my|the) kids from|shoot|stab|strangle) (?<victim>me|us|him|her|them|my \\w+)(?: if (?:i|we) (?:leave|tell|go|call|report|try|talk|speak|ever))?",
    unless:
      "(?:will|'?ll|is going to|gonna) (?:\\w+ )?kill me(?! if (?:i|we) (?:leave|tell|go to|call|report|try to leave|ever leave|talk to|speak to))|kill me(?: \\w+)? if (?:i|we) (?!(?:ever )?(?:leave|left|tell|told|go to|went to|call|called|report|reported|try to leave|tried to leave|talk to|speak to|see|saw)\\b)\\w+",
  },
  {
    id: 'abuse-state',
    type: 'abuse',
    level: 'possible',
    whose: 'victim',
    pattern:
      "(?<victim>i|i'?m|im|i am|i was|i've been|i have been|i got|i get) (?:being |been |getting |was |am )?(?:abused|raped|sexually assaulted|assaulted|molested|beaten up|beaten|battered|strangled|choked)(?! (?:by (?:the|this|that) (?:deadline|workload|project|game|boss fight)))|(?:i'?m|im|i am|i feel) (?:so )?(?:scared|afraid|terrified|frightened) (?:of (?:my (?:partner|husband|wife|boyfriend|girlfriend|dad|father|mom|mum|mother|stepdad|ex)|him|her)|to go home|to go back home|for my (?:life|safety))|(?:he|she|my (?:partner|husband|wife|boyfriend|girlfriend)) (?:won'?t|doesn'?t|does not|will not) let me (?:leave|go out|see my (?:friends|family)|have (?:money|my phone|a phone)|talk to anyone)|(?:domestic|intimate partner) (?:violence|abuse)|(?:he|she|my \\w+) (?:touch(?:es|ed)|touching) me (?:and i|when i|inappropriately|down there|there|without)|(?:i'?m|im|i am) in an abusive (?:relationship|home)|(?:he|she|they) (?:controls|tracks|monitors) (?:everything i do|my phone|my money)|(?:hiding|hide) (?:the )?bruises",
    unless:
      '(?:domestic|intimate partner) (?:violence|abuse) (?:awareness|training|course|module|policy|research|charity|essay|report|statistics|campaign)',
    pastForm: true,
  },
  // medical emergency: emergency services first
  {
    id: 'medical-overdose',
    type: 'medical-emergency',
    level: 'clear',
    pattern:
      "(?:took|taken|swallowed|had|took in|downed|just took|have taken|ate)(?: like| about| maybe)? (?:way )?(?:too many|too much|a lot of|loads of|lots of|a load of|a bunch of|a ton of|a heap of|handfuls of|all (?:of )?(?:my|the|his|her)(?: \\w+){0,2}|the whole|a (?:whole |full )?(?:bottle|packet|pack|box|handful|strip|month'?s supply) of|double|triple|\\d{2,}|twenty|thirty|forty|fifty)(?: of)?(?: my| the| these| those| his| her| their)?(?: \\w+)? {PILLS}|(?:overdosed|od'd|od'?ed|took an overdose|taken an overdose|have overdosed)(?! (?:on|with) (?:caffeine|coffee|sugar|netflix|tv|memes|chocolate|candy|energy drinks|work|sunshine|cuteness))|(?:drank|swallowed|drunk) (?:some |a (?:bottle|cup|glass) of )?(?:bleach|antifreeze|poison|weed ?killer|drain cleaner)",
    pastForm: true,
  },
  {
    id: 'medical-cardiac',
    type: 'medical-emergency',
    level: 'clear',
    pattern:
      "(?:chest (?:\\w+ ){0,3}(?:pain|pains|painful|hurts|hurting|aches|aching|pressure)|(?:pain|crushing|pressure|squeezing) in my chest|crushing (?:chest )?(?:pain|pressure))(?:.{0,60})(?:arm|jaw|numb\\w*|pass\\w* out|trouble breathing|faint\\w*|tingl\\w*|sweat\\w*|short of breath|can'?t breathe|nause\\w*|dizzy|faint\\w*|spreading|radiat\\w*)|(?:left|right) arm (?:is |feels |went |has gone |goes )?(?:numb|tingly|dead|heavy)(?:.{0,40})chest|(?:numb|tingl\\w*) (?:in|down) my (?:left )?arm(?:.{0,40})chest|(?:i'?m|im|i am|i think i'?m|i might be|he'?s|she'?s|they'?re|is) having (?:a )?(?:heart attack|stroke|seizure|cardiac arrest|an allergic reaction|anaphylaxis|anaphylactic shock)|(?:face|mouth|smile) (?:is |has )?(?:drooping|droopy|gone droopy)|slurr(?:ed|ing) (?:speech|my words|his words|her words)|(?:can'?t|cannot|can not) (?:feel|move) (?:my|the|his|her) (?:left|right) (?:side|arm|leg)|(?:not|isn'?t|is not|stopped|has stopped|aren'?t|not really) breathing|(?:lips|face|fingers) (?:are |is |turning |going |gone |went )?blue|(?:throat|tongue) (?:is |feels )?(?:closing|swelling|swollen) (?:up)?|bleeding (?:heavily|a lot|so much|badly|everywhere|won'?t stop|that won'?t stop|and it won'?t stop)|won'?t stop bleeding|collapsed and|(?:unconscious|unresponsive)|(?:can'?t|cannot) wake (?:him|her|them|my \\w+) up|(?:blood|bleeding) (?:is )?(?:pouring|gushing|spurting)",
    unless:
      '(?:gave|give|giving|nearly|almost|near|mini|little|tiny|practically|basically|about to) (?:me )?(?:had |have |a )?(?:heart attack|stroke)|having a (?:heart attack|stroke) (?:reading|looking|seeing|at|over|because of (?:this|the) (?:code|email|bill|price|news))|(?:reading|looking at|seeing) (?:this|the|that) (?:code|email|bill|price)|blue in the face|(?:character|patient in the|scene|novel)',
  },
  {
    id: 'medical-chest-pain',
    type: 'medical-emergency',
    level: 'possible',
    pattern:
      "(?:sharp|crushing|stabbing|severe|bad|really bad|intense|sudden) (?:chest pain|pain in my chest)|(?:chest pain|pain in my chest) (?:that|which) (?:won'?t|will not|doesn'?t) (?:go away|stop)|(?:having|got|have|with|getting) chest pains?(?! (?:from|when i|whenever|because of|with) (?:anxiety|stress|worry|panic))",
    unless:
      '(?:like|as if|feels like|kind of|sort of|a bit of|from anxiety|when i(?:\\x27|)m anxious|anxious|stress(?:ed)?|panic)',
  },
  {
    id: 'medical-breathing',
    type: 'medical-emergency',
    level: 'possible',
    pattern:
      "(?:can'?t|cannot|can not|cant|unable to) (?:breathe|breath|get (?:any )?air|catch my breath)(?! (?:when|whenever|if|thinking|about|because of (?:the|this) (?:deadline|work|task)))|(?:struggling|gasping) (?:to breathe|for (?:air|breath))|passed out and|keep(?:s)? passing out|(?:he|she|they|my \\w+) (?:passed out|collapsed|fainted)(?: and| on| in|$)",
    unless:
      '(?:feel(?:s|ing)? like|felt like|like i|as if|as though|almost|kind of|kinda|sort of|barely|can hardly|with (?:all )?(?:this|the) (?:work|stress|pressure|deadline)|(?:laughing|laughed|laugh)|(?:under|with) (?:this|all this|the) (?:workload|pressure)|(?:emails|messages|meetings|work|tasks|things to do))',
  },
  {
    id: 'abuse-sexual',
    type: 'abuse',
    level: 'clear',
    whose: 'victim',
    pattern:
      "{ABUSER} (?:\\w+ ){0,2}(?:forces?|forced|makes?|made|pressures?|pressured) (?<victim>me|her|him|them) (?:to have sex|into (?:having )?sex|to do sexual|into sexual|to sleep with)|(?:won'?t|doesn'?t|didn'?t) stop when (?<victim2>i) (?:say|said) no",
    pastForm: true,
  },
  {
    id: 'medical-more',
    type: 'medical-emergency',
    level: 'possible',
    pattern:
      'chest (?:is |feels )?(?:crushing|crushed|being crushed)|(?:mixed|mixing|took|taken|washed down|downed) (?:my |some |the |a few |a bunch of |all my )?{PILLS} (?:with|and) (?:a lot of |loads of |lots of |some |a bottle of |too much |half a bottle of )?(?:alcohol|booze|vodka|wine|beer|whisky|whiskey|drinks|gin|rum)',
  },
  {
    id: 'medical-unresponsive',
    type: 'medical-emergency',
    level: 'clear',
    pattern:
      "(?:he|she|they|he'?s|she'?s|they'?re|(?:my|his|her|the|our) \\w+(?: is| was)?)(?: \\w+){0,2} (?:not|isn'?t|won'?t|wont|is not|will not) (?:waking up|wake up|responding|come round|coming round)(?! (?:to|for|until|till|before|at|in|early|on time)\\b)",
    unless: '(?:alarm|early|morning|on time|school|emails?|texts?|messages?|calls?|phone)',
  },
  {
    id: 'more-signs',
    type: 'medical-emergency',
    level: 'clear',
    pattern:
      "(?:numb|weak|weakness|tingl\\w*|can'?t move|cannot move|drooping)(?: \\w+){0,3} (?:on )?(?:my|his|her|their|the|one) (?:left|right|whole) side|(?:words|speech) (?:are |is )?(?:coming out )?(?:wrong|slurred|jumbled|garbled|all wrong)|blood everywhere|so much blood|(?:fell|collapsed|fainted)(?: \\w+){0,3} (?:and )?(?:hit|banged|cracked) (?:her|his|my|their) head",
  },
  {
    id: 'harm-others-means',
    type: 'harm-to-others',
    level: 'clear',
    pattern:
      '(?:gun|knife|weapon|rifle|pistol|bat|machete)(?: \\w+){0,3} (?:and|to) (?:shoot|stab|kill|hurt|attack|beat) {PERSON_OBJECT}',
    unless: '(?:game|movie|film|novel|story|nerf|water gun|paintball|laser tag)',
  },
  {
    id: 'abuse-neglect',
    type: 'abuse',
    level: 'possible',
    whose: 'victim',
    pattern:
      "{ABUSER} (?:\\w+ ){0,3}(?:locks?|locked|locking|shuts?|shut) (?<victim>me|us|my (?:\\w+ )?(?:kids?|children|son|daughter|brother|sister)|him|her|them) (?:in|out|inside)(?! of (?:the|my) (?:account|chat|group|meeting))|(?:doesn'?t|won'?t|don'?t|didn'?t|never) (?:feed|let (?:me|us) eat)",
    pastForm: true,
  },
]);
