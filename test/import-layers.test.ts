import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';

// DESIGN.md: cli/server → runner/evaluator → coach (session, policy, realizer, scheduler) → understanding → spec
const LAYERS: string[][] = [
  ['spec', 'clock', 'text'],
  ['transcript', 'understanding', 'llm'],
  ['steps', 'safety', 'session', 'policy', 'realizer', 'scheduler', 'store', 'coach', 'durable'],
  ['simulator', 'runner', 'evaluator'],
  ['server', 'cli'],
];
const SOURCE = resolve(import.meta.dirname, '../src');

function layerOf(folder: string): number {
  const layer = LAYERS.findIndex((folders) => folders.includes(folder));
  assert.notEqual(layer, -1, `src/${folder} is in no layer: add it to LAYERS in test/import-layers.test.ts`);
  return layer;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (match) => match[1],
  );
  const dynamic = [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]);
  return [...specifiers, ...dynamic];
}

const topFolder = (file: string) => relative(SOURCE, file).split(sep)[0];

test('imports flow one way: each src folder imports only its own layer or lower', () => {
  const violations: string[] = [];
  for (const file of sourceFiles(SOURCE)) {
    if (!relative(SOURCE, file).includes(sep)) continue;
    const from = topFolder(file);
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      if (!target.startsWith(SOURCE + sep)) continue;
      const to = topFolder(target);
      if (layerOf(to) > layerOf(from))
        violations.push(`src/${relative(SOURCE, file)} imports ${specifier} (${from} → ${to})`);
    }
  }
  assert.deepEqual(violations, [], `upward imports:\n${violations.join('\n')}`);
});

test('the policy is pure: no clock, no I/O, no randomness', () => {
  const impure: string[] = [];
  for (const file of sourceFiles(join(SOURCE, 'policy')).filter((path) => !path.endsWith('.test.ts'))) {
    const text = readFileSync(file, 'utf8');
    for (const [pattern, what] of [
      [/from\s+['"]node:/, 'a node: import'],
      [/Date\.now\(|new Date\(/, 'the wall clock'],
      [/Math\.random\(/, 'Math.random'],
      [/from\s+['"][^'"]*\/(store|scheduler|server|cli)\//, 'a store, scheduler or way in'],
    ] as const) {
      if (pattern.test(text)) impure.push(`src/${relative(SOURCE, file)} uses ${what}`);
    }
  }
  assert.deepEqual(impure, []);
});

test('the layer check catches an upward import', () => {
  // guards the guard: a known-bad edge must be classified as a violation
  assert.ok(layerOf('understanding') < layerOf('policy'));
  assert.ok(layerOf('cli') > layerOf('evaluator'));
});
