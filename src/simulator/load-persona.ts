import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { TinystepError } from '../spec/errors.ts';
import { type Persona, personaSchema } from './persona-schema.ts';

/** Where the shipped personas live (repo root /personas). */
export const PERSONAS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../personas');

/**
 * Parses and validates a persona card. Errors name the field and the YAML line, so a person
 * editing a card can go straight to the mistake.
 */
export function parsePersona(source: string, fileName = 'persona.yaml'): Persona {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const line = lineCounter.linePos(first.pos[0]).line;
    throw new TinystepError('invalid-input', `${fileName}:${line}: not valid YAML (${first.code})`, {
      hint: 'fix the YAML syntax on that line (indentation, quotes, colons)',
    });
  }
  const result = personaSchema.safeParse(document.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const line = lineOfPath(document, lineCounter, issue.path);
  const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  throw new TinystepError('invalid-input', `${fileName}:${line}: ${field}: ${describeIssue(issue)}`, {
    hint: 'see schemas/persona.schema.json for the fields a persona card takes',
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  return issue.message;
}

/** The line of the deepest YAML node on `path` that exists (a missing field points at its parent). */
function lineOfPath(
  document: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  path: ReadonlyArray<PropertyKey>,
): number {
  for (let length = path.length; length >= 0; length--) {
    const keys = path.slice(0, length) as Array<string | number>;
    const node = length === 0 ? document.contents : document.getIn(keys, true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

export function loadPersonaFile(path: string): Persona {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    throw new TinystepError('not-found', `persona file not found: ${path}`, {
      hint: `pass a shipped persona id (${listPersonaIds().join(', ')}) or a path to a .yaml card`,
    });
  }
  return parsePersona(source, basename(path));
}

/** Loads a persona by shipped id or by file path (relative to `cwd`). */
export function loadPersona(idOrPath: string, cwd = process.cwd()): Persona {
  if (/\.ya?ml$/i.test(idOrPath) || idOrPath.includes('/')) {
    return loadPersonaFile(isAbsolute(idOrPath) ? idOrPath : join(cwd, idOrPath));
  }
  const path = join(PERSONAS_DIR, `${idOrPath}.yaml`);
  if (!existsSync(path)) {
    throw new TinystepError('not-found', `no persona with id '${idOrPath}'`, {
      hint: `use one of: ${listPersonaIds().join(', ')} — or a path to a .yaml card`,
    });
  }
  return loadPersonaFile(path);
}

export function listPersonaIds(directory = PERSONAS_DIR): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => /\.ya?ml$/i.test(name))
    .map((name) => name.replace(/\.ya?ml$/i, ''))
    .sort();
}

/** Every persona card in a directory, sorted by file name. */
export function loadPersonaDirectory(directory = PERSONAS_DIR): Persona[] {
  if (!existsSync(directory)) {
    throw new TinystepError('not-found', `persona directory not found: ${directory}`, {
      hint: 'pass a directory of .yaml persona cards or a comma-separated list of ids',
    });
  }
  return readdirSync(directory)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => loadPersonaFile(join(directory, name)));
}
