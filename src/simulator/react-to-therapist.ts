import type { ClientState } from './client-state.ts';
import type { Persona } from './persona-schema.ts';
import type { TherapistBehaviour } from './read-therapist-behaviour.ts';

/** How one therapist reply moved the client, and what the client noticed in it. */
export type Reaction = {
  changes: Partial<ClientState>;
  /** Felt heard by this reply (it took up what they said). */
  felt: 'heard' | 'misheard' | 'unheard' | 'neutral';
  unaskedAdvice: boolean;
  welcomeAdvice: boolean;
};

/**
 * What a therapist's behaviour does to the client (MI's spirit, read through the evaluator's
 * coding): an accurate reflection raises feeling heard, trust and readiness and lowers distress;
 * an open question about what they said helps a little; advice they did not ask for lands by the
 * card's reactance (sustain talk, frustration); a reply that could be said to anyone wears them
 * down. A venting person minds advice more.
 */
export function reactToBehaviour(behaviour: TherapistBehaviour, persona: Persona): Reaction {
  const changes: Required<Pick<ClientState, 'heard' | 'trust' | 'readiness' | 'distress' | 'frustration'>> = {
    heard: 0,
    trust: 0,
    readiness: 0,
    distress: 0,
    frustration: 0,
  };
  let felt: Reaction['felt'] = 'neutral';
  if (behaviour.accurateReflection) {
    const complex = behaviour.reflection === 'complex';
    changes.heard += complex ? 1.8 : 1.3;
    changes.trust += 0.5;
    changes.readiness += complex ? 0.5 : 0.3;
    changes.distress -= 0.3;
    changes.frustration -= 0.6;
    felt = 'heard';
  } else if (behaviour.reflection !== 'none') {
    changes.heard += 0.2;
    // a reflection that says something of its own and misses; a brief "that makes sense" does not
    if (behaviour.words >= 6) felt = 'misheard';
  }
  const specific = behaviour.specificity >= 0.25;
  if (behaviour.openQuestions > 0) {
    changes.heard += specific ? 0.6 : 0.15;
    changes.trust += specific ? 0.2 : 0;
  }
  if (behaviour.closedQuestions > 0 && behaviour.openQuestions === 0 && !specific) changes.heard -= 0.1;
  if (behaviour.affirms) {
    changes.trust += specific ? 0.3 : 0.1;
    changes.heard += specific ? 0.2 : 0;
  }
  if (behaviour.respectsAutonomy) {
    changes.readiness += 0.3;
    changes.trust += 0.2;
  }
  // someone who came for a step minds advice less; someone who came to vent minds it more
  const reactance =
    persona.goal === 'vent'
      ? Math.min(1, persona.reactance + 0.3)
      : persona.goal === 'step'
        ? persona.reactance * 0.7
        : persona.reactance;
  const unaskedAdvice = behaviour.advice === 'unasked';
  if (unaskedAdvice) {
    changes.heard -= 0.2 + 0.5 * reactance;
    changes.readiness -= 0.7 * reactance;
    changes.frustration += 0.8 * reactance;
    changes.trust -= 0.3 * reactance;
    changes.distress += 0.2 * reactance;
    if (felt === 'neutral') felt = 'unheard';
  }
  const welcomeAdvice = behaviour.advice === 'welcome';
  if (welcomeAdvice) {
    changes.readiness += 0.3;
    changes.trust += 0.2;
  }
  if (behaviour.generic) {
    changes.heard -= 0.5;
    changes.frustration += 0.35;
    changes.trust -= 0.2;
    changes.distress += 0.15;
    if (felt === 'neutral') felt = 'unheard';
  }
  if (behaviour.confronts) {
    changes.heard -= 1;
    changes.frustration += 1;
    changes.trust -= 0.5;
    changes.readiness -= 0.5;
    felt = 'unheard';
  }
  return { changes, felt, unaskedAdvice, welcomeAdvice };
}
