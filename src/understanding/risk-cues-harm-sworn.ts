/**
 * Round 18, by kind (harm to others and passive wishes missed across the seen sets, v4–v32), all `possible`: the
 * direct question is asked and the answer settles it.
 * - harm to a named other sworn or feared ("one day i'll put my hands on him", "worried i'll lose it and swing for
 *   her", "keep thinking about battering my supervisor"): the person is the one who would act. "strangle",
 *   "throttle" and "i could …" are left out: "i could strangle my brother", "gonna throttle this printer" are idioms;
 * - revenge promised on people ("i'll make them all pay, dont know how yet"): not a bill split ("make him pay for
 *   dinner");
 * - an accident or an illness wished on oneself ("part of me wants the tumour to come back so it's over", "i hope
 *   the plane goes down"): a passive wish.
 */
import type { RiskCue } from './risk-cues.ts';

// a person, never a thing ("swing for the printer"); "the" and "that" only before a word for a person
const THEM =
  '(?:him|her|them|(?:my|the|that|this|his|her) (?:\\w+ )?(?:boss|manager|supervisor|foreman|neighbou?r|landlord|ex|husband|wife|partner|stepdad|dad|brother|sister|teacher|headteacher|coach|cellmate|flatmate|colleague|customer|client|kids?|son|daughter|baby|bloke|guy|man|woman|lad|bastard|prick|idiot|twat|driver|person|people)|(?:his|her|their) (?:face|head))';
const STRIKE =
  '(?:put my hands on|lay (?:a finger|hands|my hands) on|swing for|batter|deck|lamp|glass|knock out|stab|smash (?:in )?(?:his|her|their) (?:face|head)|break (?:his|her|their) (?:neck|legs?|arms?|jaw|face|nose))';
const HARMING =
  '(?:smacking|hitting|punching|stabbing|strangling|hurting|battering|shooting|killing|throttling|kicking|choking|beating|bashing|slapping|strangl\\w+)';

export const RISK_CUES_HARM_SWORN: readonly RiskCue[] = [
  {
    // "i swear one day i'll put my hands on that bloke", "worried i'll snap and swing for him"
    id: 'harm-sworn-or-feared',
    type: 'harm-to-others',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|im going to|i might|i swear)\b[^.!?]{0,30}?\b(?:(?:lose it|snap|flip|crack) and )?${STRIKE} ${THEM}\b`,
    ),
  },
  {
    // "keep thinking about battering my supervisor with a shovel", "can't stop picturing strangling him"
    id: 'harm-pictured-on-someone',
    type: 'harm-to-others',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:keep|kept|cant stop|can'?t stop|been|i|always) (?:thinking|think|thought|imagining|picturing|dreaming|fantasi[sz]ing) (?:about |of )?${HARMING} ${THEM}\b`,
    ),
  },
  {
    // "i want to make them all pay. dont know how yet", "gonna make my manager pay"
    id: 'revenge-promised',
    type: 'harm-to-others',
    level: 'possible',
    pattern:
      /\b(?:want to|wanna|gonna|going to|i'?ll|ill|i will|i'?m going to|im going to) make (?:them|him|her|every ?(?:one|body)|every (?:one|last one|single one) of (?:them|you)|(?:my|that|the) \w+|them all|you all) (?:all )?pay\b(?! (?:for|the|back|rent|up|half|their|his|her|a|in|me|it)\b)/,
  },
  {
    // "part of me wants the tumour to come back so it's over", "i hope the plane goes down, not even joking"
    id: 'accident-or-illness-wished',
    type: 'suicide',
    level: 'possible',
    pattern:
      /(?:(?:^|[.!?,;]\s*|\bi |\bi just |\bhonestly )(?:hope|wish|pray)|\b(?:hoping|part of me (?:wants|hopes|wishes)|i want)) (?:that )?(?:the|my|this) (?:plane|flight|bus|train|car|boat|ferry|cancer|tumou?r|illness|lump) (?:would |will |to |could |might )?(?:crash(?:es)?|go(?:es)? down|sinks?|comes? back|spreads?|wins?|gets? me|takes? me|kills? me|finish(?:es)? me)\b/,
  },
];
