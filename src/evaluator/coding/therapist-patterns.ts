/**
 * The words of MITI 4.2.1's therapist behaviours, one pattern per behaviour, matched against a
 * lower-cased utterance with straight apostrophes. Kept apart from the coder's decision order so a
 * calibration change is one diff. Written from the MITI 4.2.1 manual's definitions, not from any
 * coded set.
 */

import { createAlternationFamily } from './gated-alternation.ts';

// the cue alternations the coder asks about one utterance in a row: one scan of it serves them all
const CUES = createAlternationFamily();

/** Nothing but an acknowledgement, a greeting or a filler: coded none. */
export const ACKNOWLEDGEMENT =
  /^(?:(?:ok(?:ay)?|alright|all right|right|sure|yes|yeah|yep|mm+(?:-?hmm+)?|uh-?huh|hmm+|i see|got it|gotcha|good|great|fine|thanks|thank you|hi|hello|hey|welcome|wow|oh|ah|cool|fair enough|interesting|nice|i understand|i know|of course|absolutely|exactly|totally|sounds good|that makes sense|makes sense|i hear you|okay then|right then|so)[\s.!,…-]*)+$/;

/** Social openers, structuring and the therapist's own asides: none. */
export const SOCIAL_OR_STRUCTURE =
  /\bi(?:'m| am) (?:always |still )?here (?:for|to (?:support|help|listen to)) you\b|^thanks? (?:you )?(?:again |so much |very much )?for (?:the|our|this|sharing|talking|chatting|your time|coming|joining|taking)|^(?:hi|hello|hey|good (?:morning|afternoon|evening)|nice to (?:meet|see)|thanks? (?:you )?for (?:coming|being here|making (?:the )?time|your time)|welcome|we(?:'ve| have) (?:got |still got )?(?:about |around )?\w+ minutes|let's get started|let's begin|before we (?:start|begin|finish|end)|i'm (?:just |not )?(?:being|trying|here to)|i'm not (?:here to|going to) (?:judge|lecture|tell)|that's (?:all|it) for today|see you (?:next|soon)|take care|bye|goodbye)\b/;

