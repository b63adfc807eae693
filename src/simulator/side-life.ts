/**
 * The rest of a person's life this week: small side concerns with odd specific detail, drawn per
 * session, so two sessions of one card are two people with different weeks. Real MIBot clients
 * carry several small unrelated things ("they are laying off people at work", "we braai on
 * Saturday", "I just got up about an hour ago"); ours carried one tidy story, and the round-18 rater
 * read that as the program. Plausible filler ("my sister in Spain") read as filler; what read as
 * real was the oddly specific: a name, a price, a day, a time. So each concern here is a kind of
 * thing with slots, filled from the session's own dice (never the session's talk dice, so nothing
 * else in the session moves).
 *
 * (No health alarms, hurt or death words, money crises or anything a risk reader could
 * take for a disclosure: an aside must never look like a risk the coach then has to answer.)
 */
import type { SaidLines } from './client-content.ts';
import { createRandom, deriveSeed, type Random } from './prng.ts';

/** The week of one session's person: two side concerns of different kinds, and where they are as they type. */
export type SideLife = { concerns: string[]; present: string };

type Place = {
  shop: readonly string[];
  money: (amount: number) => string;
  check: string;
  teams: readonly string[];
  hot: string;
};

const UK: Place = {
  shop: ['Lidl', 'the big Tesco', 'the Co-op', 'B&Q', 'Asda', 'the garden centre', 'Aldi'],
  money: (amount) => `£${amount}`,
  check: 'MOT',
  teams: ['Leeds', 'Forest', 'Villa', 'Sunderland', 'Wigan', 'Hibs'],
  hot: 'boiler',
};
const US: Place = {
  shop: ['Walmart', 'the Kroger', 'Home Depot', 'Target', 'Costco', 'the Dollar General', 'Publix'],
  money: (amount) => `$${amount}`,
  check: 'inspection',
  teams: ['the Browns', 'the Jets', 'the Bears', 'the Cubs', 'the Pistons', 'the Mets'],
  hot: 'water heater',
};

