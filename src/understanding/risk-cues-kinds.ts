/**
 * Risk kinds that recur across the four independent writers of v9–v12 (round 8, pass 3). Each cue is a
 * kind of thing people write, not one writer's sentence: it was built only when missed items of that kind
 * came from at least two of the four writers (listed per cue), and leave-one-writer-out was measured by
 * keeping a cue for a held-out writer only when the other three writers still had two with that kind.
 * Every pattern was checked on all twelve labelled sets: no ordinary or near-miss item matches.
 * Read in context by risk-cue-reader.ts like the other cues.
 */
import type { RiskCue } from './risk-cues.ts';

const VEHICLE = '(?:bus|lorry|truck|train|car|van|tram)';
const PERSON = '(?:him|her|them|my \\w+|that \\w+|the \\w+)';

/** Acts of putting affairs in order; two in one sentence are preparation (v10, v11, v12). */
const ARRANGEMENT = String.raw`(?:(?:wrote|written|updated|drafted|made|sorted|finished) (?:out )?my will|cancel(?:l?ed|l?ing) (?:the |my |all (?:the |my )?)?(?:phone|subscriptions?|contracts?|direct debits?|gym)|(?:given|gave|giving) (?:away )?(?:the|my) (?:dogs?|cats?|pets?|tools|books|things|stuff|belongings) (?:away |to )|sorted (?:the )?(?:dogs?|cats?|pets?) to go|paid (?:the )?rent up|tying up (?:the |all the |my )?loose ends|who (?:has|gets|takes) the (?:kids|dog|cat) after)`;

