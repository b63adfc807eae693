/**
 * Phrasings found by checking the first rules against new utterances, and broader shapes (a wish or a
 * "would be better" followed by not being alive, means kept, last arrangements, copying another's death).
 * Part of SELF_RULES (risk-rules-self.ts), in its order.
 */
import { defineRules } from './risk-rule.ts';

export const SELF_RULES_LATER = defineRules([
  // phrasings found by checking the rules above against new utterances
  {
    id: 'cannot-go-on-more',
    type: 'suicide',
    level: 'possible',
    negatable: false,
    pattern:
      "(?:don'?t|do not) (?:think|know if|know whether|see how) i can (?:go on|carry on|keep going|keep living|live)(?: like this| anymore| any more| any longer|(?= *$))|(?:don'?t|do not) know how (?:to|i can|i'?m (?:meant|supposed) to) (?:go on|carry on|keep going|keep living)(?: like this| anymore| any more| any longer|(?= *[.!?]* *$))|(?:idk|i dunno) (?:if|whether) i (?:want {TO}|wanna|can) (?:live|go on|keep going|be alive|stay alive|keep living|be here|exist)|(?:want|wish) my (?:life|existence) (?:to )?(?:be over|to end|was over|were over|would end|over with)|(?:hate|sick of|done with) my life(?: \\w+){0,3} (?:want|wish) it (?:to )?(?:be over|to end|would end|would stop)|stop(?:ped|ping)? existing|cease to exist|deserve to (?:die|be dead)|(?:don'?t|do not) deserve to (?:live|be alive|exist)",
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
