/**
 * The shapes a turn's hinge is read from (understanding/turn-hinge.ts): each pattern names one way
 * people say what a turn turns on. Lowercase or case-free; read on the turn as written.
 */

// "no idea if its even worth it", "not sure whether i should bother": a question they are asking
// themselves, said as a statement
export const HIDDEN_QUESTION =
  /\b(?:(?:no idea|not sure|unsure|idk|(?:i )?(?:do not|don'?t|dont) (?:even |really )?know|dunno|can'?t tell|cant tell)\s+(if|whether|what to do|where to start|how to start|(?:what|how|where|who|why|when) (?=(?:i|i'?ll|ill|i'?d|id|i'?m|im|we|they|he|she|it|its)\s))|(?:i wonder|wondering)\s+(if|whether)\b)\s*/i;

// a feared outcome: said as a fear ("scared they'll laugh"), a "what if", or as what someone will
// think or do ("she'll think im having a laugh")
export const FEARED_WORD =
  /\b(?:what if|in case|scared|afraid|terrified|worried|frightened|petrified|paranoid|dreading|dread)\s+(?:that\s+|of\s+(?=\w+ing\b))?(?=(?:i|i'?m|im|i'?ll|they|they'?ll|he|he'?ll|she|she'?ll|we|it|it'?ll|people|everyone|everybody|someone|somebody|nobody|no one|noone|my|the|its|he'?s|she'?s|they'?re|\w+ing)\b)/i;

export const FEARED_OTHERS =
  /\b(?:they|he|she|people|everyone|everybody|someone|my \w+|the \w+)(?:'ll| will| would| might| could|'d| are gonna| is gonna| gonna| are going to| is going to)\s+(?:just\s+|probably\s+|prob\s+|all\s+|definitely\s+)?(?:think|say|laugh|judge|notice|know|hate|find out|tell|shout|fire|sack|kick|get|split|take|stop|leave|blame|report|see (?:me|that|how|it)|be (?:angry|mad|disappointed|upset|annoyed|cross|furious|gone|better off))\b|\bi don'?t want (?:him|her|them|my \w+|the \w+|anyone|people|everyone) (?:to )?\w+ing\b|\b(?:they|he|she|people|everyone|everybody)(?:'ll|'d| will| would| might| could| can)\s+(?:just\s+|probably\s+|all\s+)?[a-z]+ (?:me|us|the \w+)\b/i;

// what they don't want to happen: "i dont want to lose the friendship over money"
export const NOT_WANTED =
  /\bi (?:do not|don'?t|dont|really don'?t|really dont) want to (?=(?:lose|be|look|seem|upset|hurt|bother|burden|worry|let|end up|ruin|mess|disappoint|fail|make)\b)/i;

// the side of a contrast that weighs: "i know i should … but then she'll think …"; not a bare
// "but not today", "but yeah", "but idk", "but i guess"
export const CONTRAST = /(?:^|[\s,])(?:but|except)\s+(?:then\s+|like\s+|honestly\s+|tbh\s+)?/gi;

export const CONTRAST_EMPTY =
  /^(?:not\b|yeah|yea|ye|idk|i guess|i suppose|anyway|whatever|still|ok|okay|yes|no\b|thats|that's|its fine|it's fine|i dunno|dunno)/i;

// someone who is in it with them: a person of theirs, by role
export const OTHER_PERSON =
  /\b(my|our|the)\s+(?:late\s+|old\s+|new\s+|own\s+)?(mum|mom|mam|mother|dad|father|parents|folks|wife|husband|partner|boyfriend|girlfriend|bf|gf|ex|sister|brother|sis|son|daughter|kids|children|boss|manager|landlord|landlady|teacher|tutor|supervisor|lecturer|best friend|friend|mate|nan|nana|gran|grandma|gran(?:d)?dad|grandad|family|colleague|flatmate|housemate|roommate|doctor|gp|coach|uncle|aunt|auntie|cousin|in-laws|fianc[eé]e?|neighbour|neighbor|line manager|team lead|therapist|counsellor)\b/i;

// what they already tried: "i tried", "i've already asked", "i did ring them", "done that"
export const TRIED =
  /\b(?:(?:i|ive|i'?ve|i have)\s+(?:already\s+|even\s+|just\s+)?(?:tried|considered|done that|asked|rang|called|emailed|applied|messaged|texted|looked into|been to|went to)|i\s+already\s+\w+|i did (?:try|ask|ring|call|email|apply|message|text|go)|(?:i )?(?:did that|done that|went once|went to one)|(?:i|ive|i'?ve) (?:rehearsed|practised|practiced|read all|checked))\b/i;

// what rides on it: "if i fail it im off the crane", "i need it for the job", "or i lose the flat"
export const STAKES =
  /\b(?:if (?:i|we|they|he|she|it) [^,.!?\n]{2,40}?,? (?:i|we|they|he|she|it|its|it'?s|thats|that'?s)(?:'ll| will| can'?t| cant| won'?t| wont|'d| would| lose| lost| get| are| is|s)? [^.!?\n]{2,50}|if i (?:fail|don'?t|dont|lose|miss|can'?t|cant|drop|quit|stop|mess (?:it |this )?up|get it wrong|write bad|say no|tell)\b[^.!?\n]{2,60}|(?:or|otherwise|else) (?:i|we)(?:'ll| will| could| might)? (?:lose|get (?:kicked|sacked|fired|evicted)|be (?:out|off|evicted|homeless))\b|i need (?:it|this|that|the \w+) for (?:the|my) \w+|(?:is |are |its |it'?s )?due (?:the|in|on|by|next|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this|end)\b[^.!?\n]{0,40}|(?:my|the) (?:job|visa|flat|house|licence|license|degree|place|rent) (?:depends|is riding|rides) on)/i;

// a feeling said as a picture of what it is like: "it feels like im signing him away"
// ("felt like a fool tonight" with no "it" before it is the person who felt it: not "it feels like a fool")
export const FEELS_LIKE =
  /\b(?:(?:it|this|that) (?:feels|felt) like\s+(?=(?:i|i'?m|im|everyone|nobody|no one|they|he|she|its|it'?s|the|my|a)\b)|(?:feels|felt) like\s+(?=(?:i|i'?m|im|everyone|nobody|no one|they|he|she|its|it'?s|the|my)\b))/i;

// "its not the washing its the whole chain": the part they put aside, and then the point
export const NOT_THIS_BUT_THAT =
  /\b(?:it'?s|its|it is) not (?:the |about |really )?[^.!?,]{1,30}?,?\s*(?:it'?s|its|it is)\s+/i;

// a wall: even the smallest part is out of reach ("i cant even open the doc")
export const WALL = /\bi (?:can'?t|cant|cannot|can barely|could'?nt|couldnt) even\s+|\bi can barely\s+/i;

// a feeling where it is felt: "i walk past them every morning and feel quite sick"
export const FEEL =
  /\b(?:and|i|just|still) (?:feel|felt) (?:like |quite |so |really |a bit |kind of |kinda )?(?=[a-z])/i;

// what it means to them: "it means maybe i am really not good anymore", "like admitting he's going",
// "makes me feel like a kid again"
export const MEANING =
  /\b(?:(?:it|that|which|this) (?:just )?means (?:that )?|(?<=\w\s)(?:its|it'?s) like (?=(?:i|i'?m|im|they|they'?re|theyre|he|she|everyone|nobody|my)\b)|(?:it'?s |its )?like admitting (?:that )?|makes? me feel (?:like )?|i felt (?:like |that )?(?=i\b))/i;

// what they say the point is: "the thing is …", "the worst part is …", "its the other people watching"
export const CRUX =
  /\b(?:(?:the |thing is|the thing is|problem is|the problem is|the worst (?:part |bit |thing )?is|the hard(?:est)? (?:part |bit |thing )?is|what gets me is|the issue is|the real issue is)\s*(?:that\s+)?(?<=is\s|is that\s|thing is )|(?:it'?s|its) (?=\w+ing\b)(?!nothing|something|anything|everything|boring|amazing|annoying)|(?:it'?s|its) (?:not \w+[^.!?]{0,30}?,?\s*(?:it'?s|its) |more |really |just )?the (?=\w+ (?:\w+ )?(?:\w+ing|of|that|who|when)\b))/i;

// giving up on it in a few words: "better i dont write", "like whatever i guess", "no point really"
export const RESIGNED =
  /^\W*(?:(?:like |ok |okay |yeah |ye |well |so |meh |eh )?(?:whatever|nevermind|never mind|forget it|no point(?: really| anyway)?|doesn'?t matter(?: anyway)?|it is what it is|what'?s the point|whats the point|might as well not bother|(?:maybe )?(?:(?:it'?s|it is|its) )?better (?:i|if i) (?:don'?t|dont|do not)(?: \w+){0,3}|i'?ll just leave it|just leave it|or i could not|or not)(?:,? (?:i guess|i suppose|really|anyway|then|tbh|honestly|lol))*)\W*$/i;

// a clause that opens on who or what does something
export const SUBJECT_START =
  /^(?:i|i'?m|im|i'?ve|ive|i'?d|i'?ll|he|she|they|we|it|its|it'?s|he'?s|she'?s|they'?re|theyre|there'?s|theres|my|our|his|her|their|the|everyone|everybody|nobody|no one|people|someone|then|now|this|that|part of me|deep down|every time|each time|whenever|when)\b/i;

// "its the head going thats the problem": the point without its label
export const PROBLEM_LABEL =
  /,?\s+(?:that'?s|thats|is|that is|which is)\s+(?:the|my)\s+(?:problem|issue|thing|bit|part)$/i;

// "i dont want to lose the friendship" is feared as "losing the friendship": the verb as it is said after "the fear is"
export const GERUNDS: Record<string, string> = {
  lose: 'losing',
  be: 'being',
  look: 'looking',
  seem: 'seeming',
  upset: 'upsetting',
  hurt: 'hurting',
  bother: 'bothering',
  burden: 'burdening',
  worry: 'worrying',
  let: 'letting',
  end: 'ending',
  ruin: 'ruining',
  mess: 'messing',
  disappoint: 'disappointing',
  fail: 'failing',
  make: 'making',
};

// "what if i go and im terrible at it": the fear is the part after the "and"
export const FEARED_PART =
  /\band (?=(?:i|i'?m|im|i'?ll|they|they'?re|he|she|it|everyone|everybody|nobody|no one)\b)/i;

// "who wants a porter of 52 in an office": a verdict on themselves asked as a question, feared as
// "nobody wants a porter of 52 in an office"
export const WHO_WANTS =
  /\bwho(?:'s| is)? (?:gonna |going to )?(wants?|would want|'d want|needs?|would need|hires?|would hire|'d hire|would pick|picks|would choose|cares?|would care|listens?|would listen|buys|would buy|is retraining|would retrain|takes on|would take on)\s+/i;

export const NOBODY_VERB: Record<string, string> = {
  want: 'wants',
  need: 'needs',
  hire: 'hires',
  care: 'cares',
  listen: 'listens',
};

// a person whose words are in the turn: "my sister says", "my dad keeps telling me"
export const SAYS =
  /^(?:'s|s)?\s+(?:(?:just|still|also|always|even|keeps?)\s+)?(?:says|said|say|thinks|keeps? saying|keeps? telling|told|tells|is saying|was saying|reckons)\b/i;

// what follows a person who does something: a verb, or a helping verb. After "'s" only a participle
// ("my mum's worried", "my dad's just retired"): "'s" with a noun is an owner, not a clause ("my father's
// ovens", "my mums friends"), and a person named only as an owner is not what the turn is about
export const DOES_SOMETHING =
  /^(?:(?:'s|s)\s+(?:(?:just|still|also|never|always|really|even|already)\s+)?[a-z]{3,}ed|\s+(?:(?:just|still|also|never|always|really|even|keeps?|already)\s+)?(?:is|was|are|were|has|had|have|says|said|say|thinks|thought|keeps|wants|knows|doesn'?t|didn'?t|dont|doesnt|didnt|won'?t|wont|can'?t|cant|would|will|could|[a-z]+s|[a-z]+ed))\b/i;

// the roles people name with "the" and mean their own: "the wife's doing the books"
export const THE_ROLES = /^(?:wife|husband|kids|boss|missus|mrs|old man|family|landlord|landlady)$/i;
