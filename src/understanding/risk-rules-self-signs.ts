/**
 * What people do rather than say: methods and method-seeking, warning signs (giving things away, goodbye
 * letters, stockpiling, affairs in order) and self-harm. Part of SELF_RULES (risk-rules-self.ts), in its order.
 */
import { defineRules } from './risk-rule.ts';

export const SIGNS_AND_SELF_HARM_RULES = defineRules([
  // methods and method-seeking (never answered: the crisis move carries no method information)
  {
    id: 'method',
    type: 'suicide',
    level: 'clear',
    pattern:
      '(?:jump(?:ing|ed)?|throw(?:ing)? myself|step(?:ping)?|walk(?:ing)?|lie down|lay down) (?:off|from|in front of|into|onto|on) (?:a |the |my |some )?(?:\\w+ )?(?:bridge|building|roof|rooftop|train|trains|car|cliff|balcony|window|tracks|bus|truck|lorry|traffic|highway|motorway|ledge|tower)|slit(?:ting)? my (?:wrists?|throat)|cut(?:ting)? my (?:wrists?|throat) (?:open|deep)|put a bullet in my|gun to my head|noose|drive (?:my car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|cliff|traffic|oncoming|river|lake)|crash my car on purpose|(?:take|taking|swallow|swallowing|down|downing) (?:all|every(?: one)?|the whole bottle|a whole bottle|the rest)(?: of)? (?:my |the |these |those |of my )?{PILLS}|overdos(?:e|ing)(?= *$)',
    unless:
      "jump(?:ing|ed)? (?:on|onto|into) (?:a |the )?(?:call|train|bus|meeting)|step(?:ping)? (?:off|onto|into) (?:the |a )?(?:train|bus)|(?:character|protagonist|villain|scene|novel|story)|gun to my head,? i (?:couldn'?t|couldnt|can'?t|cant|wouldn'?t|wouldnt) (?:tell|say|name|remember|explain)|(?:is|was|'s|like|truly|basically|real|total) (?:a |the |an absolute )?noose\\b(?! (?:in|under|on|ready|tied|made))|noose of (?:the |a |my |academic |corporate |modern )?\\w+",
  },
  {
    id: 'method-seeking',
    type: 'suicide',
    level: 'clear',
    pattern:
      '(?:how many|how much) (?:\\w+ ){0,2}(?:{PILLS}|of my \\w+) (?:would it take|does it take|would kill|to kill|to die|to overdose|to od|is lethal|is fatal|is too many)|(?:lethal|fatal|deadly) (?:dose|amount|overdose)|(?:painless|quick|easy|quickest|easiest|best|surest|least painful|most painless|fastest) (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill {MYSELF}|end it|end my life|{SUICIDE})|how (?:high|tall) (?:does|do|would) (?:a |the )?(?:bridge|building|fall|drop) (?:need|have) to be|(?:research(?:ing|ed)?|look(?:ing|ed) up|googl(?:ing|ed)|search(?:ing|ed)(?: for)?|read(?:ing)? about) (?:how to (?:die|kill {MYSELF}|end it|overdose)|ways to (?:die|end it|kill)|(?:{SUICIDE}|overdose) methods|how (?:many|much) \\w+ (?:it )?would take)',
  },
  // behavioural warning signs
  {
    id: 'giving-away',
    type: 'suicide',
    level: 'possible',
    pattern:
      'giv(?:e|es|ing|en)(?: away)? (?:away )?(?:all |most )?(?:of )?(?:my|his|her|their) (?:\\w+ )?(?:things|stuff|belongings|possessions|treasures|prized \\w+|jewell?ery|pets?|cat|dog|guitar|collection|games|books|clothes|tools|records|vinyl|camera|medals|fishing \\w+)(?: away)?|gave (?:away )?(?:all |most )?(?:of )?(?:my|his|her|their) (?:\\w+ )?(?:things|stuff|belongings|possessions|treasures|jewell?ery|pets?|cat|dog|guitar|collection|games|books|clothes|tools|records|vinyl|camera|medals|fishing \\w+)(?: away)?',
    unless:
      "(?:library|libraries|school|charity|charities|thrift|goodwill|oxfam|donat\\w*|moving|move house|declutter|decluttering|marie kondo|car boot|garage sale|yard sale|sell|selling|old|spare|outgrown|don'?t use|no longer use|never use|too small|minimalis\\w*|for christmas|birthday|as (?:a )?gifts?)",
    pastForm: true,
  },
  {
    id: 'goodbye-letters',
    type: 'suicide',
    level: 'clear',
    pattern:
      "(?:wr[io]te|writing|write|written|left|leaving|leave|recorded|recording|drafted|drafting|typed|sent|sending)(?: out)?(?: (?:my|his|her|their) \\w+| everyone| everybody| them| him| her)? (?:a |some |my |the |all the |little )?(?:goodbye|good-bye|good bye|farewell|final|last|{SUICIDE}) (?:letters?|notes?|messages?|texts?|emails?|videos?)|(?:letters?|notes?|messages?) (?:to|for) (?:say(?:ing)? )?goodbye|(?:letters?|notes?) (?:to|for) (?:my \\w+|everyone|everybody|people|the people i love|my family)(?: \\w+){0,4} (?:for when i'?m gone|after i'?m gone|when i'?m gone|in case (?:something happens|i'?m not here)|to find after)|said (?:my )?goodbyes? to (?:everyone|everybody|my family|my friends|all my friends|people|the people i love)|(?:this is|consider this) (?:my )?(?:goodbye|final goodbye|last message)|goodbye forever",
    unless:
      '(?:team|colleagues|coworkers|co-workers|company|job|leaving the|retir\\w*|farewell party|leaving party|moving|move abroad|emigrat\\w*|new job|last day|card|wedding|airport|station|before the move|graduation|semester|course|class|holiday|vacation|trip)',
    pastForm: true,
  },
  {
    id: 'stockpiling',
    type: 'suicide',
    level: 'clear',
    pattern:
      '(?:sav(?:e|ing|ed)|stockpil(?:e|ing|ed)|hoard(?:ing|ed)?|collect(?:ing|ed)|stash(?:ing|ed)?|stor(?:e|ing|ed)|keep(?:ing)?|kept|hid(?:ing|den|e)?|squirrel(?:l?ing|l?ed) away|put(?:ting)? aside|set(?:ting)? aside)(?: up)? (?:my |some |all my |all the |the |a lot of |lots of |enough |extra |a stash of |a pile of |a bunch of |up )?(?:old )?{PILLS}(?! (?:for (?:my|the) (?:trip|holiday|vacation|travel)|in the (?:fridge|cabinet)|organi[sz]ed))',
    unless:
      '(?:keep(?:ing)?|kept|stor(?:e|ing|ed)) (?:my |the )?(?:meds|pills|tablets|medication|medicine|insulin) (?:in|on|at|cool|somewhere|safe|away from (?:the )?kids|out of reach)|pill organi[sz]er|prescription refill|for (?:my|the) (?:trip|holiday|vacation)',
  },
  {
    id: 'stockpiled',
    type: 'suicide',
    level: 'clear',
    pattern:
      '{PILLS} (?:saved|stashed|stockpiled|hoarded|hidden|put aside|set aside|squirrell?ed away|ready)(?: up| away)?(?! (?:for (?:my|the) (?:trip|holiday|vacation|travel)))',
    unless:
      'pill organi[sz]er|for (?:my|the) (?:trip|holiday|vacation)|(?:ready|saved) (?:in|on) (?:the|my) (?:cabinet|organi[sz]er|app)',
  },
  {
    id: 'affairs-in-order',
    type: 'suicide',
    level: 'possible',
    pattern:
      "(?:put(?:ting)?|get(?:ting)?|got|sort(?:ing|ed)?|have|had) (?:all )?my affairs in order|(?:bought|got|have|tied|made|found) (?:a |the )?noose|(?:picked|chose|chosen|set) (?:a |the )?date (?:to|for) (?:do it|end it|die|kill {MYSELF}|my death)|(?:stood|standing|been standing|sat|sitting|been sitting|went up) (?:on|at) (?:the |a )?(?:edge of (?:the |a )?(?:bridge|roof|cliff|building|platform)|ledge|bridge railing|roof edge|tracks|cliff edge)|i have a plan (?:to|for how to) (?:die|end it|kill {MYSELF}|do it)|know (?:exactly )?how i(?:'?d| would| will|'?ll| am going to) do it|(?:i'?ve|i have|i) (?:made|got|have) a plan(?= *$)",
  },
  // self-harm
  {
    id: 'self-harm-words',
    type: 'self-harm',
    level: 'clear',
    pattern:
      'self[- ]?harm(?:ing|ed|s)?|self[- ]?injur(?:y|e|ing|ed)|(?:relaps(?:e|ed|ing)|urges?|urge to|did|doing|clean from|been doing|started|back on|want to|wanna|going to) (?:on |to |with )?sh(?= *$| again| last| yesterday| today| tonight| and| but)|(?:\\d+ (?:days?|weeks?|months?|years?)) (?:sh |self[- ]?harm )?clean',
    unless:
      '(?:self[- ]?harm|self[- ]?injury) (?:awareness|prevention|training|research|module|course|policy|essay|article|statistics|rates?)|(?:essay|paper|project|assignment|class|lecture|report|presentation|dissertation) (?:is )?(?:on|about) self[- ]?harm|what (?:even )?counts as self[- ]?harm|is self[- ]?harm (?:addictive|genetic|common|contagious|a (?:mental|choice|sign))|psych(?:ology)? (?:class|essay|assignment)',
  },
  {
    id: 'harm-oneself',
    type: 'self-harm',
    level: 'clear',
    pattern:
      "(?:cut(?:s|ting)?|burn(?:ed|t|s|ing)?|hurt(?:s|ing)?|harm(?:ed|s|ing)?|hit(?:s|ting)?|punch(?:ed|es|ing)?|stab(?:bed|bing)?|scratch(?:ed|es|ing)?|bit(?:e|ing)?|bruis(?:e|ed|ing)|punish(?:ed|ing)?|starv(?:e|ed|ing)|mutilat(?:e|ed|ing)|carv(?:e|ed|ing)|slash(?:ed|ing)?) (?:{MYSELF}|{OTHERSELF})|(?:cut(?:s|ting)?|slash(?:ed|ing)?|burn(?:ed|t|ing)?|scratch(?:ed|ing)?|carv(?:e|ed|ing)) (?:into )?(?:my|his|her|their) (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?)(?! (?:on|while|when|by accident|accidentally|shaving|cooking)\\b)|(?:been |started |start |keep |kept |am |i'?m |im )cutt?in(?:g|')?(?: again)?(?= *$| again| and| but| every| myself)|cutt?in(?:g|')? again|(?:took|take|taking|used|use|using|put|putting) (?:a |the |my )?(?:knife|blade|razor|razor blade|lighter|scissors|compass|glass) (?:to|on|against) my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?)|(?:used to|use to|started to|start to|would|wanted to|want to|wanna) (?:cut|burn|self[- ]?harm|hurt myself|harm myself)(?= *$| again| myself| my (?:arms?|wrists?|legs?|skin|thighs?)| when| if| but| and)",
    unless:
      '(?:cut|cutting|burn(?:ed|t)?|hurt|hurting|harm(?:ed)?|scratch(?:ed)?|bit|bite|stab(?:bed)?) {MYSELF} (?:shaving|cooking|chopping|slicing|gardening|on (?:a|the|some) (?:knife|glass|nail|edge|door|table|tin|can|paper|fence|corner)|(?:while|when) (?:cooking|shaving|chopping|slicing|gardening|cleaning|fixing|working out|playing|running|lifting|climbing|hiking|skiing|moving)|with (?:a|the) (?:knife|kitchen)|at (?:the )?(?:gym|work|practice)|playing|running|lifting|skiing|climbing|falling|by accident|accidentally|doing|in (?:a|the) (?:fall|kitchen|gym))|(?:cut|cutting) {MYSELF} (?:some slack|a (?:break|slice|piece)|off|short|loose|out of)|burn(?:ed|t|ing)? {MYSELF} out|(?:hurt|hurting|punish(?:ed|ing)?) {MYSELF} (?:more|by (?:procrastinating|putting|avoiding|waiting|overthinking|not))|bit(?:e|ing)? {MYSELF} in the (?:butt|ass)|hit {MYSELF} (?:up|with a deadline)|accident',
    pastForm: true,
  },
  {
    id: 'want-to-hurt-oneself',
    type: 'self-harm',
    level: 'clear',
    pattern:
      '(?:want|wanna|urge|urges|tempted|feel like|need|thinking about|thoughts of|craving|crave|itching|going|gonna) (?:to )?(?:cut|cutting|hurt|hurting|harm|harming|burn|burning|punish|hit|hitting)(?: {MYSELF}| again)?(?= *$| again| so bad| badly| tonight|,| and| but)|(?:urge|urges|craving|itch|need) to (?:cut|self[- ]?harm|hurt {MYSELF}|feel pain)|(?:relaps(?:e|ed|ing)) (?:on |with |into )?(?:cutting|self[- ]?harm|burning|hurting {MYSELF})|on purpose to feel something|feel pain on purpose',
    unless:
      'cut (?:corners|down|back|it|this|the|some|a|my|out|costs|ties|loose|class|the cord)|hurt (?:my|his|her|their|your|the) |(?:want|going|gonna) to hit (?:the|my|a|that|send|publish|save)',
  },
]);
