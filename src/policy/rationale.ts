import type { SessionState } from '../session/state.ts';
import type { Step } from '../spec/move.ts';
import { asInstruction } from './words.ts';

type Topic = 'noticing' | 'urge' | 'small' | 'nudge' | 'general';

const RATIONALES: Record<Topic, string[]> = {
  // short on purpose: an explanation must fit a tired person's turn next to the other answers
  noticing: [
    'Naming a feeling, without fighting it, loosens its grip on your hands.',
    'Noticing a feeling gives you a small gap to choose what you do.',
    'Watching the feeling shows you can feel it and still stay put.',
  ],
  urge: [
    'An urge is a wave: watched, not obeyed, it rises and fades.',
    'Each urge you notice and let be makes the next one weaker.',
    'You only notice the urge; that keeps the choice yours.',
  ],
  small: [
    'A tiny step gives the worry nothing to grab.',
    'Small steps you finish beat big plans that feel too heavy.',
    'Starting small keeps your body calm enough to stay.',
    'A step this small is easy to finish, and finishing is what builds trust in yourself.',
    'Touching the task for a moment makes it less scary the next time.',
    'Your brain learns from doing, and a tiny step is doing.',
  ],
  nudge: [
    'A nudge does the remembering, so you can stay on one thing.',
    'The reminder watches the time so you do not have to.',
  ],
  general: [
    'The aim is one small step with the feeling there, not calm first.',
    'The worry can come along; we are not waiting for it to leave.',
    'Each step you finish shows you the task can be touched.',
    'Doing a little while worried shows you that worry does not have to stop you.',
    'Avoiding the task makes it feel bigger; a small step shrinks it back.',
  ],
};

function topicOf(text: string): Topic {
  if (/urge|twitch|fidget|fiddl|edit|tinker/i.test(text)) return 'urge';
  if (/notic|nam(?:e|ing)|watch|sensation|feel/i.test(text)) return 'noticing';
  if (/nudg|remind/i.test(text)) return 'nudge';
  if (/small|tiny|step|click|look/i.test(text)) return 'small';
  return 'general';
}

/** Why this helps, on the topic the person asked about; varies by turn so it is not the same each time. */
export function rationaleFor(askedAbout: string, state: SessionState): string {
  const options = RATIONALES[topicOf(askedAbout)];
  return options[(state.clientTurns + state.seed) % options.length];
}

/**
 * One to three plain instructions for what the person asked to have spelled out, the step itself
 * first, so the answer can be acted on alone. The realizer says the step once when another move
 * of the turn proposes the same step.
 */
export function concreteSteps(
  askedAbout: string,
  step: Step,
  object: string,
  _stepStated: boolean,
): string[] {
  const topic = topicOf(askedAbout);
  if (topic === 'noticing')
    return [
      'Set a timer for one minute.',
      'Each time something shows up, name it quietly, like "tight chest" or "racing thought".',
      `Look back at ${object} after each name.`,
    ];
  if (topic === 'urge')
    return [
      'When your fingers want to move, say "urge" quietly.',
      'Keep your hands still for one breath.',
      `Look at ${object} for one second.`,
    ];
  if (step.size >= 60)
    return [
      asInstruction(step.text),
      `Set a timer for ${minutes(step.size)} and stop when it rings.`,
      'Tell me how it went.',
    ];
  return [asInstruction(step.text), 'Stop there, even if you want more.', 'Tell me how it went.'];
}

function minutes(seconds: number): string {
  const count = Math.max(1, Math.round(seconds / 60));
  return count === 1 ? 'one minute' : `${count} minutes`;
}
