/**
 * The concern a turn carries (issue 17, round 12): the one thing that holds the feeling — a fear, a
 * shame, a loss, being alone with it, what someone did to them, or what they can't get themselves to
 * do. Raters gave 4–5 to human replies that named that concern and asked one question about it, and
 * 2 to stock probes ("What's the hardest part of that for you?") and to clauses parroted back. The
 * concern is named in our own plain words (the realizer's), so a line in broken English or slang is
 * heard without being echoed.
 */
import type { ConcernKind, ConcernObservation } from '../spec/observation.ts';

// a fear of how it could go, said as a fear or as a "what if"
const FEAR =
  /\b(?:what if|afraid|scared|terrified|frightened|petrified|worried|worrying|dread(?:ing)?|panick?(?:ing|ed)?|nervous|anxious|freaking out|if i (?:fail|mess (?:it )?up|don'?t get|dont get|lose (?:it|this|the))|they'?ll (?:know|laugh|think)|if i (?:make (?:a )?noise|say (?:something|anything)|tell (?:him|her|them)|push|complain) (?:\w+ )?(?:they|he|she)(?:'ll| will| would| might)|(?:she|he|they) (?:probably |must |prob )?hates? me|sick (?:in|to) (?:my|the) (?:gut|stomach)|(?:my )?stomach (?:drops|turns|churns|sinks)|knot in my stomach)\b/i;
// ("not scared", "no worries", "dont worry": the fear waved away, not told)
const FEAR_WAVED =
  /\b(?:not|never|no|dont|don't|nothing to be)\s+(?:really\s+|even\s+|that\s+)?(?:afraid|scared|worried|worry|worries|nervous)\b/i;

// someone else's fear ("i can see shes worried too"): theirs, not the person's
const OTHERS_FEAR =
  /\b(?:she|he|they|shes|hes|she's|he's|they're|theyre|my \w+)\s+(?:is\s+|are\s+|was\s+|were\s+|seems\s+|looks\s+|gets\s+)?(?:so\s+|really\s+|very\s+|quite\s+|also\s+)?(?:worried|scared|afraid|nervous|frightened)\b/i;

// shame: the person's own sense of how it looks, or that they should manage it alone
const SHAME =
  /\b(?:ashamed|shame|embarr?ass(?:ed|ing)|humiliat(?:ed|ing)|foolish|i should be able to|silly really|feel (?:so )?silly|a grown (?:man|woman|adult)|look(?:s|ing)? (?:weak|stupid|pathetic|bad)|the worse it looks|in front of (?:my|the|everyone|everybody|her|him|them|people)|(?:sounds?|sounding) (?:soft|weak|pathetic|stupid|needy)|(?:everyone|everybody|people|they all) (?:in \w+ )?(?:will|would|gonna|is gonna) (?:know|talk|laugh)|(?:everyone|everybody|people|they all) (?:thinks?|think) (?:i'?m|im|i am)|the first thing they see)\b/i;

// a loss: someone or something they no longer have ("i missed it" is a missed deadline, not a loss)
const LOSS =
  /\b(?:(?:is|was|she'?s|he'?s) the (?:one|person) i (?:tell|told|talk(?:ed)? to)[^.!?]{0,20}[.,]?\s*or (?:was|used to be)|i (?:still |really |just )?miss (?:him|her|them|my|our|being|having|home|the way)|i (?:liked|loved) being|i lost my|passed away|since (?:he|she|they) (?:died|left|passed|went)|not the same without|now (?:both of them are|they(?:'re| are) both|he(?:'s| is)|she(?:'s| is)|they(?:'re| are)) gone|both (?:of them )?(?:are )?gone now)\b/i;

// alone with it: nobody to turn to
const ALONE =
  /\b(?:no ?one to (?:talk|turn)|nobody to (?:talk|turn)|nobody here|no ?one here|(?:have|got) (?:no ?one|nobody)|only you|all on my own|no friends)\b/i;

// not wanting to weigh on the people close to them
const BURDEN =
  /\b(?:a burden|a nuisance|a bother|(?:don'?t|dont) want to be (?:a )?(?:pain|trouble)|burden (?:her|him|them|anyone)|(?:can'?t|cant|cannot|don'?t want to|dont want to) ask (?:her|him|them|anyone|my \w+) (?:to|for)|don'?t want to (?:bother|worry) (?:her|him|them|anyone))\b/i;

// left out: the others already together, and them outside it
const LEFT_OUT =
  /\b(?:left out|not invited|without me|already (?:has|have) (?:their|her|his) (?:own )?(?:groups?|friends)|(?:she|he|they) (?:has|have) (?:her|his|their) (?:own )?friends|not in (?:ur|your|the) (?:chat|group))\b/i;

// someone's advice or verdict reported ("my daughter says mama just write it", "your son says just get a
// skip"): said back word for word it read to raters as parroting; what it means is the pressure
const PRESSURE =
  /\b(?:my \w+|he|she|they|everyone|everybody|people)\s+(?:keeps?\s+|always\s+|just\s+)?(?:says?|said|tells? me|told me|keeps? saying|keeps? telling me)\s+(?!that too\b|the same\b|so too\b)(?:i should|i need to|i have to|i must|to just|just|you should|you just|you need to|["'“‘])/i;

// measured against someone else ("my brother got 700+", "all my friends already have jobs")
const COMPARED =
  /\b(?:my (?:brother|sister|cousin|friend|mate|classmate)s?|everyone else|all my (?:friends|mates)|other (?:people|mates|kids))\s+(?:\w+\s+)?(?:got|gets|already|is already|are already|all have|all got|(?:has|have)(?!\s+to\b))\b/i;

// guilt: what they think they did wrong, or who they let down
const GUILT =
  /\b(?:guilt|guilty|my (?:own )?fault|let (?:her|him|them|everyone|everybody|my \w+) down|i should (?:have|of)|i shouldn'?t have)\b/i;

// worn out: nothing left to do it with
const WORN_OUT =
  /\b(?:exhausted|knackered|drained|burnt out|burned out|no energy|so tired|too tired|always tired|running on empty|wiped out)\b/i;

// too much at once: more on them than one person can hold
const TOO_MUCH =
  /\b(?:overwhelm(?:ed|ing)?|too much (?:to do|on|going on|for me)|so much to do|drowning|everything at once|all at once|can'?t keep up|cant keep up)\b/i;

// unfair: something done or decided that they did not deserve
const UNFAIR =
  /\b(?:not fair|unfair|so wrong|out of order|fed up with (?:it|this|them|him|her)|sick of (?:them|him|her))\b/i;

// someone else doing something hard to them: the receiving end
const DONE_TO =
  /\b(?:he|she|they|my \w+)\s+(?:just\s+|always\s+|keeps?\s+)?(?:screams?|yells?|shouts?|ignores? me|blames? me|laughs? at me|mocks? me|criticis(?:es|ed) me|puts? me down|shouted (?:at|on) me|yelled at me|takes? (?:his|her|their) side|is (?:kinda |so |really )?mean|was (?:kinda |so |really )?mean)\b/i;

// putting it off: what they can't get themselves to start, or keep not doing (a "can't" of another
// kind, "i cant sleep", "i cannot drive for a while", is no wall in front of a task)
const STUCK =
  /\b(?:i|im|i'm|i am)\s+(?:just\s+|still\s+|really\s+)?(?:can'?t|cant|cannot|can not|couldn'?t|couldnt)\s+(?:even\s+)?(?:bring myself to|make myself|get myself to|start|begin|open|touch|face|do (?:it|1|one|any))\b|\bi (?:just )?(?:don'?t|dont) do it\b|\b(?:and )?did nothing\b|\bkeep (?:putting (?:it|this|that) off|avoiding)\b|\b(?:i|i just|i still)\s+(?:don'?t|dont|didn'?t|didnt|haven'?t|havent|never)\s+(?:even\s+)?(?:open(?:ed)?|look(?:ed)? at|read|answer(?:ed)?|replied to|reply to)\b|\bunopened\b|\bstraight in (?:a|the) drawer\b/i;

// not letting themselves find it hard: "i should just be grateful", "i shouldnt complain", "loads of
// people have it worse", "i feel bad even saying it" (met by a stock probe, the round-13 rater's
// "self-consciousness not met")
const NOT_ALLOWED =
  /\b(?:i should (?:just )?be (?:grateful|thankful|happy|glad)|i (?:shouldn'?t|shouldnt|should not) (?:complain|moan|whinge|feel (?:like )?this|be (?:upset|sad|moaning|complaining))|(?:loads of|lots of|other|so many|plenty of) people (?:have it|are|had it) (?:so much |way |far )?worse|(?:others|people) have (?:it )?(?:so much |way |far )?worse|feel (?:bad|guilty|awful) (?:even )?(?:saying|for saying|complaining|moaning|for feeling)|first world problems?|i know i'?m lucky|i know im lucky|(?:daft|silly|stupid|ridiculous|pathetic) (?:to be|being) (?:this|so) (?:upset|cut up|sad|bothered|worked up|gutted)|(?:for|meant for) (?:ppl|people|those|folk) (?:who|that) (?:actually|really) need (?:it|help)|(?:people|others|ppl) (?:who|that) (?:actually|really) (?:need it|have problems))\b/i;

// what they do every day made small ("nothing really. i just do mums meds and the shopping"): said
// back flat it agreed it was nothing (the round-13 first run); the value underneath is the point
const MADE_SMALL =
  /(?:^|[.!?]\s*|\bnothing (?:really|much)[.,]?\s*)i (?:just|only) (?:do|look after|sort out|take care of|help (?:out )?with|clean|cook|drive|run|keep) (?!it\b|that\b|this\b|nothing\b|what\b|my best\b)(?:[a-z']+ ){0,2}[a-z']+(?: and [a-z']+(?: [a-z']+)?)?|\b(?:it'?s|its) (?:only|just) (?:a )?(?:little |small |silly |part-?time )(?:job|thing)\b|\bnot (?:a |even a )?real job\b/i;

// the order in which a turn's concerns are taken: the one that most often carries the feeling first
const READINGS: readonly [ConcernKind, RegExp, (readonly RegExp[])?][] = [
  // (not letting themselves find it hard first: "i feel bad even saying it, i should be grateful" is
  // about the right to feel it, whatever guilt or shame word comes with it)
  ['not-allowed', NOT_ALLOWED],
  // (shame first: "a grown man afraid of envelopes" is about how it looks more than what might happen)
  ['shame', SHAME],
  ['fear', FEAR, [FEAR_WAVED, OTHERS_FEAR]],
  ['loss', LOSS],
  ['alone', ALONE],
  ['left-out', LEFT_OUT],
  ['burden', BURDEN],
  ['done-to', DONE_TO],
  ['pressure', PRESSURE],
  ['compared', COMPARED],
  ['guilt', GUILT],
  ['too-much', TOO_MUCH],
  ['worn-out', WORN_OUT],
  ['unfair', UNFAIR],
  ['made-small', MADE_SMALL],
  ['stuck', STUCK],
];

/**
 * The concern of a turn, read on the turn as written: the first reading, in the order above, whose
 * words are there and are not waved away or someone else's. At most one: a reply takes up one concern.
 */
export function concernOf(text: string): ConcernObservation[] {
  for (const [concern, pattern, unless = []] of READINGS) {
    const found = pattern.exec(text);
    if (!found) continue;
    // (a "what if" is their own fear whatever else the line waves away)
    if (unless.some((other) => other.test(text)) && !/\bwhat if\b/i.test(text)) continue;
    return [{ kind: 'concern', concern, span: [found.index, found.index + found[0].length] }];
  }
  return [];
}