export const CONFRONT = CUES.alternation([
  String.raw`\byou're telling me\b`,
  String.raw`\bcome on\b`,
  String.raw`\b(?:be|being) (?:honest|real|straight) with (?:yourself|me)\b`,
  String.raw`\bnot being honest\b`,
  String.raw`\b(?:in|is|it's) denial\b`,
  String.raw`\bdenial is\b`,
  String.raw`\byou're (?:just |clearly |obviously )?(?:an? )?(?:addict|alcoholic|drunk|catastrophi[sz]ing|overreacting|exaggerating|making excuses|kidding yourself|fooling yourself|lying|minimi[sz]ing|in denial|being (?:lazy|dramatic|ridiculous|defensive|selfish|irresponsible|childish|stubborn|difficult))\b`,
  String.raw`\bthat's (?:simply |just )?(?:not true|an excuse|ridiculous|nonsense|on you|your (?:own )?(?:fault|problem|doing)|not how (?:it|this) works|a cop-out|a lot of excuses)\b`,
  String.raw`\b(?:just |more |another )?excuses?\b`,
  String.raw`\byou (?:always|never) (?:do|say|make|blame|have an excuse)\b`,
  String.raw`\byou (?:should|could) have (?:known|thought|listened)\b`,
  String.raw`\bwhat did you expect\b`,
  String.raw`\bi don't (?:buy|believe) (?:that|it|you)\b`,
  String.raw`\b(?:keep|stop) blaming\b`,
  String.raw`\bblame (?:everyone|everybody|others|her|him|them|your)\b`,
  String.raw`\bconvenient\b`,
  String.raw`\bseriously\?$`,
  String.raw`^(?:then|so|well) why (?:don't|won't|can't) you\??$`,
  String.raw`\bwhy (?:haven't|didn't|can't|won't) you (?:just )?(?:quit|stop|do|done|listen|take|tried|try|change)\b`,
  String.raw`\b(?:that|this) is (?:a|your) (?:choice|decision) you(?:'re| are)? making\b`,
  String.raw`\byou(?:'re| are) (?:the one|responsible)\b.*\b(?:drinking|smoking|using|spending|gambling|fault)\b`,
  String.raw`\bgrow up\b`,
  String.raw`\b(?:isn't|won't|is not) going to cut it\b`,
  String.raw`\byou(?:'re| are) (?:just )?(?:putting it off|making excuses|avoiding it|kidding yourself)\b`,
  String.raw`\bdoesn't (?:really )?suggest\b`,
  String.raw`,? and you know (?:that|it)[.!]*$`,
  String.raw`\b(?:every(?:body|one)|people with (?:a |an )?\w+ (?:problem|issue)s?|all \w+|they all) (?:always )?says? that\b`,
  String.raw`\bthat's what (?:every(?:body|one)|they all|people) says?\b`,
  String.raw`\bthat's (?:not (?:really )?a (?:good )?(?:reason|excuse)|just luck|(?:completely |totally |pretty )?irresponsible)\b`,
  String.raw`\byou could have (?:killed|hurt|died|lost)\b`,
  String.raw`\byou(?:'re| are) choosing (?:not )?to\b`,
  String.raw`\bnothing compared to\b`,
  String.raw`\bdon't be surprised\b`,
  String.raw`\bdoesn't mean you can\b`,
  String.raw`\b(?:isn't|is not|won't|aren't) going to (?:help|fix|work|change)\b`,
  String.raw`\bsomeone has to\b`,
  String.raw`\bclearly you (?:do|are|did)\b`,
  String.raw`\byou(?:'ll| will) have to decide whether\b`,
  String.raw`\byou don't need (?:\w+ ){1,4}to\b`,
  String.raw`\byou'll be (?:back|right back)\b`,
  String.raw`\bnobody said it was\b`,
  String.raw`\?\?`,
  String.raw`\b(?:you're|you are) only (?:\w+ ){0,3}(?:now|here) because\b`,
  String.raw`\bdo you (?:really|honestly|seriously) (?:think|expect|believe)\b`,
  String.raw`\bthat's what (?:all|every|most) (?:addicts|alcoholics|drinkers|smokers|people) say\b`,
]);

