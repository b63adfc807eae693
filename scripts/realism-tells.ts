// node --import tsx scripts/realism-tells.ts — counts the blind raters' simulated-chat tells over many
// excerpts shaped as `realism-sample` writes them (the first 4–6 client lines of a session against
// the coach), so a change to the client can be measured before → after rather than judged on 15.
// TELLS_SESSIONS (default 300: every persona, round robin) and TELLS_SEED (default 7) override.
// Prints shares only, never session text (privacy: these are simulated, but the habit holds).
import { writeFileSync } from 'node:fs';
import { playClientLines } from '../src/runner/client-lines.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';
import { createRandom } from '../src/simulator/prng.ts';

const sessions = Number(process.env.TELLS_SESSIONS ?? 300);
const seed = Number(process.env.TELLS_SEED ?? 7);
// TELLS_LINES=8: excerpts of 8–10 client lines, the length the blind raters read (default 4–6)
const shortest = Number(process.env.TELLS_LINES ?? 4);

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;
// a short hedge that says nothing: the "Dunno / Sort of" the raters saw beside built backstory (a
// plain "yeah" or "ok" after a story is an acknowledgement, not counted)
const FILLER =
  /^(dunno|idk|i dunno|i don'?t know|not sure|no idea|sort of|kind of|maybe|i guess|guess so|hm+|mm+|suppose|i suppose|suppose so|possibly|not really|could be)\W*$/i;
// risk said outright (the raters' "test-case shape": a disclosure in the first few lines)
const RISK =
  /\b(kill myself|end it|ending it|how i'?d do it|not be around|wasn'?t around|not wake up|hurt myself|better off without me|no point (in )?(going on|being here)|disappear for good|suicid)/i;
// a neat close on the coached step: "ok. i'll call them", "will do", "i'll try that tomorrow"
const STEP_AGREED =
  /\b(ok(ay)?|fine|right|yeah|alright)\b.{0,12}\b(i'?ll|ill|i will|gonna|going to)\b.{0,30}\b(call|ring|send|open|write|email|text|try|do|book|list|start)\b|^(will do|i'?ll do that|deal)\b/i;
// a staged list of things with their places: "under the tea towel", "in the drawer since 1986"
const PLACE = /\b(under|behind|on top of|next to|beside|in) (the|my|her|his) \w+/gi;
const PROP_LIST = (line: string) =>
  (line.match(PLACE)?.length ?? 0) >= 2 || /\b(since|from) (19|20)\d\d\b/.test(line);
// an aphorism: a contrast or identity line shaped to be quoted rather than said
const APHORISM =
  /\b(i'?m|im) not (a|an) \w+,? (i'?m|im)\b|\bnot \w+(ing)?, just \w+|\bkind of irony\b|\bdid a lot of work\b|\b(i miss|i was) being the one who\b|\bthe (guest|stranger|ghost) (now |in )/i;
// (round 11, v17–v18 raters: "a stock competence contrast", named on several people in one set) what
// they are good at set against the small thing they cannot do: "I wire people's houses, it's my job,
// and I can't fill in a form", "I used to run the depot for 40 drivers. now I can't answer one email"
const CONTRAST =
  /\b(for (\w+ )?(years|a living)|it'?s my job|(i|i've) used to|i (run|ran|make|made|teach|taught|wire|manage|do) [^.?!]{0,40})[^?!]{0,60}\b(can'?t|cannot|couldn'?t)\b|\bi can [^.?!]{0,60}\band i (still )?can'?t\b/i;

// (round 8, v12 rater) a misspelling written twice in one excerpt reads as an injected habit
const MISSPELT =
  /\b(realy|becuase|definately|tommorow|wierd|embarassed|untill|basicly|freind|freinds|belive|literaly|diffrent|recieved|seperate|apparantly|interveiw|stomache|probaly|everythin|actualy)\b/gi;
