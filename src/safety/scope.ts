/**
 * What tinystep is and is not: the statement at the start of each session, and the kind reply
 * when someone asks about a diagnosis or a medication (answered by a clinician, not by us).
 */
import type { Span } from '../spec/observation.ts';
import { createKeywordScanner } from '../understanding/keyword-scan.ts';
import { requiredLiterals } from '../understanding/required-literals.ts';
import { DEFAULT_SAFETY_CONFIG, regionResources, type SafetyConfig } from './config.ts';
import { resourcesFor } from './resources.ts';

export type ScopeQuestion = { topic: 'diagnosis' | 'medication'; span: Span };

const CONDITION =
  '(?:adhd|add|autism|autistic|asd|aspergers?|depression|depressed|anxiety|an anxiety disorder|gad|ocd|bipolar|bpd|borderline|ptsd|c-?ptsd|a disorder|a personality disorder|an eating disorder|a mental illness|mental illness|dyslexia|dyspraxia|executive dysfunction|burnout|a learning disability|schizophrenia|psychosis|an? \\w+ disorder|on the spectrum|neurodivergent|something wrong with (?:me|my brain))';
const MEDICINE =
  '(?:meds|medication|medications|medicine|dose|dosage|antidepressants?|ssris?|snris?|stimulants?|sertraline|zoloft|fluoxetine|prozac|escitalopram|lexapro|citalopram|celexa|paroxetine|paxil|venlafaxine|effexor|duloxetine|cymbalta|bupropion|wellbutrin|mirtazapine|adderall|ritalin|concerta|vyvanse|elvanse|methylphenidate|atomoxetine|strattera|lisdexamfetamine|xanax|alprazolam|lorazepam|ativan|diazepam|valium|clonazepam|klonopin|propranolol|lithium|lamotrigine|quetiapine|seroquel|aripiprazole|abilify|melatonin|pills?|tablets?|prescription)';

const DIAGNOSIS = new RegExp(
  `(?:do|could|might|can|would) (?:you think |u think )?(?:i|i've|i have|i'd) (?:have |got |be |get diagnosed with )?${CONDITION}|am i (?:just )?(?:${CONDITION}|depressed|autistic|bipolar|mentally ill|crazy)|(?:is|could|might) (?:this|it|that|my \\w+) (?:be )?(?:a sign of |signs of |symptoms? of )?${CONDITION}|(?:can|could|would) you (?:diagnose|assess|tell if i have|tell me if i have)|should i (?:get )?(?:tested|assessed|screened|evaluated|diagnosed) for|does (?:this|that|it) sound like ${CONDITION}|(?:what'?s|what is) my diagnosis`,
  'i',
);
const MEDICATION = new RegExp(
  `(?:should|can|could|do|would|is it (?:ok|okay|safe|bad) to|is it (?:ok|okay|safe) if) (?:i |you think i should |we )?(?:up|increase|raise|lower|reduce|decrease|stop|quit|come off|get off|go off|start|switch|change|double|halve|skip|take|try|mix|combine|drink on|drink with|up my|adjust)(?: (?:taking|on))? (?:my |the |more |less |extra |another |a higher |a lower |some |any )?(?:\\w+ )?${MEDICINE}|(?:how much|how many|what (?:dose|dosage|amount)) (?:of )?(?:\\w+ )?${MEDICINE} (?:should|can|do) i|(?:is|are) ${MEDICINE} (?:safe|ok|okay|good|bad|right) for me|${MEDICINE} (?:isn'?t|is not|aren'?t|are not|doesn'?t|don'?t) (?:working|helping)(?:,)? (?:should|what should|can) i|(?:what|which) (?:meds|medication|medicine|antidepressant|pills) should i`,
  'i',
);

// Only the start of a long text is read.
const MAX_SCOPE_CHARS = 10_000;
const CURLY_APOSTROPHES = /[\u2018\u2019]/g;
const TOPICS = [
  ['medication', MEDICATION],
  ['diagnosis', DIAGNOSIS],
] as const;
// Nearly no turn asks about a diagnosis or a medication: one pass over the text for each
// pattern's required words (derived from the pattern itself; the patterns are lowercase and
// read case-blind, curly apostrophes as straight ones) skips the patterns for the others.
const TOPIC_GATE = createKeywordScanner(
  TOPICS.map(([, pattern]) => requiredLiterals(new RegExp(pattern.source))),
  { asciiCaseInsensitive: true, sameAs: { '\u2018': "'", '\u2019': "'" } },
);

/**
 * Finds a question about diagnosis or medication; undefined otherwise.
 * @example detectScopeQuestion('should I up my sertraline?')?.topic === 'medication'
 */
export function detectScopeQuestion(text: string): ScopeQuestion | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const live = TOPIC_GATE.scan(text, MAX_SCOPE_CHARS);
  if (!live.includes(1)) return undefined;
  // same length as the text read, so spans are offsets in the text
  const sample = (text.length > MAX_SCOPE_CHARS ? text.slice(0, MAX_SCOPE_CHARS) : text).replace(
    CURLY_APOSTROPHES,
    "'",
  );
  for (let index = 0; index < TOPICS.length; index += 1) {
    if (live[index] === 0) continue;
    const [topic, pattern] = TOPICS[index];
    const match = pattern.exec(sample);
    if (match) return { topic, span: [match.index, match.index + match[0].length] };
  }
  return undefined;
}

function clinicianFor(locale: string): string {
  return /-GB$|-IE$/i.test(locale)
    ? 'your GP, a pharmacist or your prescriber'
    : 'your doctor, a pharmacist or your prescriber';
}

/** The kind scope reply: a fair question, for a clinician; no change to a dose without one. */
export function scopeReply(locale: string, topic: ScopeQuestion['topic'] = 'diagnosis'): string {
  const who = clinicianFor(locale);
  const answer =
    topic === 'medication'
      ? `That's an important question, and it needs someone who knows your health: ${who}. Please don't change a dose without talking to them first.`
      : `That's a fair question, and it deserves a proper assessment from someone qualified, like ${who.replace(', a pharmacist or your prescriber', ' or a psychologist')}.`;
  return `${answer} I'm a coach for getting unstuck, not a clinician, so I can't diagnose or advise on medication. If it helps, we can write your question down to take with you.`;
}

/**
 * The short statement at the start of each session: what tinystep is and is not, and who to
 * reach in an emergency for this locale.
 */
export function scopeStatement(locale: string, config: SafetyConfig = DEFAULT_SAFETY_CONFIG): string {
  const first = resourcesFor(locale, config, 'suicide')[0];
  const unplaced = regionResources(locale, config) === config.regions.default;
  // nowhere known: the local number and the directory rather than one country's line
  const reach = unplaced
    ? ` If you are ever in danger or thinking of ending your life, ${localAndDirectory(resourcesFor(locale, config, 'suicide'))}.`
    : first
      ? ` If you are ever in danger or thinking of ending your life, ${first.contact} (${first.name}) to reach a person right now.`
      : '';
  return `I'm tinystep, a coach for getting unstuck one small step at a time. I'm not a therapist, a doctor or an emergency service, and I can't diagnose or advise on medication.${reach}`;
}

/** "call your local emergency number, or find a free line where you are at findahelpline.com" */
export function localAndDirectory(resources: readonly { name: string; contact: string }[]): string {
  const emergency = resources.find((resource) => /emergency/i.test(resource.name));
  const directory = resources.find((resource) => resource !== emergency);
  const call = emergency?.contact ?? 'call your local emergency number';
  return directory ? `${call}, or find a free line where you are at ${directory.contact}` : call;
}