const NAMES = ['Dave', 'Priya', 'Marek', 'Bev', 'Jamal', 'Steph', 'Kev', 'Lou', 'Tomasz', 'Shaz', 'Gemma'];
const KIN = ['brother', 'sister', 'nan', 'cousin', 'uncle', 'mother in law', 'stepdad', 'aunt'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['march', 'april', 'june', 'july', 'september', 'october', 'november'];
const WHEN = ['yesterday', 'on saturday', 'last night', 'this morning', 'on tuesday', 'at the weekend'];
const SHOWS = ['Below Deck', 'old episodes of Frasier', 'Bake Off', 'Columbo', 'that ice road truckers show'];
const VEHICLES = ['car', 'van', 'Corsa', 'Focus', 'old Civic'];
const THINGS = ['treadmill', 'old sofa', 'cot', 'exercise bike', 'fish tank', 'bread maker'];

/** A side concern, written plainly; the person's typing (case, stops, slips) is put on it later. */
type Concern = (pick: Picker) => string;
type Picker = {
  one: <T>(items: readonly T[]) => T;
  number: (low: number, high: number) => number;
  place: Place;
};

// (a slot in every clause: two people of different cards saying one clause word for word is one
// voice for two, and excerpt-coherence.test.ts holds every sentence of three words or more to that)
const CONCERNS: readonly Concern[] = [
  (p) =>
    `the ${p.one(VEHICLES)} failed its ${p.place.check} ${p.one(WHEN)} and it's ${p.place.money(p.number(18, 46) * 10)} for ${p.one(['two tyres', 'brake pads', 'a new exhaust', 'the wipers and a bulb'])}`,
  (p) =>
    `got a ${p.place.money(p.number(3, 9) * 10)} parking ticket outside ${p.one(p.place.shop)} ${p.one(WHEN)}`,
  (p) =>
    `the ${p.one(['washing machine', 'fridge', p.place.hot, 'dishwasher', 'oven'])} packed in ${p.one(WHEN)}`,
  (p) => `${p.one(p.place.teams)} lost ${p.number(2, 4)} nil ${p.one(WHEN)}`,
  (p) => `work have put me on ${p.one(['6am', '7am', '5.30', 'late', 'split'])} starts from ${p.one(DAYS)}`,
  (p) =>
    `next door have been drilling from ${p.one(['7', 'half 8', '8am', '9'])} every day since ${p.one(DAYS)}`,
  (p) => `got the wordle in ${p.number(2, 3)} ${p.one(['today', 'this morning', 'before work'])}`,
  (p) =>
    `my ${p.one(KIN)} is coming to stay for ${p.one(['a week', 'ten days', 'the whole of half term', 'a fortnight', 'the weekend'])}`,
  (p) =>
    `it's ${p.one(NAMES)}'s ${p.number(4, 12) * 5}th on ${p.one(DAYS)} and I still haven't got a present`,
  (p) =>
    `cracked my phone screen ${p.one(WHEN)} and they want ${p.place.money(p.number(6, 14) * 10)} to fix it`,
  (p) => `the landlord is putting the rent up ${p.place.money(p.number(4, 12) * 10)} from ${p.one(MONTHS)}`,
  (p) => `I've got the dentist on ${p.one(DAYS)}, been putting it off since ${p.one(MONTHS)}`,
  (p) => `been watching ${p.one(SHOWS)} every night, ${p.number(2, 5)} episodes left`,
  (p) => `the school rang about ${p.one(NAMES)} ${p.one(['again', 'twice'])} ${p.one(WHEN)}`,
  (p) => `we've got my ${p.one(KIN)}'s ${p.one(['dog', 'two cats', 'rabbit', 'parrot'])} till ${p.one(DAYS)}`,
  (p) => `the ${p.number(12, 96)} bus was ${p.number(2, 5) * 10} minutes late ${p.one(WHEN)}`,
  (p) => `still trying to sell the ${p.one(THINGS)} on marketplace after ${p.number(2, 6)} weeks`,
  (p) => `someone reversed into the ${p.one(VEHICLES)} in the ${p.one(p.place.shop)} car park ${p.one(WHEN)}`,
  (p) => `got a letter for jury service in ${p.one(MONTHS)}`,
  (p) =>
    `the internet's been down since ${p.one(DAYS)} so I'm on my ${p.one(['phone', "daughter's laptop", 'work laptop'])}`,
  (p) => `I have to do a speech at ${p.one(NAMES)}'s wedding in ${p.one(MONTHS)}`,
  (p) => `we had a power cut for ${p.number(2, 6)} hours ${p.one(WHEN)}`,
  (p) =>
    `started a ${p.one(['pottery', 'spanish', 'first aid', 'guitar', 'cooking'])} class on ${p.one(DAYS)}s, been to ${p.number(2, 4)} so far`,
  (p) =>
    `${p.one(NAMES)} at work left and I'm covering ${p.one(['the rota', 'the orders', 'the phones', 'the late shifts'])} till ${p.one(MONTHS)}`,
  // (small medical things beside the topic, never alarms: the base rater read "a blocked gland" as real)
  (p) =>
    `I've had a blocked ear since ${p.one(DAYS)} and can't hear a thing on the ${p.one(['left', 'right'])}`,
  (p) => `on antibiotics for a tooth till ${p.one(DAYS)}`,
  (p) => `the doctor's put me on iron tablets till ${p.one(MONTHS)}`,
  (p) => `been putting cream on a verruca since ${p.one(MONTHS)}`,
  (p) => `my hay fever has been ${p.one(['awful', 'terrible', 'really bad'])} since ${p.one(DAYS)}`,
];

/** Where they are as they type: said after "how are you" now and then ("Not bad. I just got up"). */
const PRESENT: readonly Concern[] = [
  (p) => `just got up about ${p.one(['an hour', 'half an hour', '20 minutes'])} ago`,
  () => `just got in from work`,
  () => `on my lunch break`,
  (p) => `sat in the car outside ${p.one(p.place.shop)}`,
  (p) => `bit hungry, about to make ${p.one(['toast', 'breakfast', 'some eggs', 'a sandwich'])}`,
  () => `waiting for the washing to finish`,
  (p) => `tired, I was up at ${p.one(['5', 'half 5', '6'])}`,
  () => `just back from walking the dog`,
  (p) => `bit cold, the ${p.place.hot} is playing up`,
  () => `the kids are finally in bed`,
  () => `having a coffee before I start`,
  () => `doing this on my phone on the bus`,
];

/** One session's side life, from the session seed and the card: the same seed gives the same week. */
export function sideLife(personaId: string, seed: number): SideLife {
  const random = createRandom(deriveSeed(19, 'side-life', personaId, seed));
  const picker = pickerFrom(random);
  // (two different kinds: a stride of 1 to n−1 from the first never lands on it again)
  const first = random.int(CONCERNS.length);
  const second = (first + 1 + random.int(CONCERNS.length - 1)) % CONCERNS.length;
  const concerns = [first, second].map((index) => (CONCERNS[index] as Concern)(picker));
  return { concerns, present: random.pick(PRESENT)(picker) };
}

function pickerFrom(random: Random): Picker {
  return {
    one: (items) => random.pick(items),
    number: (low, high) => low + random.int(high - low + 1),
    place: random.chance(0.5) ? UK : US,
  };
}

/** Share of "how are you" answers that go on to where they are, while it is unsaid. */
const PRESENT_SHARE = 0.2;

/** Where they are as they type, the first time it fits and the dice say so; never twice a session. */
export function presentOnce(said: SaidLines, random: Random): string | undefined {
  const present = said.present;
  if (!present || !random.chance(PRESENT_SHARE)) return undefined;
  said.present = undefined;
  return present;
}
