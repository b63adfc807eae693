import type { RegionObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';

/**
 * Where a person evidently is, from how they write: the country or its cities, its money, its emergency
 * number, its offices and the everyday words only it uses ("arvo", "ute", "matatu", "barangay", "lakh",
 * "loonie"). Raters marked down US lines given to a Queensland farmer and a seeker in Kenya; a cue here
 * gives a session opened with no country the lines of where the person is (or, for a country the
 * resources do not list, their local emergency number and a directory). Each cue is a general fact
 * about a country's English, not a sentence; ambiguous words ("rand" the name, "perth", "victoria",
 * "georgia", "$", "pesos", "111"/"000" alone) are left out. Country cues come before the British words,
 * so "my mum" in Brisbane stays Australian.
 */
const CUES: ReadonlyArray<[country: string, cue: RegExp]> = [
  [
    'AU',
    /\b(?:australia\w*|aussie|queensland|qld|nsw|new south wales|brisbane|sydney|melbourne|adelaide|tasmania|darwin|canberra|gold coast|centrelink|arvo|utes?|servo|bottle-?o|triple zero|a\$\s?\d)\b/i,
  ],
  ['NZ', /\b(?:new zealand|aotearoa|auckland|christchurch|wellington nz|whanau|whānau|winz|nz\$\s?\d)\b/i],
  [
    'CA',
    /\b(?:canada|canadian|toronto|vancouver|montreal|ontario|alberta|quebec|québec|calgary|ottawa|winnipeg|nova scotia|manitoba|saskatchewan|loonies?|toonies?|c\$\s?\d)\b/i,
  ],
  ['IE', /\b(?:ireland|dublin|galway|limerick|leaving cert|junior cert|garda\w*|gardaí|the hse)\b(?! sea)/i],
  [
    'GB',
    /£\s?\d|\b(?:england|scotland|wales|welsh|scottish|london|manchester|birmingham|liverpool|leeds|glasgow|edinburgh|cardiff|belfast|bristol|nhs|the uk|in uk|dwp|universal credit|council tax)\b/i,
  ],
  [
    'DE',
    /\b(?:germany|german visa|berlin|munich|münchen|hamburg|frankfurt|cologne|köln|jobcenter|krankenkasse|ausländerbehörde|auslanderbehorde)\b/i,
  ],
  [
    'FR',
    /\b(?:france|paris|lyon|marseille|toulouse|bordeaux|préfecture|prefecture|pôle emploi|pole emploi|la caf)\b/i,
  ],
  [
    'US',
    /\b(?:america|usa|the us|the states|texas|california|florida|new york|chicago|los angeles|ohio|arizona|michigan|seattle|boston|medicaid|401k|zip code|the dmv|green card|uscis|sophomore|middle school)\b/i,
  ],
  [
    'KE',
    /\b(?:kenya\w*|nairobi|mombasa|kisumu|nakuru|eldoret|matatus?|boda ?bodas?|m-?pesa|ksh|kes ?\d|shillings?|wanjiku)\b/i,
  ],
  [
    'PH',
    /\b(?:philippines|filipin[oa]s?|pinoy|manila|cebu|davao|quezon|barangay|jeepney|philhealth|pag-?ibig|sss|ofw|php ?\d|₱)/i,
  ],
  [
    'IN',
    /\b(?:india|indian rupees?|delhi|mumbai|bangalore|bengaluru|chennai|kolkata|hyderabad|pune|lakhs?|crores?|rupees|rs\.? ?\d|₹|aadhaar|autorickshaw|auto rickshaw|iit|neet|jee)\b/i,
  ],
  [
    'ZA',
    /\b(?:south africa\w*|johannesburg|joburg|jozi|cape town|durban|pretoria|soweto|load ?-?shedding|bakkie|braai|taxi rank|r\d+ ?000|\d+ rand|sassa)\b/i,
  ],
  ['NG', /\b(?:nigeria\w*|lagos|abuja|ibadan|port harcourt|naira|₦|okada|danfo|jamb|nysc)\b/i],
  ['PK', /\b(?:pakistan\w*|karachi|lahore|islamabad|rawalpindi)\b/i],
  ['SG', /\b(?:singapore\w*|hdb|cpf|s\$\s?\d)\b/i],
];

// words that British English uses and American English does not: enough to give a session opened
// with no country the UK's crisis lines. ("mum" is Irish and Australian usage too: a guess, but a
// closer one than none; the country cues above are read first.)
const BRITISH =
  /\b(?:mum|mums|mummy|my gp|the gp|a gp|gp surgery|a&e|lorry|lorries|quid|gcses?|a[- ]levels?|sixth form|year (?:7|8|9|10|11|12|13)|skint|knackered|revising for|freshers|flatmates?|uni)\b/i;

/** Every pattern readRegion tries (reader-gates.ts gates the reader on their required literals). */
export const REGION_PATTERNS: readonly RegExp[] = [...CUES.map(([, cue]) => cue), BRITISH];

/** The first cue in the turn, country cues before British words, as a region hint (one per turn). */
export function readRegion(prepared: Prepared): RegionObservation[] {
  for (const [country, cue] of CUES) {
    const match = cue.exec(prepared.folded);
    if (match) return [{ kind: 'region', country, span: [match.index, match.index + match[0].length] }];
  }
  const match = BRITISH.exec(prepared.folded);
  if (!match) return [];
  return [{ kind: 'region', country: 'GB', span: [match.index, match.index + match[0].length] }];
}