/** Advice, suggestions and directives: persuade (or persuade with permission when permission was given). */
export const ADVICE = CUES.alternation([
  String.raw`\byou (?:really |just |definitely |honestly |seriously )?(?:should|need to|have to|must|ought to|'ve got to|gotta|better)\b`,
  String.raw`\bi(?:'d| would)? (?:really |strongly )?(?:recommend|suggest|advise|urge|encourage you)\b`,
  String.raw`\bmy (?:advice|suggestion|recommendation)\b`,
  String.raw`\bif i were you\b`,
  String.raw`\bthe (?:best|smart|right|only) (?:thing|move|way|option|choice|plan)\b.*\b(?:is|would be|to)\b`,
  String.raw`\bit(?:'s| is| would be| might be| could be) (?:really |very |so )?(?:important|essential|crucial|vital|best|better|wise|a good idea|smart|worth it|helpful) (?:to|that you|for you|if you)\b`,
  String.raw`\byou (?:might|may|could|can) (?:also )?(?:want to|try|consider|think about|start|cut|switch|swap|use|set|look|get|go|take|join|call|ask|talk|write|keep|put|make|download|give|check|replace|limit|avoid|drink|eat|walk)\b`,
  String.raw`\bmaybe you (?:could|should|can|might|need)\b`,
  String.raw`\bwhy not\b`,
  String.raw`^(?:so |and |but )?how about\b`,
  String.raw`\bwhat if you (?:just )?(?:tried|try|started|cut|set|went|gave|took|called|wrote|switched|put|made|asked)\b`,
  String.raw`^(?:so |and |but )?why don't you (?:just )?(?:try|start|cut|go|take|call|ask|talk|write|set|put|make|get|switch|use|join|see|give|do)\b`,
  String.raw`^(?:so |and |now |then |but |just |please |maybe |perhaps )?(?:try|take|cut|stop|start|quit|go|call|put|set|write|make|get|keep|avoid|drink|eat|use|switch|swap|remember|consider|give|ask|talk to|join|download|limit|reduce|skip|find|bring|leave|throw|replace|schedule|plan|pick|choose|tell (?:him|her|them|your)|don't|do not|stay|get rid|sign up|book|lock|delete|unfollow)\b`,
  String.raw`\bmake sure\b`,
  String.raw`\byou shouldn't\b`,
  String.raw`\bjust go for it\b|\bi'd say (?:just |you should )\b`,
  String.raw`^(?:and|so|then) (?:turn|put|take|cut|switch|start|stop|try|keep|leave|set|write|call|ask|go)\b`,
  String.raw`\byou(?:'re| are) going to (?:end up|lose|die|regret|get sick|have to|need|wreck|ruin)\b`,
  String.raw`\bif you (?:don't|do not|keep|continue|carry on)\b.*\b(?:will|'ll|going to|end up|could|might|risk)\b`,
  String.raw`\bdon't you think (?:you|it's time|it would)\b`,
  String.raw`\b(?:needs?|has) to (?:stop|change|go)\b`,
  String.raw`\b(?:could|might|may|can|would) (?:also )?(?:be|provide|offer|give you) (?:a |an |some )?(?:\w+ )?(?:helpful|useful|good|great|valuable|positive|fulfilling|effective|practical|meaningful|healthy|supportive|welcome) (?:way|step|option|resource|tool|strategy|opportunity|approach|idea|start|space|distraction|alternative|outlet)\b`,
  String.raw`^(?:one|another) (?:approach|idea|option|strategy|possibility|thing (?:you|that) (?:could|might))\b`,
  String.raw`^here's (?:one|an|a|another) (?:idea|thought|suggestion|option)\b`,
  String.raw`\b(?:might|could|may) (?:also )?be worth (?:\w+ing|a try|a shot|a go|a look)\b`,
]);

/** Information a client may take or leave, framed as a menu or with their say kept. */
export const AUTONOMY = CUES.alternation([
  String.raw`\b(?:it's|that's|this is|the decision is|is|it is|it'll be) (?:entirely |completely |totally |really |ultimately |still |all |always )?(?:your (?:call|choice|decision|life|body|business)|up to you)\b`,
  String.raw`\byou(?:'re| are) the (?:one who (?:decides|gets to)|expert|boss|best judge|one in charge)\b`,
  String.raw`\b(?:only|ultimately) you (?:can|get to) (?:decide|choose|know|say)\b`,
  String.raw`\byou (?:get to|can|'ll|will) (?:decide|choose|pick) (?:what|how|whether|when|if|which)\b`,
  String.raw`\byou know (?:yourself|your (?:own )?(?:situation|life|body|family|kids|limits|needs|job)) (?:best|better)\b`,
  String.raw`\bwhatever you (?:decide|choose)\b`,
  String.raw`\byou(?:'re| are) (?:free to|in charge|in control|the only one who)\b`,
  String.raw`\b(?:no one|nobody|i) can(?:'t| not|not) (?:make|force) you\b`,
  String.raw`\bon your (?:own )?terms\b`,
  String.raw`\bhow you (?:try|do|handle|approach|go about) (?:it|this|that) is (?:your|up)\b`,
  String.raw`\bif and when you(?:'re| are)? ready\b`,
  String.raw`\bno pressure\b`,
  String.raw`\b(?:nobody|no one|no-one) (?:can|should|gets to) (?:make|ask|tell|force|set|decide)\b`,
  String.raw`\bbest judge\b`,
  String.raw`\b(?:have|has) (?:every |the )?right to\b`,
  String.raw`\byour (?:call|decision)\b`,
  String.raw`\byou know (?:\w+ ){0,3}(?:best|(?:far |much |a lot )?better than (?:i|me|anyone))\b`,
  String.raw`\banyone else gets to\b`,
  String.raw`\byou don't have to (?:decide|do anything|change|agree)\b`,
  String.raw`\btake (?:it|what fits|what you like) or leave it\b`,
  String.raw`\bsee (?:what|if (?:any|anything)) (?:fits|works for you)\b`,
]);

