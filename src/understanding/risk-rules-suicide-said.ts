/**
 * Suicide said in words: a direct statement, a wish to be dead, life not worth living, being a burden,
 * not being around, and an attempt told as history. Part of SELF_RULES (risk-rules-self.ts), in its order.
 */
import { defineRules } from './risk-rule.ts';

// things people say while talking about suicide as a topic, not about themselves
const SUICIDE_TOPIC =
  "(?:{SUICIDE}|{SUICIDAL}) (?:prevention|rates?|awareness|squad|statistics|stats|research|hotline|helpline|doors?|mission|king|run|runs|drills?|sprints?|bombers?|bombing|pact movie|note movie)|(?:essay|paper|article|report|documentary|book|lecture|talk|presentation|chapter|thesis|research|training|course|module|podcast|study|studies|survey|policy|song|film|movie) (?:on|about|around|for) (?:{SUICIDE}|{SUICIDAL})|(?:plan|move|idea|decision|deadline|schedule|timeline|pace|strategy|mission|trade|bet|merge|refactor|that) (?:is|was|sounds|seems|feels) (?:kind of |kinda |a bit |totally |pretty |basically )?(?:{SUICIDAL}|{SUICIDE})|career {SUICIDE}|social {SUICIDE}|political {SUICIDE}|(?:is|was|be|'s|sounds like|seems like|like) (?:basically |practically |pretty much |total |pure |commercial |career |social )?{SUICIDE} (?:to|for)|(?:my|his|her|their|our) \\w+'?s {SUICIDE} attempts?|(?:his|her|their) {SUICIDE} attempts?|asked (?:me )?(?:if|whether) i(?: \\w+){0,3} {SUICIDAL}(?: \\w+){0,3},? (?:and )?i said no|(?:plants?|flowers?|succulents?|cact(?:us|i)|basil|herbs?|tomatoes|seedlings?|sourdough|starter|phone|laptop|battery|computer|printer|car|code|app|server|fish) (?:\\w+ ){0,2}(?:committ\\w* {SUICIDE}|(?:are|is|was|were|seem|look)s? {SUICIDAL})";

export const SUICIDE_SAID_RULES = defineRules([
  // direct
  {
    id: 'kill-oneself',
    type: 'suicide',
    level: 'clear',
    pattern:
      '(?:{KILL}(?:ing|ed|s|in)?|off(?:ing|ed)?|end(?:ing|ed)?|unalive|unaliving|unalived|hang(?:ing|ed)?|hung|shoot(?:ing)?|shot|drown(?:ing|ed)?|poison(?:ing|ed)?|gas(?:sing)?|suffocat(?:e|ing|ed)|electrocute|delete|deleting|yeet(?:ing)?) (?:{MYSELF}|{OTHERSELF})(?! with (?:work|overwork|overtime|deadlines|revision|studying|exams?|training|exercise|stress|worry|worrying|(?:this|that|these|the|my) (?:work|job|project|course|deadlines?|shifts?|hours|workload|revision|training|exams?|degree|thesis)))',
    // "i'm killing myself with work today" (round 19: read clear beside a time), anchored to the match, so "i'm
    // killing myself with work. i want to kill myself tonight" still reads the second
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
      "(?:rather|sooner) (?:die|be dead) than|(?:die|dead) (?:of|from) (?:embarrassment|shame|boredom|laughter|laughing|cringe)|dye (?:my|your|her|his) hair|(?:when i'?m|when im|when i am|aged?|at the age of) (?:\\d{2,3}|a hundred|really old|old)\\b|of old age|(?:at|when i'?m|when im) (?:[89]\\d|1\\d\\d)\\b",
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
  // (and "I shan't be troubling anyone much longer": an older person's way of saying it, missed on round 14's
  // fresh set while the same words with "around" were read)
  {
    id: 'wont-be-around',
    type: 'suicide',
    level: 'possible',
    pattern:
      "(?:won'?t|wont|will not|shan'?t|shall not) be (?:around|here|alive) (?:much longer|for much longer|for long|to see|anymore|any more)|(?:won'?t|wont|will not|shan'?t|shall not) be (?:troubling|bothering|burdening|a (?:burden|bother|nuisance|trouble) (?:to|on)) (?:anyone|anybody|you|you all|them|people|everyone|my family|the family)(?: (?:for )?(?:much longer|long|anymore|any more))|(?:won'?t|wont) have to (?:deal with|worry about|put up with) me (?:much longer|for long|anymore|soon)|(?:after|when|once) i'?m (?:gone|dead|no longer here|not here anymore)(?! (?:on|to|for|from|with|at)\\b)",
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
]);
