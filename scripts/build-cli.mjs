// Builds the CLI to plain JavaScript (dist/cli) so `bin/tinystep` never compiles TypeScript at run
// time. One bundle for the entry and one chunk per verb (the verbs are loaded lazily), npm packages
// left external. Run by `npm ci` (the `prepare` script) and by bin/tinystep when src/ is newer.
// Plain .mjs on purpose: it must run before anything is compiled. Chunks live two folders deep
// (dist/cli), like the sources (src/<area>), so `new URL('../../…', import.meta.url)` holds in both.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'dist', 'cli');
// built beside the target and swapped in whole, so a run started meanwhile never sees half a build
const outdir = join(root, 'dist', `cli.building-${process.pid}`);
const started = Date.now();
// a large JSON import (required-literals.json, ~200 KB) bundled as an object literal is parsed as
// JavaScript on every cold start; as one string handed to JSON.parse, V8 only scans the string
// and JSON.parse builds the same object several times faster (V8's own advice for large data)
const JSON_AS_STRING_BYTES = 10_000;
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (text.length < JSON_AS_STRING_BYTES) return undefined;
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // npm packages load from node_modules: bundling them made a cold start slower (one huge chunk)
  packages: 'external',
  sourcemap: 'linked',
  // less text for V8 to scan on every cold start (the reply path parses ~0.8 MB); names and
  // syntax are kept, so stack traces and the source maps still read as the sources do
  minifyWhitespace: true,
  logLevel: 'warning',
  // beside main.js, not in a subfolder: every chunk must be exactly two folders below the root
  chunkNames: '[name]-[hash]',
  plugins: [jsonAsString],
});
// `tinystep --help` prints this instead of loading every verb to list them (the same program's output)
const help = execFileSync(process.execPath, [join(outdir, 'main.js'), '--help'], {
  encoding: 'utf8',
  env: { ...process.env, COLUMNS: '100' },
});
writeFileSync(join(outdir, 'help.txt'), help);
// the stamp bin/tinystep compares with src/: a newer source file means a rebuild
writeFileSync(join(outdir, 'built-at'), `${new Date().toISOString()}\n`);
// two renames, not a delete and a rename: the target is missing for an instant only
const previous = `${target}.previous-${process.pid}`;
try {
  renameSync(target, previous);
} catch {
  // no earlier build
}
renameSync(outdir, target);
rmSync(previous, { recursive: true, force: true });
if (process.argv.includes('--verbose'))
  process.stdout.write(`built dist/cli in ${Date.now() - started} ms\n`);
