import { TinystepError } from '../spec/errors.ts';

/** Placeholder action for a verb whose issue is still open; replaced when the verb lands. */
export function notBuilt(verb: string): never {
  throw new TinystepError('usage', `'tinystep ${verb}' is not available in this build yet`, {
    hint: "run 'tinystep --help' to see the verbs that work",
  });
}
