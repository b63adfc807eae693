import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { listPersonaIds, loadPersona, loadPersonaDirectory } from '../simulator/load-persona.ts';
import type { Persona } from '../simulator/persona-schema.ts';
import { TinystepError } from '../spec/errors.ts';

/** A whole number flag within bounds, or a usage error naming the flag. */
export function parseCount(
  flag: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new TinystepError(
      'usage',
      `${flag}: expected a whole number from ${min} to ${max}, got '${value}'`,
      {
        hint: `for example ${flag} ${Math.max(min, Math.min(max, fallback))}`,
      },
    );
  }
  return number;
}

/** `--personas`: a directory of cards, or comma-separated ids / files; every shipped persona when absent. */
export function resolvePersonas(value: string | undefined, cwd: string): Persona[] {
  if (value === undefined) return loadPersonaDirectory();
  const path = isAbsolute(value) ? value : join(cwd, value);
  if (existsSync(path) && statSync(path).isDirectory()) return loadPersonaDirectory(path);
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) {
    throw new TinystepError('usage', '--personas: no persona given', {
      hint: `use ids such as ${listPersonaIds().slice(0, 3).join(',')} or a directory of .yaml cards`,
    });
  }
  return names.map((name) => loadPersona(name, cwd));
}

/** A file-name-safe form of a therapist label. */
export function slug(label: string): string {
  return label
    .replace(/^https?:\/\//, '')
    .replace(/[^a-zA-Z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
