/**
 * Reads the deployer's crisis resources file (JSON or YAML) named by TINYSTEP_SAFETY_CONFIG or
 * given directly; the built-in default when neither is set. The only I/O in src/safety.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { TinystepError } from '../spec/errors.ts';
import { DEFAULT_SAFETY_CONFIG, parseSafetyConfig, type SafetyConfig } from './config.ts';

export const SAFETY_CONFIG_ENV = 'TINYSTEP_SAFETY_CONFIG';

// loaded only for a YAML file: every `reply` and `chat` reads this module, few deployers use YAML
const parseYaml = (text: string): unknown =>
  (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);

export function loadSafetyConfig(
  options: { path?: string; env?: Record<string, string | undefined> } = {},
): SafetyConfig {
  const path = options.path ?? options.env?.[SAFETY_CONFIG_ENV];
  if (path === undefined || path.trim() === '') return DEFAULT_SAFETY_CONFIG;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    throw new TinystepError('config', `${path}: safety config file ${reason}`, {
      hint: `set ${SAFETY_CONFIG_ENV} to a readable JSON or YAML file, or unset it to use the built-in resources`,
      cause: error,
    });
  }
  let value: unknown;
  try {
    value = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new TinystepError(
      'config',
      `${path}: safety config is not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'}`,
      {
        hint: 'fix the syntax (JSON for .json files, YAML for .yaml/.yml) — see src/safety/resources.default.json',
        cause: error,
      },
    );
  }
  return parseSafetyConfig(value, path);
}