export const COLLABORATION = CUES.alternation([
  String.raw`\b(?:would|will|do) you (?:mind if|like me to|want me to|be (?:ok|okay|alright|interested|open) (?:if|with|to hearing|to hear)|be willing to (?:hear|let me|look at (?:some|a few)|talk about))\b`,
  String.raw`\b(?:is it|would it be|would that be|is that) (?:ok|okay|alright|all right|fine)(?: with you)? (?:if|to|for me|that)\b`,
  String.raw`\b(?:can|could|may|might) i (?:share|tell you|offer|suggest|give you|ask you|make a|mention|add|throw|run|show)\b`,
  String.raw`\bmind if i\b`,
  String.raw`\b(?:do you want|want) (?:me to|to hear)\b`,
  String.raw`\bwould you like (?:me to|to (?:hear|talk|look|work|go over|think|explore|make|come up|start))\b`,
  String.raw`\bhow (?:would|do) you feel about (?:me|us|that plan|that idea|the idea|trying|working|making|setting|writing)\b`,
  String.raw`\b(?:shall|should|could|can) we\b`,
  String.raw`\btogether\b`,
  String.raw`\bwould it (?:be (?:helpful|useful|ok|okay|alright)|help) (?:if i|to|for me|if we)\b`,
  String.raw`\bwould you like (?:to spend|some (?:info|information|ideas|suggestions|thoughts|options)|a few)\b`,
  String.raw`\b(?:interested|open) (?:in|to) hearing\b`,
  String.raw`\blet's (?:work|figure|think|look|talk|come up|decide|make|plan|explore|see|put our heads)\b`,
  String.raw`\bwe (?:could|can|might) (?:work|figure|look|think|talk|come up|decide|make|plan|explore|try|brainstorm|go over|set)\b`,
  String.raw`\b(?:work|figure (?:it|this|that) out|come up with (?:something|a plan|ideas)) together\b`,
  String.raw`\bwhat (?:do|would) you (?:think|say) (?:of|about) (?:us|trying|the idea|that plan|making|setting|working)\b`,
  String.raw`\bdoes that (?:sound|seem) (?:ok|okay|alright|all right|like a plan|good|fair|reasonable|doable)\b`,
  String.raw`\bwhat would you like to (?:talk|focus|start|do|cover) (?:about|on|with)? ?(?:today|first|now)?\b`,
  String.raw`\bwhere would you like to (?:start|begin)\b`,
  String.raw`\bwant to (?:check|meet|come) back\b`,
  String.raw`\bi(?:'d| would) (?:love|like) to hear (?:your|what you)\b`,
  String.raw`\bif it's (?:ok|okay|alright|all right)(?: with you)?, (?:i|we)\b`,
  String.raw`\bwith your permission\b`,
]);

