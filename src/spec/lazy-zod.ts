/**
 * zod, loaded on first use. Modules that validate only at a boundary (a deployer's crisis file, a
 * JSON transcript, an LLM configuration) call this instead of importing zod, so a cold
 * `tinystep reply` that meets none of those never loads it: zod's hundred modules were about a
 * sixth of the CLI's start-up. Types come from `import type` (erased), the values from here.
 */
import { createRequire } from 'node:module';

let loaded: typeof import('zod') | undefined;

export function zod(): typeof import('zod') {
  loaded ??= createRequire(import.meta.url)('zod') as typeof import('zod');
  return loaded;
}
