/**
 * The concern of their last turn named in plain words of our own, and one question about it (issue
 * 17, round 12). Our words, not theirs: a line in broken English or slang said back word for word
 * read to raters as garble ("It sounds like you lose the biggest job of your life jaja"), and a stock
 * probe as generic. No slot is filled from their text, so nothing stale or misread is named.
 */
import type { MoveOf } from '../spec/move.ts';
import type { ConcernKind } from '../spec/observation.ts';
import type { Unit } from './chooser.ts';

// the concern said back as its meaning: a complex reflection that names what carries the feeling
const NAMED: Record<ConcernKind, string[]> = {
  fear: [
    'It sounds like a lot of this is fear of how it could turn out.',
    'So part of what makes this hard is being scared of where it might lead.',
    "It sounds like there's a real fear sitting underneath this.",
  ],
  shame: [
    'It sounds like part of what makes this hard is feeling embarrassed about it.',
    "It sounds like there's some shame tangled up in this, and that makes it harder to face.",
    'It sounds like how this looks to other people is weighing on you.',
  ],
  loss: [
    "It sounds like you're missing something that really mattered to you.",
    'That sounds like a real loss, and it still hurts.',
    "So something that mattered is gone, and you're still feeling the gap.",
  ],
  alone: [
    'It sounds lonely, carrying this mostly on your own.',
    "So you're holding a lot of this without anyone close by to share it.",
    "That's a lot to carry with nobody beside you.",
  ],
  'left-out': [
    'It sounds like you feel on the outside of something everyone else is already part of.',
    "So the others seem to have their people already, and you're left on the edge of it.",
    'That sounds lonely, watching everyone else already settled in their groups.',
  ],
  burden: [
    "It sounds like you don't want to be a weight on the people close to you.",
    'So part of you would rather carry it alone than ask them to change for you.',
    'It sounds like asking for what you need feels like too much to put on them.',
  ],
  'done-to': [
    'That sounds hard to be on the receiving end of.',
    "So you're taking the brunt of how they are, and it wears on you.",
    'It sounds like how they treat you is a big part of what hurts here.',
  ],
  pressure: [
    'It sounds like their advice makes it sound simpler than it feels to you.',
    "So on top of everything there's what they think you should do, and it doesn't quite fit.",
    "It sounds like there's pressure coming from them as well as from the thing itself.",
  ],
  compared: [
    "It sounds like it's hard not to measure yourself against them.",
    'So part of the sting is seeing where they are next to where you are.',
    'It sounds like the comparison is weighing on you as much as the thing itself.',
  ],
  guilt: [
    "It sounds like you're carrying a lot of guilt over this.",
    'So part of you keeps coming back to what you think you did wrong.',
    "It sounds like you're being held to account by your own conscience here.",
  ],
  'too-much': [
    "It sounds like there's more on you right now than one person can hold.",
    'So it is all landing at once, with no room to breathe.',
    "It sounds like you're stretched well past what anyone could carry.",
  ],
  'worn-out': [
    "It sounds like you're running on empty.",
    "So you're worn right down, with very little left over for this.",
    'It sounds like this has taken a lot out of you.',
  ],
  unfair: [
    "It sounds like part of what stings is that it isn't fair.",
    "So on top of everything, there's a sense that you didn't deserve this.",
    'It sounds like you feel wronged by how this has gone.',
  ],
  'not-allowed': [
    "It sounds like part of you feels you're not allowed to find this hard.",
    "So on top of how it feels, there's a voice telling you that you shouldn't feel it at all.",
    "It sounds like you're telling yourself you've no right to struggle with this.",
  ],
  'made-small': [
    "It sounds like what you do every day doesn't feel like it counts, even though it clearly takes something.",
    "So you make it sound like nothing much, and yet it's the kind of thing that holds a lot together.",
    "It sounds like you don't give yourself much credit for what you carry.",
  ],
  stuck: [
    'It sounds like you keep running into a wall with this, and it wears you down.',
    'So something keeps stopping you, even though part of you wants to move.',
    "It sounds like you're stuck, and being stuck is getting to you.",
  ],
};

// one focused question about that concern: open, and about them, not the thing
// (never "who could you lean on" after "nobody here": a dev rater read it as not hearing them)
const ASKED: Record<ConcernKind, string[]> = {
  fear: [
    'What do you picture happening, if it went the way you fear?',
    'If the worst did happen, what would it mean for you?',
    'What is the part of that you dread most?',
  ],
  shame: [
    'Whose opinion matters most to you in this?',
    'What would you say to a friend who felt this way about it?',
    'What makes it feel like something to hide?',
  ],
  loss: [
    'What do you miss most?',
    "What did it give you that's missing now?",
    'What was it like, when you still had it?',
  ],
  alone: [
    "What's the loneliest part of the day for you?",
    'When did you last feel someone was on your side in this?',
    'What would it be like to have one person to talk it through with?',
  ],
  'left-out': [
    'What would it take to feel a bit more on the inside, do you think?',
    'What is it like, seeing them already so settled together?',
    'What is it like, being on the edge of it?',
  ],
  burden: [
    'What do you think they would say, if you did ask?',
    'What would it be like to let them carry a little of it?',
    'What makes asking feel like too much?',
  ],
  'done-to': [
    'How do you usually get through it, when that happens?',
    'What do you wish they understood?',
    'What goes on inside you, in the moment they do that?',
  ],
  pressure: [
    'How does it sit with you when they say that?',
    'What do you wish they understood about why it is not that simple?',
    'What do you make of their advice, yourself?',
  ],
  compared: [
    'What does measuring yourself against them stir up in you?',
    'What would you want them to see that the comparison leaves out?',
    'When you compare yourself like that, what do you tell yourself?',
  ],
  guilt: [
    'What would you say to someone you love who felt this guilty?',
    'What do you think you should have done differently?',
    'How long have you been carrying that?',
  ],
  'too-much': [
    'If one thing could come off the pile, which would it be?',
    "What's taking up the most room right now?",
    'Which part of it weighs the most?',
  ],
  'worn-out': [
    "What's taking the most out of you at the moment?",
    'When did you last get a proper break from it?',
    'What little things still give you a bit of energy back?',
  ],
  unfair: [
    'What part of it feels most unfair to you?',
    'What would a fair outcome have looked like, for you?',
    'What do you wish had gone differently?',
  ],
  'not-allowed': [
    'If a friend told you this, would you tell them they had no right to feel it?',
    'What would it be like to let it count as hard, just for now?',
    'What would you say about it, if you let yourself complain for a minute?',
  ],
  'made-small': [
    'Who would notice first, if you stopped doing it?',
    'What would it look like to someone who saw all of it?',
    "What does it give the people around you, that they'd miss?",
  ],
  stuck: [
    "What happens, right at the moment you'd start?",
    'What goes through your head just before you put it off?',
    "When you go to start, what's the feeling that comes up?",
  ],
};

/** The concern named (when asked for) and one question about it; no concern gives no units. */
export function concernUnits(move: MoveOf<'open-question'>): Unit[] {
  if (!move.concern) return [];
  const asked: Unit = { key: `open-question:concern-${move.concern}`, candidates: ASKED[move.concern] };
  if (!move.named) return [asked];
  return [{ key: `open-question:concern-named-${move.concern}`, candidates: NAMED[move.concern] }, asked];
}