const repeatsMisspelling = (excerpt: readonly string[]) => {
  const found = excerpt.flatMap((line) => line.toLowerCase().match(MISSPELT) ?? []);
  return new Set(found).size < found.length;
};
// a tag word opening two lines ("seriously my manager…", "seriously my mate…"): an injected tic
const OPENER_TAG = /^(seriously|honestly|literally|omg|ugh|like|tbh|basically|lol|anyway)\b/i;
const repeatsOpener = (excerpt: readonly string[]) => {
  const openers = excerpt.map((line) => line.match(OPENER_TAG)?.[1].toLowerCase()).filter(Boolean);
  return new Set(openers).size < openers.length;
};
// the persona's setting said aloud, more than the one opening line a venting person might use
const SETTING =
  /\b(just (want|need)(ed)? to (vent|rant)|it'?s a rant|out of my system|not (even )?(asking|looking) for (anything|advice|tips|a plan)|(didn'?t|don'?t) (really )?want a plan)\b/i;
const statesSetting = (excerpt: readonly string[]) =>
  excerpt.filter((line) => SETTING.test(line)).length >= 2;
// one event told twice: two lines sharing four or more content words ("opened the template, typed the title")
const STOP = new Set(
  'that this with have from then them they what when were just like really about there their would could into your been because even still only some'.split(
    ' ',
  ),
);
const contentWords = (line: string) =>
  new Set((line.toLowerCase().match(/[a-z']{4,}/g) ?? []).filter((word) => !STOP.has(word)));
const retellsEvent = (excerpt: readonly string[]) =>
  excerpt.some((line, index) => {
    const mine = contentWords(line);
    return excerpt
      .slice(index + 1)
      .some((other) => [...contentWords(other)].filter((word) => mine.has(word)).length >= 4);
  });

// (round 9) a line of one or two words: 1–4% of the human-written chats' lines, 15% of ours
const BARE = (line: string) => words(line) <= 2;
// the same short line twice in one excerpt ("whatever" … "whatever")
const repeatsShort = (excerpt: readonly string[]) => {
  const short = excerpt
    .filter((line) => words(line) <= 4)
    .map((line) => line.toLowerCase().replace(/\W+$/, ''));
  return new Set(short).size < short.length;
};

const random = createRandom(seed);
const played = await playClientLines({
  personas: loadPersonaDirectory(),
  therapist: { kind: 'coach' },
  sessions,
  seed,
});
const dump: string[] = [];
const counts = {
  filler: 0,
  fillerAfter: 0,
  earlyRisk: 0,
  stepAgreed: 0,
  props: 0,
  aphorism: 0,
  contrast: 0,
  misspelling: 0,
  opener: 0,
  setting: 0,
  retold: 0,
  firstBare: 0,
  shortTwice: 0,
  any: 0,
};
let lines = 0;
let bareLines = 0;
for (const session of played) {
  const excerpt = session.lines.slice(0, shortest + random.int(3));
  dump.push(JSON.stringify(excerpt));
  const long = excerpt.findIndex((line) => words(line) >= 20);
  const tells = {
    filler: long >= 0 && excerpt.some((line) => FILLER.test(line.trim())),
    fillerAfter: long >= 0 && excerpt.slice(long + 1).some((line) => FILLER.test(line.trim())),
    earlyRisk: excerpt.slice(0, 4).some((line) => RISK.test(line)),
    stepAgreed: STEP_AGREED.test(excerpt.at(-1) ?? ''),
    props: excerpt.some(PROP_LIST),
    aphorism: excerpt.some((line) => APHORISM.test(line)),
    contrast: excerpt.some((line) => CONTRAST.test(line)),
    misspelling: repeatsMisspelling(excerpt),
    opener: repeatsOpener(excerpt),
    setting: statesSetting(excerpt),
    retold: retellsEvent(excerpt),
    firstBare: BARE(excerpt[0] ?? ''),
    shortTwice: repeatsShort(excerpt),
  };
  lines += excerpt.length;
  bareLines += excerpt.filter(BARE).length;
  for (const [key, value] of Object.entries(tells)) if (value) counts[key as keyof typeof tells] += 1;
  if (Object.values(tells).some(Boolean)) counts.any += 1;
}
// TELLS_DUMP=<file> writes the excerpts there, to read beside the counts
if (process.env.TELLS_DUMP) writeFileSync(process.env.TELLS_DUMP, `${dump.join('\n')}\n`);
const share = (count: number) => `${count}/${played.length} (${((100 * count) / played.length).toFixed(1)}%)`;
console.log(
  `excerpts: ${played.length} (seed ${seed}, first ${shortest}–${shortest + 2} client lines against the coach)`,
);
console.log(`  filler beside a long turn      ${share(counts.filler)}`);
console.log(`    of which after the long turn ${share(counts.fillerAfter)}`);
console.log(`  risk disclosed in lines 1–4    ${share(counts.earlyRisk)}`);
console.log(`  ends on a step agreed          ${share(counts.stepAgreed)}`);
console.log(`  prop-like detail list          ${share(counts.props)}`);
console.log(`  aphorism line                  ${share(counts.aphorism)}`);
console.log(`  a competence contrast          ${share(counts.contrast)}`);
console.log(`  a misspelling written twice    ${share(counts.misspelling)}`);
console.log(`  a tag word opening two lines   ${share(counts.opener)}`);
console.log(`  the persona's setting restated ${share(counts.setting)}`);
console.log(`  one event told twice           ${share(counts.retold)}`);
console.log(`  first line of 1–2 words        ${share(counts.firstBare)}`);
console.log(`  the same short line twice      ${share(counts.shortTwice)}`);
console.log(`  any of these                   ${share(counts.any)}`);
console.log(`lines of 1–2 words: ${bareLines}/${lines} (${((100 * bareLines) / lines).toFixed(1)}%)`);
