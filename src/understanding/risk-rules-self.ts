import { defineRules } from './risk-rule.ts';

// things people say while talking about suicide as a topic, not about themselves
const SUICIDE_TOPIC =
  "(?:{SUICIDE}|{SUICIDAL}) (?:prevention|rates?|awareness|squad|statistics|stats|research|hotline|helpline|doors?|mission|king|run|runs|drills?|sprints?|bombers?|bombing|pact movie|note movie)|(?:essay|paper|article|report|documentary|book|lecture|talk|presentation|chapter|thesis|research|training|course|module|podcast|study|studies|survey|policy|song|film|movie) (?:on|about|around|for) (?:{SUICIDE}|{SUICIDAL})|(?:plan|move|idea|decision|deadline|schedule|timeline|pace|strategy|mission|trade|bet|merge|refactor|that) (?:is|was|sounds|seems|feels) (?:kind of |kinda |a bit |totally |pretty |basically )?(?:{SUICIDAL}|{SUICIDE})|career {SUICIDE}|social {SUICIDE}|political {SUICIDE}|(?:is|was|be|'s|sounds like|seems like|like) (?:basically |practically |pretty much |total |pure |commercial |career |social )?{SUICIDE} (?:to|for)|(?:my|his|her|their|our) \\w+'?s {SUICIDE} attempts?|(?:his|her|their) {SUICIDE} attempts?|asked (?:me )?(?:if|whether) i(?: \\w+){0,3} {SUICIDAL}(?: \\w+){0,3},? (?:and )?i said no";