export const AFFIRM = CUES.alternation([
  String.raw`\byou(?:'ve| have)? (?:really |clearly |already |obviously )?(?:worked (?:so |really )?hard|done (?:a lot|so much|well|great|really well|something)|made (?:real |a lot of |some |good |huge |big )?(?:progress|changes|an effort|a (?:big|real|huge|good) )|managed (?:to|a lot)|come a long way|stuck with|kept (?:going|at it|trying)|shown|been (?:so |really |very )?(?:brave|honest|open|strong|persistent|resourceful|committed|determined|patient))\b`,
  String.raw`\b(?:that|it) (?:took|takes) (?:a lot of |real )?(?:courage|guts|strength|effort|work|honesty)\b`,
  String.raw`\b(?:it's|that's|that was|what a) (?:really |very |so )?(?:brave|courageous|impressive|admirable|a (?:big|huge|real|great|good|important) (?:step|deal|accomplishment|achievement|start|change)|great|wonderful|fantastic|awesome|excellent|amazing|a (?:good|great|smart|creative|clever) (?:idea|point|plan|start|question|thought|insight|one))\b`,
  String.raw`\b(?:good|great|nice|excellent|smart) (?:for you|job|work|idea|thinking|point|start|plan|question|insight)\b`,
  String.raw`\bwell done\b`,
  String.raw`^(?:that|it|this) sounds (?:like )?(?:a |an )?(?:really |very |so )?(?:great|good|solid|wonderful|excellent|positive|fantastic|smart|sensible|thoughtful|realistic|brilliant)(?: (?:plan|idea|step|approach|start|choice|goal))?[.!]*$`,
  String.raw`\b(?:commendable|insightful|admirable|inspiring)\b`,
  String.raw`\bi(?:'m| am) (?:really |so |very )?(?:glad|impressed|proud|grateful|happy) (?:you|that you|to hear)\b`,
  String.raw`\bi (?:really )?(?:appreciate|admire|respect) (?:your|you|how|that you|the way)\b`,
  String.raw`\bthanks? (?:you )?for (?:being|your) (?:so )?(?:open|honest|candid|willing|trust|honesty|openness)\b`,
  String.raw`\byou(?:'re| are) (?:clearly |really |obviously |such )?(?:someone who|a (?:caring|strong|resourceful|loving|dedicated|thoughtful|good|great|devoted|hard)|committed|determined|resourceful|persistent|strong|brave|dedicated|thoughtful|creative|capable|a fighter|a survivor)\b`,
  String.raw`\byou (?:came up with|figured (?:it|that|this) out|thought of that)\b`,
  String.raw`\b(?:that|it) shows (?:real |a lot of |how much )?(?:strength|courage|commitment|insight|care|you care|determination)\b`,
  String.raw`\byou (?:clearly |really |obviously )?care (?:so much|a lot|deeply)\b`,
  String.raw`^(?:and |oh,? )?(?:that's|that is|it's|what a) (?:a |an )?(?:really |very |so |such a |pretty )?(?:good|great|clever|firm|reasonable|doable|brave|smart|wise|solid|concrete|lovely|strong|realistic|sensible|practical|thoughtful|creative|impressive|excellent|fantastic|wonderful|positive|healthy|generous|kind|caring|mature|honest of you|no small)\b`,
  String.raw`\b(?:it )?says a lot (?:that|about)\b`,
  String.raw`\byou(?:'re| are) being (?:really |very |so )?(?:honest|brave|open|kind|fair|thoughtful)\b`,
  String.raw`\byou did the hard part\b`,
  String.raw`\bit(?:'s| is) (?:lovely|good|great|wonderful|brilliant) (?:that )?you\b`,
  String.raw`\bit takes a lot to\b`,
  String.raw`\b(?:says|shows|tells me) (?:something|a lot|how much) (?:about )?you\b`,
  String.raw`\b(?:a |an )?(?:very |really |so )?(?:practical|sensible|thoughtful|clear|respectful|self-aware|creative|realistic|mature|smart|wise|generous|beautiful|lovely|positive|solid|concrete|healthy|useful|well thought)(?:,? \w+)? (?:idea|choice|plan|step|thing to (?:notice|do|say)|way to|piece of|message|skill|start|move|decision|question|point|insight|observation|through)\b`,
  String.raw`\byou (?:clearly|obviously) (?:know|value|care|hold|have|want)\b`,
  String.raw`\bit's clear (?:that )?you (?:really )?(?:value|care|love|want)\b`,
  String.raw`\b(?:takes?|took) (?:a lot of |real |so much )?(?:persistence|commitment|determination|strength|courage|guts|honesty|work|effort)\b`,
  String.raw`\b(?:hard work|(?:massive|huge|big|real) (?:change|skill|achievement)|half the battle|which (?:isn't|is not) easy|know your own mind|high standard|really willing)\b`,
  String.raw`\byou(?:'ve| have) (?:built|found|kept|come up with|got) (?:a |an |something|it|some)\b`,
]);

