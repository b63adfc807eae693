export { createRealClock } from './real-clock.ts';
export { VirtualClock } from './virtual-clock.ts';
