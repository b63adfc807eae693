export { estimateStepSize } from './estimate-size.ts';
export { biggerStep, ladderFor, rungNear, smallerStep } from './ladders.ts';
export { objectPhrase } from './object-phrase.ts';
export { ladderForTopic } from './topic-ladders.ts';