/** Facts, explanations and feedback that are not about the client's own words. */
export const INFORMATION = CUES.alternation([
  String.raw`\b(?:most|many|lots of|a lot of|some|other) (?:people|smokers|drinkers|folks|patients|clients|students|parents|adults|teens|men|women)\b`,
  String.raw`\b(?:research|studies|evidence|the data|science|guidelines?|doctors|experts)\b`,
  String.raw`\bit(?:'s| is) (?:really |very |quite |pretty |actually )?(?:common|normal|typical|usual|natural)\b`,
  String.raw`\b(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|twenty|thirty|fifty|a hundred|half)(?: |-)?(?:%|percent|grams?|mg|milligrams?|units?|drinks?|calories|times|hours?|weeks?|days?|months?|years?|minutes?|dollars|pounds|kilos?|cigarettes|packs?|a day|a week|per)\b`,
  String.raw`\b(?:can|may|might|tends? to|often|usually|will) (?:cause|lead to|help|increase|reduce|raise|lower|affect|damage|interact|make it|trigger|worsen|improve|double|cut)\b`,
  String.raw`\bwhat (?:happens|we know) is\b`,
  String.raw`\b(?:can|may) (?:\w+ ){0,2}(?:help|take|make|cause|suppress|damage|affect|lead|reduce|raise|increase|lower|clear)\b`,
  String.raw`\bmore likely\b|\bthe risk of\b|\bleading (?:preventable )?cause\b|\bsome (?:surveys|studies|research)\b`,
  String.raw`\b(?:has|have|contains?) (?:about|around|up to|over|roughly) \w+`,
  String.raw`\b(?:slows?|speeds? up|damages?|rises?|drops?) (?:sharply|quickly|the|your|in)\b`,
  String.raw`\b(?:most|many) (?:\w+ )?(?:apps|medicines|medications|doctors|gps|banks|schools|employers|universities|people|services)\b`,
  String.raw`\b(?:often|usually) helps\b`,
  String.raw`^(?:actually,? |also,? )?there (?:are|is|'s) (?:also )?(?!(?:some|a|this|that) (?:relief|part|sense|fear|worry|sadness|bit|lot|real))`,
  String.raw`\b(?:is|are) (?:linked|associated|considered|designed|known|recommended|available|prescribed)\b`,
  String.raw`\b(?:the leading|a leading|a common|the most common|the main) (?:cause|reason|risk|sign|symptom|side effect)\b`,
  String.raw`\b(?:gp|gps|doctor|doctors|pharmacist|nurse|midwives|midwife|hospital|clinic|pharmacy|nhs|helpline|hotline|service|services|employer|landlords?|venues?|schemes?) (?:can|will|usually|often|offers?|has|have|provide)\b`,
  String.raw`\b(?:usually|typically|generally|commonly|tends? to|on average)\b`,
  String.raw`\b(?:works? better|(?:is|are) (?:more|less) (?:effective|likely|harmful|dangerous|risky)|(?:increases?|reduces?|doubles?|triples?|halves?|lowers?|raises?) (?:your|the) (?:chances?|risk|odds))\b`,
  String.raw`\bthe way (?:it|this) works\b`,
  String.raw`\b(?:i'll|let me|i can) (?:explain|give you|tell you about|walk you through|share (?:some|a bit|what))\b`,
  String.raw`\bthere (?:is|are|'s) (?:a |some |several |many |lots of |a few |other )?(?:ways|options|groups|programs?|medications?|resources|apps?|services|support|treatments?|things (?:that|people))\b`,
  String.raw`\byour (?:score|results?|tests?|blood|liver|levels?|numbers|a1c|pressure|chart|scan|weight|bmi) (?:is|are|was|were|show|came|puts)\b`,
  String.raw`\b(?:nicotine|alcohol|caffeine|sugar|exercise|sleep|withdrawal|cravings?|the patch|the gum|medication|insulin|this medicine) (?:is|are|can|has|helps?|raises|lowers|usually|tends|peaks?|lasts?|passes|fades)\b`,
  String.raw`\b(?:some|other) (?:people|folks|clients) (?:find|have found|try|tried|say)\b`,
  String.raw`\b(?:one|another) (?:option|thing (?:people|some people|that helps)|idea|approach) (?:is|would be)\b`,
  String.raw`\b(?:stays|is kept) (?:between us|confidential)\b`,
]);

