/**
 * "Why would that help?" to another helper's idea, answered the way human supporters answer it: the
 * idea's own reason in a line of plain words, owning what it will not do, then (the policy's
 * question) whether to try it or set it aside. No jargon: no "the worry can come along".
 */
import type { SuggestedIdea } from '../spec/move.ts';

export const IDEA_REASONS: Record<SuggestedIdea, string[]> = {
  script: [
    'Fair question. A script only covers your half, but with your part ready, all your attention can go on listening.',
    'Fair point, it only covers what you say. The idea is that your own part is ready, so you are not searching for words and listening at once.',
  ],
  unload: [
    "Fair question. It's not about anyone reading it or learning anything new; putting it on paper gives what's in your head somewhere to go.",
    "Fair question. The point is only to get it out of your head: once it's on paper, you don't have to keep holding it.",
  ],
  list: [
    "Fair question. The point isn't to tell you what you already know; seeing it laid out shows which part matters most, so you know where to start.",
    "Fair question. It won't tell you anything you don't know; it just turns one big lump into pieces you can pick from.",
  ],
  'bad-on-purpose': [
    "Fair question. A page you meant to be bad can't fail the comparison, so the judging switches off long enough to get words down.",
    "Fair question. When it's meant to be bad, there's nothing to measure it against, and that's what lets the words come.",
  ],
  'out-of-bed': [
    "Fair question. The idea is that if bed stops being the place where you lie awake, your brain slowly stops expecting to lie awake there; it isn't instant.",
    "Fair question. Getting up for a bit loosens the link between bed and lying awake, so sleepiness has a chance to come back; it doesn't suit everyone.",
  ],
  blocks: [
    "Fair question. A timer won't touch the worry itself; it only makes the start small enough that the worry gets less of a say.",
    "Fair point. Short blocks don't fix the fear of starting; they only make each start small enough to get past it.",
  ],
  breathe: [
    "Fair question. Breathing out slowly does settle the body for a few minutes; it won't change what's happening, only how on edge you are in it.",
    "Fair question. Slow breathing won't change the situation, but it does calm the body a little, which can make the next few minutes easier.",
  ],
  'say-it': [
    "Fair question. Putting the fear into words often makes it a bit smaller than it is in your head, and then it's something to deal with rather than dread.",
    'Fair question. A fear left unsaid tends to grow; said plainly, it usually shrinks a little.',
  ],
  'be-honest': [
    "Fair question. Honesty on its own may not help if all they hear is the bare fact; it helps when you say what's actually stuck, so you're asking for help rather than owning up.",
    "Fair question. Telling them doesn't fix it by itself; it stops you carrying it alone, and lets them help with the part that's actually stuck.",
  ],
  'no-audience': [
    'Fair question. The idea is somewhere with nobody watching, so you can get it wrong a few times without an audience.',
    "Fair point. It's about taking the watching out of it, so a mistake costs nothing while you get your confidence back.",
  ],
  elsewhere: [
    "Fair question. It would be the same stuff; the difference is the place and the faces, so you'd only be dealing with the thing itself, not with who might see you.",
    "Fair point, the content is the same. What changes is who's in the room, and that can be what makes it easier to walk in.",
  ],
  'write-fear': [
    "Fair question. It won't tell you anything new; a fear on paper often looks smaller than the one that keeps replaying in your head, and you can look at it instead of going round with it.",
    "Fair question. It won't change what they say; it gets the words out of your head, where they tend to sound worse than they are when you read them back.",
  ],
  'short-reply': [
    "Fair question. They may still notice the wait, but a short honest reply tells them you've been thinking about them all along, and a short one that arrives beats a perfect one that doesn't.",
    "Fair point, it won't undo the wait. What it does is end the silence, which is usually the part that hurts, and a short reply that arrives beats the perfect one that never gets sent.",
  ],
};
