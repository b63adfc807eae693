/**
 * What a clause of theirs means, said in fresh words built from the clause itself (issue 17, round 18):
 * raters scored "So you can't write 200 words about it. That sounds really wearing." as "flat parroting
 * with a stock phrase", again and again. A human reflection turns the clause round and adds what it
 * costs them or what they want: "So part of you wants to write 200 words about it, and right now it just
 * won't happen." Only a few shapes of clause have a meaning that is sure from the shape alone
 * (text/meaning-shape.ts); any other clause gets no meaning sentence (the caller says it back plainly).
 * @example meaningOf("you can't stop") // ['So part of you wants to stop, and right now it just won't happen.', …]
 * @example meaningOf("you don't want to go back there") // ['So going back there is the last thing you want.', …]
 */
import { type FeltAbout, meaningShape } from '../text/meaning-shape.ts';
import { upperFirst } from './text-tools.ts';

export { gerund } from '../text/meaning-shape.ts';

const FELT: Record<FeltAbout, (thing: string) => string[]> = {
  hidden: (thing) => [
    `So ${thing} feels like something to hide.`,
    `It sounds like ${thing} is hard even to look at.`,
  ],
  feared: (thing) => [
    `So ${thing} looms large for you right now.`,
    `It sounds like ${thing} has a real hold on you.`,
  ],
  worried: (thing) => [
    `So ${thing} is taking up a lot of room in your head.`,
    `It sounds like ${thing} is never far from your mind.`,
  ],
  worn: (thing) => [
    `So you've had about as much of ${thing} as you can take.`,
    `It sounds like ${thing} has worn you right down.`,
  ],
};

/** Sentences that say what the clause means, from its own words; none when its shape is not a sure one. */
export function meaningOf(said: string): string[] {
  const shape = meaningShape(said);
  if (!shape) return [];
  switch (shape.kind) {
    case 'cannot': {
      const { doing, even, now, phrase } = shape;
      // a thing they cannot bring themselves to do: its cost, not a wish we would be guessing at
      if (shape.avoided)
        return [
          `So ${even ? 'even ' : ''}${doing} is more than you can bring yourself to do${now}.`,
          `It sounds like ${even ? 'even ' : ''}${doing} would cost you more than you've got to give${now}.`,
        ];
      // "can't even remember to eat": worn down to where the small things go, not a wish
      if (even)
        return [
          `So it's got to where even ${doing} is too much${now}.`,
          `It sounds like even ${doing} is beyond you${now}.`,
        ];
      return [
        `So part of you wants to ${phrase}, and${now} it just won't happen.`,
        `You'd like to be able to ${phrase}, and${now} that feels out of reach.`,
      ];
    }
    case 'unwanted':
      return [
        `So ${shape.doing} is the last thing you want.`,
        `It sounds like ${shape.doing} is what you'd most like to avoid.`,
      ];
    case 'hated':
      return [
        `So ${shape.doing} costs you something every time.`,
        `${upperFirst(shape.doing)} takes a lot out of you, by the sound of it.`,
      ];
    case 'kept':
      return [
        `So ${shape.doing} has become hard to stop.`,
        `It sounds like ${shape.doing} has a pull you can't easily break.`,
      ];
    case 'missed':
      return [
        `So there's a gap where ${shape.thing} used to be.`,
        `It sounds like ${shape.thing} left a space that nothing has filled.`,
      ];
    case 'wordless':
      return [
        `So finding ${shape.words} is the hard part.`,
        `It sounds like you want to say something, and ${shape.words} just won't come.`,
      ];
    case 'felt':
      return FELT[shape.feeling](shape.thing);
  }
}