/** Words of feeling: a reflection that names one the client did not say is complex. */
export const FEELING_WORDS =
  /\b(?:worr\w*|scar\w*|afraid|fear\w*|frustrat\w*|angry|anger|mad|sad\w*|lonely|alone|ashamed|shame|embarrass\w*|guilt\w*|hopeless|helpless|overwhelm\w*|stress\w*|anxious|anxiety|nervous|exhaust\w*|tired|proud|reliev\w*|hope\w*|torn|stuck|trapped|discourag\w*|hurt\w*|disappoint\w*|upset|resent\w*|annoy\w*|fed up|confus\w*|lost|weigh\w* on|burden\w*|heavy|painful|pain|hard|tough|difficult|struggl\w*|scary|frighten\w*|dread\w*|excit\w*|determined|motivat\w*|regret\w*|grief|griev\w*|miss(?:ing)?|isolat\w*|judged|pressure\w*|tense|on edge|at the end of|worn|drain\w*)\b/;

/** Meaning, values and inference a complex reflection adds. */
export const MEANING_WORDS =
  /\b(?:important to you|matters? (?:to you|a lot|most)|you (?:value|care about|really care|want (?:more|most))|means? (?:a lot|something|so much)|really about|the kind of (?:person|parent|father|mother|dad|mom|partner|friend)|who you (?:are|want to be)|because|so that|which means|that's why|in other words|as if|as though|like a|deep down|underneath|for (?:your|the) (?:kids|family|health|sake|children)|more than|rather than|instead of|no longer|starting to|begin(?:ning)? to|anymore|what you(?:'re| are) (?:really|saying is)|wondering (?:if|whether)|not sure (?:if|whether|you)|part of you|at the same time|on (?:the )?one hand|on the other|even though|although|and yet|but also|the (?:hard|hardest|scary|scariest|worst|best|frustrating|painful|tough|difficult) (?:part|thing))\b/;

export const DOUBLE_SIDED =
  /\b(?:on (?:the )?one hand|on the other(?: hand)?|part of you|and (?:yet|at the same time)|but (?:at the same time|also|you also|then again|on the other)|even though|although|while (?:you|part|it)|at the same time|\bboth \w+(?: \w+){0,5} and\b)/;

export const AMPLIFIERS =
  /\b(?:never|always|completely|totally|absolutely|at all|nothing|everything|no one|nobody|every single|whatsoever|entirely|all the time|forever|impossible|no way)\b/;