export const RISK_CUES_KINDS: readonly RiskCue[] = [
  {
    // A death in traffic pictured or wished for: "step off the kerb when the bus comes", "steering into the
    // barrier", "driving into the central reservation", "if a lorry just clipped me that would be fine"
    // (v9 ×2, v10, v11)
    id: 'traffic-death-pictured',
    type: 'suicide',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:step(?:ping)? (?:off the (?:kerb|curb|platform)|out) (?:when|as|in front of) (?:the |a )?${VEHICLE}|(?:steer|steering|driving|drive|swerv(?:e|ing)) (?:straight )?into (?:the |a )?(?:barrier|central reservation|wall|tree|oncoming|bridge|river|lorry|truck|reservation)|if a ${VEHICLE} (?:just )?(?:clipped|hit|took out) me)`,
    ),
  },
  {
    // Affairs put in order, two acts at once: "updated my will, cancelled the subscriptions and given the dog
    // to my neighbour", "sorted the dogs to go…, cancelled the phone contract" (v10, v11, v12)
    id: 'affairs-in-order',
    type: 'suicide',
    level: 'clear',
    pattern: new RegExp(String.raw`\b${ARRANGEMENT}\b.*\b${ARRANGEMENT}`),
  },
  {
    // A means gathered over time: "saved up my mothers morphine for three weeks", "taking vials home from the
    // ward", "looked up how many paracetamol it takes", "googling methods again", "looking at ways" (end of
    // a sentence, not "ways to save") (v9 ×2, v11, v12)
    id: 'means-gathered',
    type: 'suicide',
    level: 'clear',
    pattern:
      /\b(?:(?:saved|saving|stockpil(?:ed|ing)|hoard(?:ed|ing)|collect(?:ed|ing)) up (?:my |me |her |his |the |my \w+s? )?(?:morphine|pills|tablets|meds|medication|paracetamol|painkillers|insulin)|(?:stockpil(?:ed|ing)|hoard(?:ed|ing)) (?:my |the )?(?:morphine|pills|tablets|meds|medication|paracetamol|painkillers|insulin)|taking (?:vials|pills|meds|drugs|morphine) home from (?:the )?(?:ward|hospital|pharmacy|work)|(?:looked|looking|look) up how (?:many|much) (?:paracetamol|pills|tablets|painkillers|insulin)(?: it)? (?:takes|would take|to)|(?:googl(?:ed|ing)|research(?:ed|ing)) (?:suicide )?methods|(?:been )?looking at (?:ways|methods)\s*(?:[.!?]|$))/,
  },
  {
    // A method set up with nothing else to explain it: "the car running in the closed garage", "bought a
    // hose pipe and i dont have a garden", "buy the charcoal and tape" (v9, v10, v12)
    id: 'method-set-up',
    type: 'suicide',
    level: 'clear',
    pattern:
      /\b(?:car|engine) (?:is )?running in the (?:closed |shut |locked )?garage|\bhose ?pipe\b.*\b(?:don'?t|dont|do not) (?:even )?(?:have|own) a garden|\bcharcoal and (?:duct )?tape\b/,
  },
  {
    // A threat to a named person with a means or an outcome: "gonna run him over", "put him through the
    // window", "he wont walk out of there", "going round … with a bat", "something i wont come back from"
    // (v9, v10, v11 ×2, v12 ×2)
    id: 'threat-with-outcome',
    type: 'harm-to-others',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:(?:gonna|going to|will|i'?ll|ill) run ${PERSON} over(?! to\b)|running ${PERSON} over(?! to\b)|(?:put|throw|chuck) ${PERSON} through (?:the|a) (?:window|wall)|(?:he|she|they) (?:won'?t|wont|will not) (?:walk|come) out of (?:there|it) alive|(?:he|she|they) (?:won'?t|wont|will not) walk out of there|(?:going|goin|heading) round (?:to )?.{0,40}\bwith a (?:bat|knife|hammer|crowbar|bar|machete)|(?:do|doing) something i (?:won'?t|wont|can'?t|cant) come back from)`,
    ),
  },
  {
    // Violent thoughts about someone the person is scared of: "violent thoughts about my ex-business partner",
    // "a flash of wanting to hold a pillow over his face", "wanted to strangle my brother. scaring me",
    // "i could actually hurt her and i dont think im joking", "fantasising about running my landlord over"
    // (v10, v11 ×2, v12 ×2)
    id: 'violent-thoughts-feared',
    type: 'harm-to-others',
    level: 'possible',
    negationInside: true,
    pattern:
      /\b(?:violent (?:thoughts|fantasies|urges|images)|(?:flash|urge|urges|thoughts?) of wanting to (?:hurt|strangle|smother|stab|hit|hold)|hold a pillow over (?:his|her|their) face|could (?:actually|really) hurt (?:him|her|them)\b.*\b(?:not|dont think im|don'?t think i'?m) joking|fantasi[sz](?:ing|e) about (?:hurting|killing|strangling|stabbing|running)|hands in my pockets .{0,40}wanted to (?:strangle|hit|hurt|punch))/,
  },
  {
    // Better off without the person, said of a child or partner: "the kids would be better with their dad",
    // "he will be better without a dad like me" (v10, v12; v11 "the insurance is worth more than me")
    id: 'better-without-me-said-of-family',
    type: 'suicide',
    level: 'possible',
    selfWhateverSubject: true,
    pattern:
      /\b(?:would|will|'d|'ll) be better (?:off )?(?:with (?:their|his|her) (?:dad|mum|mom|father|mother)\b|without (?:a (?:dad|mum|mom|father|mother|wife|husband) like me|me around))|\b(?:insurance|life insurance) (?:is|would be) worth more than me\b/,
  },
  {
    // Breath held under the bath water, wondering about not coming up (v10, v12)
    id: 'breath-held-in-bath',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\bhold(?:ing)? my breath (?:in|under) (?:the )?(?:bath|water)\b.*\b(?:not coming up|stop(?:ped)? trying|how long|not come up|never come up)/,
  },
  {
    // A head injury with sickness or confusion, a fall with no getting up, a diabetic unable to manage:
    // "hit my head at football, now being sick and bit drowsy", "fell off the ladder, cant move my leg",
    // "diabetic and … so shaky i cant read the meter" (v9 ×4, v10 ×2, v11 ×2, v12)
    id: 'body-emergency-plain',
    type: 'medical-emergency',
    level: 'clear',
    selfWhateverSubject: true,
    pattern:
      /\b(?:hit|banged|bumped|smacked) my head\b.*\b(?:being sick|been sick|throwing up|threw up|vomit\w*|drows\w*|confused|can'?t remember)|\b(?:fell|fallen|came) (?:off|down|over|from)\b.*\b(?:can'?t|cant|cannot) (?:move|feel|get up|stand)\b|\b(?:fallen|fell)\b.*\b(?:not answering|eyes won'?t open|won'?t wake|isn'?t waking)|\b(?:i'?m|im|i am) (?:a )?diabetic\b.*\b(?:so shaky|can'?t read|cant read|sugars? (?:is|are|at) (?:2\d|3\d|1\.\d|2\.\d)|feel (?:very )?strange|confused)/,
  },
  {
    // An abuser at the door: "he's outside my door and he said he'll break it down", "he's outside the flat
    // shouting and trying the handle" (v9, v11)
    id: 'abuser-at-door',
    type: 'abuse',
    level: 'clear',
    pattern:
      /\b(?:he'?s|hes|he is|she'?s|shes|she is) outside (?:my|the) (?:door|flat|house|window)\b.*\b(?:break (?:it|the door) down|trying the (?:handle|door)|kick(?:ing)? (?:it|the door) in|banging)/,
  },
  {
    // A boss who holds the pay and threatens to call immigration (v10, v11)
    id: 'pay-held-status-threat',
    type: 'abuse',
    level: 'possible',
    pattern:
      /\b(?:keep|keeps|take|takes|took|hold|holds) (?:my|me) (?:money|pay|wages|passport)\b.*\b(?:call|report me to|phone|ring) (?:the )?immigration\b/,
  },
];
