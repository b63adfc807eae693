/**
 * A question about a diagnosis or a medication ("do i have adhd?", "should i up my sertraline?"):
 * a clinician's to answer, not ours. Read here so the session fold takes it from an observation
 * (moved from safety/scope.ts, which keeps the words of the reply).
 */
import type { ScopeQuestionObservation, Span } from '../spec/observation.ts';
import { createKeywordScanner } from './keyword-scan.ts';
import { requiredLiterals } from './required-literals.ts';

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

/** The question as an observation over the turn as written (none when it asks neither). */
export function scopeQuestionObservations(text: string): ScopeQuestionObservation[] {
  const found = detectScopeQuestion(text);
  return found ? [{ kind: 'scope-question', topic: found.topic, span: found.span }] : [];
}