/** Stems with which reflections open. */
export const REFLECTION_STEM =
  /^(?:that (?:sounds|must (?:be|feel|have been)|seems|can (?:be|feel)|'s (?:a lot|hard|tough|difficult|rough|scary|frustrating|painful|heavy|exhausting|a real|really|quite|a (?:big|real|significant|serious|valid|heavy|tough|hard|difficult|lot)|an? (?:important|understandable|significant)|understandable))|must (?:be|feel|have been)|it(?:'s| is) (?:understandable|no wonder|(?:really |so |very )?(?:tough|hard|difficult|rough|frustrating|painful|scary|exhausting|a lot) (?:when|to|that|being|having|with))|no wonder|you mentioned|you said|you told me|you(?:'ve| have) (?:talked|shared|described|expressed|mentioned|said|told)|we(?:'ve| have) (?:talked|discussed|covered|heard)|we discussed|(?:here's|here is|let me (?:give you|offer)) (?:a |what |my )?(?:brief |quick )?summary|let me (?:summari[sz]e|sum up|see if i)|so far,? you|to sum up|in summary|it sounds (?:like|as if|as though)|sounds (?:like|as if)|it seems (?:like|as if|as though|that)?|seems like|it(?:'s| is) (?:like|as if)|it feels (?:like|as if)|you(?:'re| are) (?:saying|telling me|feeling|worried|afraid|scared|not sure|unsure|wondering|thinking|hoping|tired|frustrated|stuck|torn|fed up|sick of|finding|wanting|trying|caught|juggling|carrying|dealing|noticing|realizing|realising|ready|angry|upset|annoyed|nervous|anxious|proud|confused|disappointed|embarrassed|ashamed|concerned|struggling|really|quite|kind of|pretty|starting|beginning|not|still|already|someone)|you feel|you(?:'ve| have) (?:been|had|got|noticed|tried|started|decided|found|already)|you (?:want|wish|hope|don't|do not|didn't|need|like|love|hate|can't|cannot|worry|think|believe|know|mean|find|see|miss|care|wonder|notice|struggle|keep|would|'d|were|was|used to|enjoy|get|got|felt|had|said|tried|went|started|are|really|also|just|still|never|always|only)|what i(?:'m| am) hearing|i(?:'m| am) hearing|i hear (?:that|you (?:say|saying|want|feel|'re))|i get the sense|i(?:'m| am) getting the sense|i imagine (?:you|that|it)|i wonder if (?:you|it|part)|i can see (?:that|how|you)|on (?:the )?one hand|part of you|for you,|so for you|your (?:\w+ )?(?:is|are|was|were|has|have|feels?|seems?|matters?|worries?|means?)|the (?:hard|hardest|tough|difficult|scary|scariest|frustrating|worst|best|important|main|real) (?:part|thing))/;

/** Stems that frame what follows as the client's own view: "you feel like you have to…" reports, it does not advise. */
export const STRONG_REFLECTION_STEM =
  /^(?:it sounds|sounds like|it seems|seems like|you feel|you(?:'re| are) (?:feeling|saying|telling me|worried|afraid|scared|thinking|wondering|not sure)|you (?:think|believe|worry|know|wish|hope|mean|figure|said|told)|you(?:'ve| have) been told|what i(?:'m| am) hearing|i(?:'m| am) hearing|i hear|part of you|on (?:the )?one hand|for you|it(?:'s| is) like|it feels like|the (?:hard|hardest|tough|scary|worst) (?:part|thing))/;

/** A suggestion put as a question: "How about…?", "Why don't you…?", "Don't you think you should…?". */
export const QUESTION_ADVICE =
  /^(?:so |and |but |well,? )?(?:how about|what if you|why not|why don't you (?:just )?\w+|wouldn't it be (?:better|good|easier|smarter))\b|\bdon't you think (?:you|it's time|it would)\b|\byou (?:really )?(?:should|need to|have to|ought to|must)\b/;

/** Hedges that leave an option with the client: "might be worth a try, if that appeals", "only if it suits you". */
export const OPTION_HEDGE =
  /\b(?:if (?:that|it) (?:appeals|fits|suits|feels (?:right|doable|ok|okay))|if you (?:fancy|like the sound|want|wanted|like)|only if|see what you think|(?:might|may) (?:or may )?not suit|(?:may|might) or (?:may|might) not|you(?:'d|'ll| would| will)? know (?:best|her|him|them|how|whether|if)|take or leave|if it's useful|if it helps|if you're open|it's up to you|your call|you're the one who)\b/;
/** An option laid out, not pressed: "some people…", "one option is…", "it might be worth…". */
export const OPTION_MENU =
  /\b(?:some|many|other|lots of|a lot of) (?:people|parents|families|folks|clients|students|smokers|drinkers)\b|\b(?:one|another) (?:option|idea|thing)\b|\bsometimes it helps\b|\b(?:might|could|may) (?:also )?be worth\b|\bsomething (?:a lot of|many|some) people\b|\b(?:some|many) \w+ (?:run|offer|have)\b/;
