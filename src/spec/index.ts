export * from './clock.ts';
export * from './errors.ts';
export * from './move.ts';
export * from './observation.ts';
export * from './transcript.ts';
