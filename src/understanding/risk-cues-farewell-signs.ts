/**
 * Round 12, by kind (the classes fresh writers keep using and the older rules miss; written as kinds, checked on
 * every labelled set): farewell signs told as errands (a pet rehomed, things given away "for good", papers put in
 * order for whoever comes after, the insurance "worth something to them", things they "won't be needing"), the
 * burden said sideways (they would cry "for a bit" and then be fine, forget me "in a week", the world does not
 * need me), stockpiling told as where the packs came from ("from a different chemist so they wouldn't ask"), and
 * self-harm in slang, emoji and non-native English ("the 🩸 thing again", "make cuts on my arm", "arms are a
 * mess again"). All 'possible': the check-in question is cheap, and the answer settles it.
 */
import type { RiskCue } from './risk-cues.ts';

const PET = '(?:dog|dogs|cat|cats|pets?|puppy|kitten|rabbit|bunny|parrot|budgie|horse|pony|hamster|tortoise)';
const KIN =
  '(?:kids|children|family|wife|husband|partner|mum|mom|dad|sister|brother|son|daughter|boys|girls|parents|missus|mrs)';

export const RISK_CUES_FAREWELL_SIGNS: readonly RiskCue[] = [
  {
    // "found a new home for my cat", "rehomed the dog yesterday": a pet handed on with no move, allergy or baby named
    id: 'pet-rehomed',
    type: 'suicide',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:(?:found|finding|find|got|getting) (?:a )?(?:new |good |nice |forever )?homes? for (?:my|the|our) (?:\w+ )?${PET}|re-?hom(?:ed|ing|e) (?:my|the|our) (?:\w+ )?${PET})\b(?![^.!?]{0,60}\b(?:allerg\w*|moving|move house|new (?:flat|place|house|baby)|(?:doesn'?t|don'?t|won'?t|no) (?:allow|pets)|lease|tenancy|rescue centre|fostering|foster)\b)`,
    ),
  },
  {
    // "giving away my records for good", "gave my tools to my nephew, wont be needing them"
    id: 'things-not-needed',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:(?:won'?t|wont|will not|shan'?t|not gonna|not going to) (?:be )?need(?:ing)? (?:them|it|any of (?:it|them|this|that|my \w+)|my \w+) (?:anymore|any more|again|where i'?m going)|(?:don'?t|dont|do not) need (?:them|it|any of (?:it|them|this|that)) where (?:i'?m|im|i am) going|(?:giving|gave|given|give) (?:away )?(?:all |most )?(?:of )?my (?:\w+ )?(?:\w+ )?(?:for good|to people who'?ll (?:use|need) (?:them|it) more)|(?:won'?t|wont) be (?:around|here) to (?:use|need|enjoy) (?:them|it))\b/,
    negationInside: true,
  },
  {
    // "sorted out all my papers so the kids wont have to", "passwords in an envelope for my sister, just in case"
    id: 'papers-for-after',
    type: 'suicide',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:sort\w*|put|putting|got|getting|organi[sz]\w*|tid(?:y|ied|ying)|wr[io]te|written|left|leaving|labell?ed)(?: out| up| down)?(?: all)?(?: of)? (?:my |the )?(?:papers|affairs|paperwork|documents|passwords?|pins?|accounts|finances|bank (?:stuff|details|cards?|pins?)|card pins?|will|funeral wishes|wishes)\b[^.!?]{0,50}\b(?:so (?:the kids|my ${KIN}|they|nobody|no one|whoever|he|she) (?:won'?t|wont|don'?t|dont|doesn'?t|will not|never) (?:have|need) to|for (?:when i'?m|after i'?m|after|when i) (?:gone|not here|go)\b|just in case\b|for (?:my |the )${KIN} to find)`,
    ),
  },
  {
    // "at least the life insurance would be worth something to them", "worth more to my family dead"
    id: 'worth-more-gone',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:worth more (?:to (?:them|my \w+|everyone|the \w+) )?(?:dead|gone|than alive|if i (?:was|were|wasn'?t|weren'?t)\b)|(?:life )?insurance\b[^.!?]{0,40}\bworth (?:something|more|it|anything) (?:to (?:them|her|him|my \w+|the \w+)|for (?:them|her|him|my \w+|the \w+))|(?:i'?d|id|i would|i'?m|im|i am|me) (?:be )?worth more (?:to (?:them|my \w+|everyone) )?(?:dead|gone))\b/,
  },
  {
    // "mum would cry for a bit then get on with it", "sad for like a week then fine", "theyd forget me in a week"
    id: 'missed-briefly',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:(?:would|'d|wud|will|might) (?:\w+ )?(?:cry|be (?:sad|upset|gutted)|grieve|miss me|mourn)(?: me)? for (?:like |maybe |about )?(?:a (?:bit|while|day|week|month|few (?:days|weeks))|(?:one|two|a couple of) (?:days?|weeks?))[^.!?]{0,30}\b(?:then|and then|but then|after that)\b|(?:would|'d|wud|will) (?:all )?(?:forget (?:about )?me|move on|get over (?:it|me))\b[^.!?]{0,20}\b(?:in|within|after) (?:like )?(?:a|one|two|a few|a couple of) (?:days?|weeks?|months?))/,
    selfWhateverSubject: true,
  },
  {
    // "the world doesnt need another me in it", "what is the point of me", "whats the difference if im here"
    id: 'not-needed-here',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:the world (?:doesn'?t|does not|dont|don'?t|wouldn'?t|won'?t) need (?:me|another me|one more me|someone like me)|(?:what'?s|whats|what is) the (?:point|use) of me\b|(?:what'?s|whats|what is) the difference (?:if|whether) (?:i'?m|im|i am) (?:here|around|alive|gone))/,
    negationInside: true,
  },
  {
    // "a second pack from a different chemist so they wouldnt ask", "one box from boots and another from the shop"
    id: 'packs-from-many-shops',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:packs?|packets?|box(?:es)?|bottles?|strips?|tablets|pills|paracetamol|painkillers)\b[^.!?]{0,60}\b(?:from|at) (?:a |two |three |another |different |the other |a second |the )?(?:different )?(?:chemists?|pharmac(?:y|ies|ist)|shops?|supermarkets?|stores?|boots)\b[^.!?]{0,60}\bso (?:nobody|no one|they|the \w+|she|he) (?:wouldn'?t|wouldnt|won'?t|wont|doesn'?t|don'?t|dont|didn'?t|can'?t|would not|would|'d)? ?(?:ask|notice|question|get suspicious|twig|clock it)/,
  },
  {
    // "she doesnt know its the last time", "wrote to everyone i love today": a farewell the others cannot see
    id: 'farewell-unseen',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:(?:doesn'?t|does not|don'?t|dont|didn'?t|won'?t) know (?:it'?s|its|it was|it is|this is|that'?s|it'?ll be) (?:the|my|our) last (?:time|goodbye|visit|hug|call|dinner|christmas)(?=\s*(?:[.!?,;]|$))|wr[io]te (?:to|letters to|notes to|cards to) (?:everyone|everybody|all the people|the people|each person) i (?:love|care about|care for))\b/,
    negationInside: true,
    // "she doesn't know": the one who cannot see it is someone else, the farewell is the person's own
    selfWhateverSubject: true,
  },
  {
    // "2 attempts this month", "second attempt this year and i'll get it right": attempts counted in recent time
    id: 'attempts-counted',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:\d+|two|three|four|a second|second|third|fourth|another) (?:attempts?|tries)\b(?! (?:at|on|to|for|in)\b)[^.!?]{0,20}\b(?:this|last|since) (?:month|year|week|weekend|summer|spring|winter|christmas)\b(?![^.!?]*\b(?:(?:at|on|for|with) (?:the|my|a|an|this|that)|test|exam|driving|theory|interview|application|visa|ivf|pregnan\w*|conceiv\w*|pass(?:ing)?|record|pb|personal best|bar|audition)\b)/,
  },
  {
    // "itchy to do the 🩸 thing again", "the 🔪 thing happened", "did it again 🩸"
    id: 'self-harm-emoji',
    type: 'self-harm',
    level: 'possible',
    pattern:
      /(?:🩸|🔪|🗡)\W{0,2}(?:thing|habit|urges?|again|last night|just now)\b|\b(?:did it|do it|doing it|the \w+ thing|relapsed?|again)\W{0,3}(?:🩸|🔪|🗡)/u,
  },
  {
    // "i make cuts on my arm when stressing", "i am cutting me" (said of oneself only: "it hurt me" is not this), "arms are a mess again"
    id: 'self-harm-plainly-put',
    type: 'self-harm',
    level: 'possible',
    pattern:
      /\b(?:(?:make|making|made|do|doing|did) (?:the )?(?:cuts?|wounds?|scratches|burns?|marks|scars?) (?:on|in|to) my (?:own )?(?:arms?|legs?|thighs?|wrists?|skin|body|stomach|hips?)|(?:i am|i'?m|im|i) (?:cut|cutting|harm|harming) (?:me|my self)\b(?! (?:off|out|up|short|a (?:break|slice|piece)|some slack|in)\b)|(?:arms?|thighs?|wrists?) (?:are|is) (?:a (?:mess|state)|covered|all marked|all cut up) again)/,
  },
];
