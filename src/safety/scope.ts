/**
 * What tinystep is and is not: the statement at the start of each session, and the kind reply
 * when someone asks about a diagnosis or a medication (answered by a clinician, not by us).
 */
import { detectScopeQuestion, type ScopeQuestion } from '../understanding/scope-question.ts';
import { DEFAULT_SAFETY_CONFIG, regionResources, type SafetyConfig } from './config.ts';
import { resourcesFor } from './resources.ts';

// (the question itself is read by understanding; re-exported for the callers that had it here)
export { detectScopeQuestion, type ScopeQuestion };

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
