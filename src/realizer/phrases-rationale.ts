/** Why a small step helps, in the realizer's words, by the topic the person asked about. */
import type { RationaleTopic } from '../spec/move.ts';

// short on purpose: an explanation must fit a tired person's turn next to the other answers
export const RATIONALES: Record<RationaleTopic, readonly string[]> = {
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
    'Touching it for a moment makes it less scary the next time.',
    'Your brain learns from doing, and a tiny step is doing.',
  ],
  nudge: [
    'A nudge does the remembering, so you can stay on one thing.',
    'The reminder watches the time so you do not have to.',
  ],
  general: [
    'The aim is one small step with the feeling there, not calm first.',
    'The worry can come along; we are not waiting for it to leave.',
    'Each step you finish shows you it can be touched.',
    'Doing a little while worried shows you that worry does not have to stop you.',
    'Avoiding something makes it feel bigger; a small step shrinks it back.',
  ],
};
