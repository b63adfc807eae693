/**
 * Two pulls at once (issue 17): "which is what i wanted but also not", "if i say something im
 * dramatic and if i dont im a pushover". Heard as both sides (a complex reflection, in our words),
 * then one question about the two sides: which way they lean, the side that sits badly, or what makes
 * this one thing different from the hard things they handle (the boast said back alone missed the point). A stock
 * "What's the hardest part of that for you?" after such a line read to the raters as generic.
 */
import type { Move } from '../spec/move.ts';
import type { MixedObservation, Observation } from '../spec/observation.ts';

export function bothSidesMoves(observations: readonly Observation[]): Move[] | undefined {
  const mixed = observations.find((item): item is MixedObservation => item.kind === 'mixed');
  if (!mixed) return undefined;
  const depth = mixed.form === 'both-ways' ? 'mixed' : mixed.form;
  const reflection: Move = { type: 'reflect-clause', clause: { text: mixed.text, span: mixed.span }, depth };
  // a shrug is heard and left: a question after "whatever i dont care" reads as pushing
  if (mixed.form === 'shrug') return [reflection];
  const about = mixed.form === 'torn' ? 'leaning' : mixed.form === 'capable' ? 'this-one' : 'other-side';
  return [reflection, { type: 'open-question', about }];
}
