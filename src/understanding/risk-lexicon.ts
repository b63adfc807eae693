/**
 * Word classes shared by the risk rules, with the misspellings and slang people really type.
 * Rules are written as strings with {NAME} slots; `compileRule` expands them.
 */

const WORD_CLASSES: Record<string, string> = {
  // "i'm", "im", "i am", "iam"
  IM: "(?:i'?m|i am|iam|im|i'?ve been|ive been|i have been)",
  KILL: '(?:kill|kil|kll|kilk|klil|kiil)',
  MYSELF: '(?:myself|my self|my-self|myslef|mysefl|myselv|mself|meself|mysel|myslf|mysef)',
  OTHERSELF: '(?:himself|herself|themselves|themself|hisself|theirselves)',
  SUICIDE: '(?:suicide|suicid|sucide|suicde|suiside|suicid3|sucicide|suiciede|su1cide)',
  SUICIDAL: '(?:suicidal|suicidle|sucidal|suicdal|suisidal|suicidial|suicidel|suicidal-ish)',
  // wanting to die, not "going to die" (which is mostly "I'm going to die of embarrassment")
  WANT: '(?:want|wanting|wanna|wnat|wnt|wamt|wanted|wants|wish|wished|wishing|ready|need|needs|decided|planning|plan|plans|tempted|longing|intend|intending|prefer|rather)',
  TO: '(?:to|ta|2)',
  DIE: '(?:die|dye(?=\\s*$)|dei|be dead|be ded|end up dead|not be alive|not exist|stop existing|not wake up|never wake up|disappear forever|not be here anymore|not be here|not be around)',
  PILLS:
    '(?:pills|pill|tablets|meds|medication|medications|medicine|paracetamol|tylenol|acetaminophen|ibuprofen|advil|aspirin|insulin|painkillers|sleeping pills|sleeping tablets|xanax|opioids|oxy|oxycodone|benzos|antidepressants|sertraline|lithium|codeine|heroin|fentanyl)',
  PERSON_OBJECT:
    '(?:him|her|them|someone|somebody|some ?one|people|everyone|everybody|that (?:guy|man|woman|girl|boy|kid|bitch|bastard|asshole|prick)|(?:my|his|her|the|our) (?:boss|manager|ex|husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mom|mum|mother|brother|sister|son|daughter|kids?|child|children|baby|roommate|flatmate|neighbou?rs?|coworkers?|co-workers?|colleagues?|teacher|family|friends?|parents|stepdad|stepmom|landlord|classmates?|coach|team|sibling|in-laws|grandma|grandpa|ex-wife|ex-husband|ex-boyfriend|ex-girlfriend)|(?:my|his|her|the) (?:own )?(?:baby|newborn|toddler)|(?:the|that|this) (?:guy|man|woman|person|dude|lady|bloke) (?:who|that|from|next door|at work|upstairs|downstairs)|(?:the|those|these|all the) (?:people|guys|kids|boys|girls|men|women|bullies|idiots|bastards)(?: (?:who|that|at|in|from)\\b)?)',
  HARM_VERB:
    '(?:kill|kil|murder|stab|shoot|strangle|hurt|harm|attack|poison|choke|smother|suffocate|beat up|run over|drown|batter)',
  ABUSER:
    "(?:he|she|they|he's|she's|hes|shes|they've|(?:my|her|his|their|our|the) (?:\\w+'s )?(?:step)?(?:neighbou?r|teacher|tutor|babysitter|nanny|priest|pastor|manager|cousin|grandma|grandmother|partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmother|brother|sister|parents?|uncle|aunt|fiance|fiancee|carer|caregiver|son|daughter|grandpa|grandfather|coach|landlord|boss|roommate|flatmate))",
  ABUSE_VERB:
    '(?:hits?|hitting|hit|beats?|beating|beat|slaps?|slapped|slapping|punch(?:es|ed|ing)?|kicks?|kicked|kicking|chokes?|choked|choking|strangles?|strangled|strangling|shoves?|shoved|shoving|rapes?|raped|raping|abuses?|abused|abusing|molest(?:s|ed|ing)?|assault(?:s|ed|ing)?|burn(?:s|ed|t)|bruised|bruises|throws? things at|threw (?:things|stuff|a \\w+) at|spits? on|spat on|drags?|dragged|pins? me down|pinned)',
  HEDGE:
    "(?:lol|lmao|haha|hah|jk|joking|kidding|kinda|kind of|sort of|sorta|sometimes|maybe|perhaps|part of me|i guess|i think|a little|a bit|not sure|idk|i don't know|i dont know|probably|might|could|would|wonder|almost|half|jokes? about|joking about|\uD83D\uDE2D|\uD83D\uDE02|\uD83E\uDD23|\uD83D\uDC80)",
};

export function expandWordClasses(source: string): string {
  return source.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    const expansion = WORD_CLASSES[name];
    if (expansion === undefined) throw new Error(`risk lexicon: unknown word class {${name}}`);
    return expansion;
  });
}

/** A pattern with {NAME} slots, compiled once, with word boundaries at both ends. */
export function compilePattern(source: string): RegExp {
  return new RegExp(`(?<![a-z0-9'])(?:${expandWordClasses(source)})(?![a-z0-9])`, 'g');
}