/** Suicide and self-harm said about oneself or about someone else. */
export const SELF_RULES = defineRules([
  // direct
  {
    id: 'kill-oneself',
    type: 'suicide',
    level: 'clear',
    pattern:
      '(?:{KILL}(?:ing|ed|s|in)?|off(?:ing|ed)?|end(?:ing|ed)?|unalive|unaliving|unalived|hang(?:ing|ed)?|hung|shoot(?:ing)?|shot|drown(?:ing|ed)?|poison(?:ing|ed)?|gas(?:sing)?|suffocat(?:e|ing|ed)|electrocute|delete|deleting|yeet(?:ing)?) (?:{MYSELF}|{OTHERSELF})',
    unless:
      '(?:poison(?:ing|ed)? {MYSELF} with (?:sugar|junk|caffeine|coffee|fast food)|shot {MYSELF} in the foot|shoot(?:ing)? {MYSELF} in the foot|drown(?:ing|ed)? {MYSELF} in (?:work|coffee|emails|tasks|paperwork)|hang(?:ing|ed)? {MYSELF} up|end(?:ing|ed)? {MYSELF} up|(?:character|protagonist|villain|hero|narrator|novel|story|scene|movie|film|episode|game|book) )',
    pastForm: true,
  },
  {
    id: 'unsafe-self',
    type: 'suicide',
    level: 'possible',
    negatable: false,
    pattern:
      "(?:not|don'?t feel|do not feel) safe (?:with|around|from) myself|(?:i'?m|im|i am) not safe(?= *$| right now| tonight| anymore| on my own| alone| by myself)|(?:don'?t|do not) trust myself (?:tonight|right now|anymore|to stay safe|alone|on my own|not to do something)",
  },
  {
    id: 'kms',
    type: 'suicide',
    level: 'possible',
    pattern:
      '(?:kms|kmss|kmsl|k m s|ctb|catch the bus|[sc]ewer ?slide|[sc]ewerslid(?:e|ing)|unalive|unaliving|unalived|sui cid(?:e|al)|\u{1FAA2})',
  },
  {
    id: 'suicidal',
    type: 'suicide',
    level: 'clear',
    pattern: '{SUICIDAL}(?: thoughts| ideation| feelings| urges)?',
    unless: SUICIDE_TOPIC,
  },
  {
    id: 'suicide-self',
    type: 'suicide',
    level: 'clear',
    pattern:
      '(?:commit(?:ting|ted)?|attempt(?:ing|ed)?|tried|try|thinking (?:about|of)|think (?:about|of)|thought (?:about|of)|thoughts (?:about|of)|considering|considered|contemplating|plan(?:ning)?|planned|died by|died of|lost \\w+ to|survived (?:a |an |my )?(?:attempt(?:ed)?)?|ideation|urges?|(?:an? )?(?:attempt|attempted))(?: (?:a |an |my |his |her )?\\w+)? {SUICIDE}|{SUICIDE} (?:attempts?|note|letter|plan|thoughts?|ideation)|{SUICIDE}(?= *$)',
    unless: SUICIDE_TOPIC,
    pastForm: true,
  },
  // any other mention of suicide that is not clearly a topic: ask rather than guess
  { id: 'suicide-word', type: 'suicide', level: 'possible', pattern: '{SUICIDE}', unless: SUICIDE_TOPIC },
  {
    id: 'want-to-die',
    type: 'suicide',
    level: 'clear',
    pattern:
      '{WANT}(?: {TO}| that i (?:could|would|was|were))?(?: just| really| honestly| simply| sometimes| kinda| kind of)? {DIE}',
    unless:
      '(?:rather|sooner) (?:die|be dead) than|(?:die|dead) (?:of|from) (?:embarrassment|shame|boredom|laughter|laughing|cringe)|dye (?:my|your|her|his) hair',
  },
  {
    id: 'wish-dead',
    type: 'suicide',
    level: 'clear',
    pattern:
      "wish(?:ed|ing)? (?:i|that i)(?: was| were| could be| would be|'d be| d be) (?:dead|ded|gone|never born)|wish(?:ed|ing)? (?:i|that i)(?: had|'d| d) never been born|wish(?:ed|ing)? (?:i|that i) (?:didn'?t|did not|don'?t|dont) exist|wish(?:ed|ing)? (?:i|that i) (?:could|would) (?:just )?(?:die|disappear|vanish|not wake up|never wake up|sleep forever|stop existing)(?! (?:for|on|from|to|into|under|somewhere|till|until|while|at|in)\\b)|wish(?:ed|ing)? (?:i|that i) (?:wouldn'?t|would not|won'?t|didn'?t) wake up",
    negatable: false,
  },
  {
    id: 'better-off-dead',
    type: 'suicide',
    level: 'possible',
    pattern:
      "better off (?:dead|without me|if i (?:was|were|wasn'?t|weren'?t) (?:here|around|alive|gone|dead|born)|if i (?:died|disappeared|was gone|were gone)|with me gone|when i'?m gone)|(?:be|better) (?:better )?without me around",
  },
  {
    id: 'if-i-were-gone',
    type: 'suicide',
    level: 'possible',
    pattern:
      "(?:easier|better|happier|simpler|lighter|relieved|fine|care|notice|miss me|cry|sad)(?: \\w+){0,5} if i (?:just )?(?:was|were|wasn'?t|weren'?t) (?:dead|ded|gone|here|around|alive|born|in the picture)|(?:easier|better|happier|simpler|relieved)(?: \\w+){0,5} if i (?:just )?(?:died|disappeared|was gone|were gone|didn'?t exist|never existed|never woke up|ended it)|disappear(?:ed)? (?:forever|for good|permanently|and never come back|off the face of the earth)|(?:please|pls|plz|someone|somebody|just|god) (?:please |just )?kill me(?! (?:if|when|with|for|at)\\b)|kill me(?: now)? (?:please|pls|plz)|(?:only|no|the) (?:way out|escape|exit)(?: \\w+){0,3} (?:is |would be )?(?:dying|death|to die|suicide|ending it|killing myself)|(?:wish|hope|pray)(?:ed|ing)? (?:i|that i) (?:don'?t|won'?t|never|do not|will not|dont|wont) (?:wake up|make it|see tomorrow|survive)|(?:hope|pray)(?:ed|ing)? (?:i|that i) (?:die|get hit|get killed|crash)|(?:hope|wish)(?:ed|ing)? (?:the|my|this) (?:plane|car|bus|train) (?:crashes|hits me)",
  },
  {
    id: 'better-off-other',
    type: 'suicide',
    level: 'possible',
    pattern:
      '(?:says|said|thinks|feels|told me|believes|keeps saying|texted|wrote|posted)(?: that)? (?:\\w+ ){0,4}better off (?:dead|without (?:her|him|them))',
  },
  {
    id: 'no-reason-to-live',
    type: 'suicide',
    level: 'possible',
    pattern:
      "(?:no|any|what'?s the|whats the|what is the|the|see no|don'?t see (?:the|any|much)|nothing) (?:point|reason|purpose|use) (?:in |of |to )?(?:living|going on|carrying on|being alive|being here|staying alive|existing|waking up|life|live|go on|keep(?:ing)? going|keep(?:ing)? living|trying any ?more|it all|any of it any ?more|anything any ?more|anything(?= *(?:[.,!?;]|$))|getting up any ?more)(?! (?:to|with|at|on|in|into|for|through|past|down|up|back|out)\\b)(?! (?:in|at|for) (?:the|this|that|my) (?:office|city|house|flat|job))|nothing (?:left )?to live for|not worth living|isn'?t worth living|is not worth living|life (?:is|feels) (?:pointless|meaningless|not worth it)|no future for me|(?:there'?s|there is|i have|i'?ve got) nothing (?:left )?(?:to live for|for me here)",
    negatable: false,
  },
  {
    id: 'dont-want-to-live',
    type: 'suicide',
    level: 'clear',
    pattern:
      "(?:don'?t|dont|do not|doesn'?t|doesnt|does not|didn'?t|didnt|no longer|don'?t really|dont really|doesn'?t really) (?:want|wanna|wish|care)(?: {TO})? (?:be alive|live(?! (?:with|in|at|near|there|here|on|together|alone|by|next|somewhere|abroad|close|far)\\b)|exist|keep living|stay alive|go on living|wake up(?! (?:early|at|so|before|tomorrow at|for|in time)\\b)|be here anymore|be around anymore|keep going anymore|be on this earth|be in this world|see tomorrow|live anymore|be alive anymore)",
    negatable: false,
  },
  {
    id: 'cannot-go-on',
    type: 'suicide',
    level: 'possible',
    pattern:
      "(?:can'?t|cant|cannot|can not|couldn'?t) (?:go on|carry on|keep going|keep living|live)(?: like this| anymore| any more| any longer| living| with (?:life|myself|living))|(?:can'?t|cant|cannot|can not) go on(?= *$)|(?:can'?t|cant|cannot) (?:live|exist) like this|tired of (?:living|being alive|life|existing|being here)|sick of (?:living|being alive|existing)|(?:done|finished) with (?:life|living|being alive|existing)|(?:not sure|don'?t know|dont know|unsure|wonder(?:ing)?) (?:if|whether) i (?:want {TO}|wanna|can) (?:live|go on|keep going|be alive|stay alive|keep living|be here|exist)|want (?:it|everything|all of it|this|life) (?:all )?to (?:end|stop|be over)(?: for good| forever| permanently)",
    negatable: false,
  },
  {
    id: 'end-it',
    type: 'suicide',
    level: 'possible',
    pattern:
      '(?:end(?:ing)? it all|end(?:ing)? my (?:own )?life|take (?:my|my own) (?:own )?life|taking my (?:own )?life|took my (?:own )?life|end (?:my|this) (?:suffering|existence|pain for good))|(?:want|wants|wanted|wanting|wanna|tried|try|trying|attempted|going|gonna|thinking (?:about|of)|think about|planning|plan|ready|decided|might|should|could|just|feel like|felt like|considering|contemplating|thought about|close to) (?:to )?(?:just )?end(?:ing)? (?:it|things|everything)(?! (?:with|for|early|on|at|there|here|now and|off|today at|soon with)\\b)(?: all| for good| now| tonight)?',
    unless:
      'end (?:it|things) with (?:him|her|them|my)|end (?:it|things|everything) (?:early|on a high|there)|end (?:the meeting|the call|the session)',
  },
  {
    id: 'burden',
    type: 'suicide',
    level: 'possible',
    pattern:
      "(?:{IM}|i feel like|feel like|i'?m just|i am just|i'?m nothing but|i'?m only|i'?m such|being) (?:just |such |only |nothing but |a huge |a massive |a big )?(?:a )?burden(?: (?:to|on|for) (?:everyone|everybody|my \\w+|them|you|people|the people i love|the world))?",
  },
  {
    id: 'no-one-would-miss',
    type: 'suicide',
    level: 'possible',
    pattern:
      "(?:no ?one|nobody|no body|not a single person|not one person|who) (?:would|will|'?d|'?ll) (?:even )?(?:miss me|care if i (?:died|was gone|were gone|disappeared|wasn'?t here|was dead)|notice if i (?:was|were|am) gone|notice if i (?:died|disappeared|wasn'?t (?:here|around))|come to my funeral)",
  },
  {
    id: 'wont-be-around',
    type: 'suicide',
    level: 'possible',
    pattern:
      "(?:won'?t|wont|will not) be (?:around|here|alive) (?:much longer|for much longer|for long|to see|anymore|any more)|(?:won'?t|wont) have to (?:deal with|worry about|put up with) me (?:much longer|for long|anymore|soon)|(?:after|when|once) i'?m (?:gone|dead|no longer here|not here anymore)(?! (?:on|to|for|from|with|at)\\b)",
  },
  {
    id: 'sleep-forever',
    type: 'suicide',
    level: 'possible',
    pattern:
      '(?:want|wanna|wish|wishing|hope|long|longing|like|love|need) (?:to |i could |i would |i could just |to just |i can )?(?:go to |fall )?(?:sleep|asleep|rest|rest in peace) (?:forever|for good|permanently)|(?:sleep|go to sleep|fall asleep) (?:and never wake up|and not wake up|and not come back)|never (?:to )?wake up again|(?:think|thinking|thought|thoughts|fantasi[sz](?:e|ing)|dream(?:ing)?|obsess(?:ed|ing)?) (?:about|of) (?:dying|death|being dead|not being here|not existing|not waking up|ending it|ending my life|my (?:own )?death|my (?:own )?funeral|disappearing forever|jumping|killing {MYSELF}|{SUICIDE})',
  },
  // "I tried years ago, I'm OK now": an attempt named without its object, told as history
  {
    id: 'attempt-history',
    type: 'suicide',
    level: 'possible',
    pattern:
      "(?:i|i'?ve|ive|i have|i did|i once|i also) (?:tried|attempted|made an attempt|made attempts)(?: it)?(?: once| twice| before| myself)?,?(?= (?:(?:\\d+|a few|few|several|many|some|two|three|four|five|ten|a couple of) )?(?:years?|months?) ago| (?:a )?(?:long )?(?:time|while) ago| when i was| as a (?:teen|teenager|kid)| in (?:high school|college|uni|university|my teens|my twenties|(?:19|20)\\d\\d)| back in| before|,? (?:but )?(?:i'?m|im|i am) (?:ok|okay|fine|good|better|safe))",
    requires:
      "(?:i'?m|im|i am) (?:ok|okay|fine|good|alright|better|safe|in a better place|doing (?:ok|okay|well|better)) now|attempt\\w*|{SUICIDE}|{KILL}|overdos\\w*|(?:haven'?t|have not) (?:\\w+ ){0,3}since|survived|recovery",
    pastForm: true,
  },
  // methods and method-seeking (never answered: the crisis move carries no method information)
  {
    id: 'method',
    type: 'suicide',
    level: 'clear',
    pattern:
      '(?:jump(?:ing|ed)?|throw(?:ing)? myself|step(?:ping)?|walk(?:ing)?|lie down|lay down) (?:off|from|in front of|into|onto|on) (?:a |the |my |some )?(?:\\w+ )?(?:bridge|building|roof|rooftop|train|trains|car|cliff|balcony|window|tracks|bus|truck|lorry|traffic|highway|motorway|ledge|tower)|slit(?:ting)? my (?:wrists?|throat)|cut(?:ting)? my (?:wrists?|throat) (?:open|deep)|put a bullet in my|gun to my head|noose|drive (?:my car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|cliff|traffic|oncoming|river|lake)|crash my car on purpose|(?:take|taking|swallow|swallowing|down|downing) (?:all|every(?: one)?|the whole bottle|a whole bottle|the rest)(?: of)? (?:my |the |these |those |of my )?{PILLS}|overdos(?:e|ing)(?= *$)',
    unless:
      "jump(?:ing|ed)? (?:on|onto|into) (?:a |the )?(?:call|train|bus|meeting)|step(?:ping)? (?:off|onto|into) (?:the |a )?(?:train|bus)|(?:character|protagonist|villain|scene|novel|story)|gun to my head,? i (?:couldn'?t|couldnt|can'?t|cant|wouldn'?t|wouldnt) (?:tell|say|name|remember|explain)",
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
      'giv(?:e|es|ing|en)(?: away)? (?:away )?(?:all |most )?(?:of )?(?:my|his|her|their) (?:\\w+ )?(?:things|stuff|belongings|possessions|treasures|prized \\w+|jewell?ery|pets?|cat|dog|guitar|collection|games|books|clothes)(?: away)?|gave (?:away )?(?:all |most )?(?:of )?(?:my|his|her|their) (?:\\w+ )?(?:things|stuff|belongings|possessions|treasures|jewell?ery|pets?|cat|dog|guitar|collection|games|books|clothes)(?: away)?',
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
  // phrasings found by checking the rules above against new utterances
  {
    id: 'cannot-go-on-more',
    type: 'suicide',
    level: 'possible',
    negatable: false,
    pattern:
      "(?:don'?t|do not) (?:think|know if|know whether|see how) i can (?:go on|carry on|keep going|keep living|live)(?: like this| anymore| any more| any longer|(?= *$))|(?:idk|i dunno) (?:if|whether) i (?:want {TO}|wanna|can) (?:live|go on|keep going|be alive|stay alive|keep living|be here|exist)|(?:want|wish) my (?:life|existence) (?:to )?(?:be over|to end|was over|were over|would end|over with)|(?:hate|sick of|done with) my life(?: \\w+){0,3} (?:want|wish) it (?:to )?(?:be over|to end|would end|would stop)|stop(?:ped|ping)? existing|cease to exist|deserve to (?:die|be dead)|(?:don'?t|do not) deserve to (?:live|be alive|exist)",
  },
  {
    id: 'end-my-life',
    type: 'suicide',
    level: 'clear',
    pattern:
      'end(?:ing)? my (?:own )?life|tak(?:e|ing) my (?:own )?life|end(?:ing)? it all|end(?:ing)? my (?:own )?existence',
  },
  {
    id: 'means-at-hand',
    type: 'suicide',
    level: 'clear',
    pattern:
      '(?:got|have|holding|with|sitting with|staring at|counted out|lined up) (?:a |the |my |all my )?(?:bottle|box|packet|handful|bunch|stash|pile)s? of {PILLS} (?:next to me|in front of me|here|beside me|in my hand|right now|ready|on the (?:table|bed|desk))|(?:drive|driving|steer|steering|swerve|swerving) (?:my car |the car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|cliff|traffic|oncoming \\w+|river|lake|road|edge|truck|lorry)|(?:take|taking|swallow|swallowing) (?:all|every(?: one)?|the rest)(?: of)? (?:his|her|their) {PILLS}',
    unless: '(?:almost|nearly|accidentally|icy|ice|snow|deer|fox|skidded)',
  },
  {
    id: 'self-harm-more',
    type: 'self-harm',
    level: 'possible',
    pattern:
      '(?:relaps(?:e|ed|ing)|i) (?:and )?(?:cut|burned|burnt)(?= (?:last night|again|yesterday|today|this morning|tonight|earlier|deep|deeper)(?![a-z]))|deserve to (?:be hurt|hurt|feel pain|bleed|suffer)',
    pastForm: true,
  },
  {
    id: 'hopeless-future',
    type: 'suicide',
    level: 'possible',
    negatable: false,
    pattern:
      "(?:can'?t|cannot|can not|don'?t|do not) see (?:a|any) future(?: for (?:myself|me))?(?= *$| anymore| at all)|no future for me|better off (?:with|having) (?:a different|another|someone else as their|a new|a better) (?:mum|mom|dad|father|mother|parent|partner|wife|husband|son|daughter)|(?:thinking|thought|think|thinks) about how i(?:'d| would| will|'ll| could| might) do it(?= *$)|(?:favou?r|relief|easier on (?:everyone|them|everybody))(?: \\w+){0,4} if i (?:was|were|wasn'?t|weren'?t) (?:gone|dead|here|around|alive)|(?:no|any) (?:point|reason|purpose) (?:in |of |to )?(?:me|my) (?:being here|being alive|living|existing|staying|going on|carrying on)|want (?:it all|everything|all of this|all of it) to (?:end|stop|be over)(?! for (?:a|one|five|ten|\\d|the|now|today|tonight)\\b)",
  },
  {
    id: 'self-harm-signs',
    type: 'self-harm',
    level: 'possible',
    pattern:
      '(?:punch(?:ed|ing)?|hit(?:ting)?|bang(?:ed|ing)?|slam(?:med|ming)?) (?:the |a |my )?(?:walls?|head|fists?|hands?|doors?)(?: \\w+){0,3} (?:until|till|til) (?:my \\w+ |they |it |i )?(?:bled|bleed|bleeds|bleeding|broke|cracked|bruised)|(?:until|till|til) (?:it|they|i|my \\w+) (?:bled|bleeds?|bleeding)(?: \\w+){0,3} on purpose|(?:hurt|cut|burn|burnt|burned|hit|punch|punched|bruise|bruised|scratch|scratched|bit)\\w*(?: \\w+){0,6} on purpose',
    unless: "(?:did(?:n'?t| not) do it on purpose|not on purpose|by accident|accidentally|didn'?t mean)",
    pastForm: true,
  },
  {
    id: 'stockpiling-more',
    type: 'suicide',
    level: 'clear',
    pattern:
      "(?:sav(?:e|ing|ed)|stockpil(?:e|ing|ed)|hoard(?:ing|ed)?|collect(?:ing|ed)|stash(?:ing|ed)?|hid(?:ing|den|e)?|squirrel(?:l?ing|l?ed) away)(?: up)? (?:my |some |all |the |all of )?(?:\\w+'s |\\w+s' )(?:old |spare |leftover |unused )?{PILLS}",
    unless:
      '(?:for (?:my|the) (?:trip|holiday|vacation|travel)|to (?:return|take back|dispose|hand in|give back) (?:them )?(?:to|at) (?:the )?(?:pharmacy|chemist))',
  },
  // broader shapes: a wish or a "would be better" followed, within a few words, by not being alive
  {
    id: 'death-wish-general',
    type: 'suicide',
    level: 'possible',
    negatable: false,
    pattern:
      "(?:want|wants|wanna|wish|hope|rather|prefer|long|longing|need|(?:would|[a-z]+'d|will|[a-z]+'ll) be (?:\\w+ ){0,2}(?:simpler|easier|better|fine|best|kinder|a relief|okay|ok|happier|lighter))(?: \\w+){0,5}? (?:to |if i )?(?:just )?(?:not be here(?: at all| anymore)?|not be alive|not exist|not existed|be gone|was gone|were gone|gone forever|disappear(?:ed)?|vanish(?:ed)?|be dead|was dead|were dead|died|stop existing|stopped existing|not wake up|never wake up|not be around|wasn'?t here|weren'?t here|wasn'?t around|wasn'?t alive|never existed)(?! (?:for|on|from|to|into|under|somewhere|till|until|while|at|in|with|off|of)\\b)",
    unless:
      '(?:rather|sooner) (?:\\w+ ){0,2}(?:die|be dead) than|(?:embarrass|cringe|holiday|vacation|beach|weekend|meeting|party|for a (?:bit|while|week|day|few)|to my (?:room|bed))',
  },
  {
    id: 'unneeded',
    type: 'suicide',
    level: 'possible',
    negatable: false,
    pattern:
      "(?:the world|everyone|everybody|nobody|no one|no-one|anyone|my family|my kids|the people i love)(?: \\w+){0,2} (?:doesn'?t|don'?t|wouldn'?t|won'?t|does not|do not|would not|will not|never) (?:need|want|notice|miss) me(?= *$| anymore| here| around| alive| at all| if i)|(?:only|last) (?:thing|reason|person|one)(?: \\w+){0,3} (?:keeping|keeps|kept|that keeps|that'?s keeping|stopping|stops) me (?:alive|here|going|from (?:ending|killing|doing it|doing something))|(?:only|last) reason i'?m (?:still )?(?:alive|here|around)|(?:hate|sick of|tired of|done with|exhausted by|fed up with) (?:being alive|being me|existing|my existence|life itself|this life(?= *$))|(?:hate|sick of|tired of) living(?! (?:in|with|at|here|there|next|near|alone|like|on|by|out|from|paycheck)\\b)",
  },
  {
    id: 'means-kept',
    type: 'self-harm',
    level: 'possible',
    pattern:
      '(?:razor|razors|blade|blades|knife|knives|lighter|scissors)(?: \\w+){0,8} (?:for when|in case|just in case|for the next time) (?:it|things|everything|i|the urges?)(?: \\w+){0,2} (?:gets?|get|feel|becomes?|comes?) (?:\\w+ )?(?:bad|worse|too much|unbearable|dark|back)',
  },
  {
    id: 'means-kept-suicide',
    type: 'suicide',
    level: 'possible',
    pattern:
      "(?:{PILLS}|rope|gun|pistol|rifle|noose)(?: \\w+){0,8} (?:for when|in case|just in case|for the day) (?:it|things|everything|i|life)(?: \\w+){0,2} (?:gets?|get|feel|becomes?|can'?t) (?:\\w+ )?(?:bad|worse|too much|unbearable|dark|take it|cope|go on)",
  },
  {
    id: 'die-fallback',
    type: 'suicide',
    level: 'possible',
    pattern:
      "(?:should|ought to|deserve to|might as well|may as well|could just|need to|better) (?:just |all )?(?:go )?(?:die|be dead|end it|disappear)(?! (?:of|from|laughing|happy|inside|a little|for)\\b)|(?:i|and) (?:just )?want out(?! (?:of|from|for)\\b)(?= *$| of (?:this life|life|everything|here))|(?:said|saying|say|made) (?:my |all my )?(?:goodbyes|final goodbyes)|(?:go|walk|swim|drive|leave|wander|walking|swimming)(?: \\w+){0,5} and (?:not|never) (?:come back|return|be found|come home)|(?:can'?t promise|not sure|don'?t know if|might not|may not|won'?t)(?: [\\w']+){0,2} (?:still )?be (?:here|around|alive) (?:tomorrow|next week|much longer|by (?:the|tomorrow|morning|monday|then)|in a (?:week|month))|(?:don'?t|do not) (?:plan|intend|expect|see myself|think i'?ll) (?:on |to )?(?:be(?:ing)?|still be(?:ing)?) (?:around|here|alive) (?:for|by|at|next|much|long|anymore|to see)",
    unless:
      '(?:party|meeting|call|lunch|dinner|drinks|event|standup|stand-up|office|trip|holiday|vacation|conference|wedding|shift|class|lecture|weekend|game|match|for a (?:bit|while|week|day|few))',
  },
  {
    id: 'last-arrangements',
    type: 'suicide',
    level: 'possible',
    pattern:
      "(?:will|affairs|everything(?:'s| is) sorted|paperwork|accounts|passwords|pets?|cat|dog)(?: \\w+){0,8} (?:when|after|once|for when) i(?:'m| am)? (?:go|gone|die|dead|am gone)(?= *$|[ ,])|(?:bought|ordered|got|buying|ordering|purchased|found) (?:a |some |the )?(?:rope|noose|gun|razor blades|blades|helium|charcoal)(?: \\w+){0,3} (?:for it|to do it|to end it|to hang)(?= *$|[ ,])|(?:hospital|ward|icu|a&e|er|psych ward|the er)(?: \\w+){0,4} (?:after|following) (?:my|an|a|her|his) (?:\\w+ )?attempt|survived (?:an|my|a|his|her) (?:\\w+ )?attempt",
    unless: '(?:lawyer|solicitor|sensible|at my age|estate planning|retire|retirement|holiday|trip)',
    pastForm: true,
  },
  {
    id: 'more-shapes',
    type: 'suicide',
    level: 'possible',
    pattern:
      'waiting (?:to die|for death|for the end|to be dead)|better off (?:not (?:waking up|being here|being alive|existing|here|alive|around)|asleep forever|never waking up)|(?:everyone|everybody|the world|my family|my kids|my friends|people|they|world)(?: \\w+){0,4} (?:better|happier|easier|fine|relieved|lighter|better off)(?: \\w+){0,3} without me(?: around| here| in (?:it|their lives|the picture))?|(?:tried|try|trying|attempted|attempt) to (?:overdose|od|hang myself|drown myself|jump|end my life|take my life)',
    pastForm: true,
  },
  {
    id: 'self-harm-object',
    type: 'self-harm',
    level: 'possible',
    pattern:
      '(?:used|use|using|took|take|taking|dragged|drag|pressed|press) (?:it|them|that|this|the (?:blade|glass|razor|shard|lighter|knife)) (?:on|to|against|across|into) my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?)',
    pastForm: true,
  },
  {
    id: 'copycat',
    type: 'suicide',
    level: 'clear',
    pattern:
      '(?:thinking about|think about|thought about|want to|wanna|going to|gonna|tempted to|might|could|considering) (?:do(?:ing)? )?(?:the same(?: thing)?|it too|what (?:he|she|they) did)(?= *$| too| as| like| soon| now)',
    requires:
      '(?:{KILL}\\w* (?:{OTHERSELF}|{MYSELF})|hang\\w* (?:{OTHERSELF}|{MYSELF})|{SUICIDE}|overdos\\w*|took (?:his|her|their) (?:own )?life|ended (?:his|her|their) (?:own )?life)',
  },
]);
