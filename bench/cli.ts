/**
 * npm run bench:cli [-- --rounds N]
 * Cold starts of the CLI beside `node -e 0` in the same run: `tinystep reply` on a short
 * transcript, on the seed-like long one (31 client turns, where understanding every turn is the
 * work), `tinystep --help` (which loads every verb), and the old way (tsx compiling TypeScript on
 * every run) for comparison. Runs are interleaved, so a busy spell of the shared machine hits every
 * command alike; each figure is the median of N runs, as wall time and as CPU time (user + system,
 * from bash's `time`), and the load average is printed: read a wall ratio far above the CPU ratio
 * as contention.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../src/server/web-build.ts';

const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 7;
const bin = join(REPOSITORY_ROOT, 'bin', 'tinystep');
const directory = mkdtempSync(join(tmpdir(), 'tinystep-bench-cli-'));
const short = join(directory, 'short.txt');
writeFileSync(
  short,
  'Coach: What would you like to work on?\n\nClient: I keep putting off my tax return. Can you nudge me in a minute?\n',
);
const long = join(directory, 'long.txt');
const lines: string[] = [];
for (let turn = 0; turn < 31; turn++) {
  lines.push(
    `Client: turn ${turn}: I opened the file but I keep fiddling with the formatting, what next?`,
    '',
  );
  lines.push('Therapist: Look at the first line once, nothing more.', '');
}
writeFileSync(long, lines.join('\n'));

const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;
const commands: { name: string; argv: string[] }[] = [
  { name: 'node -e 0', argv: ['node', '-e', '0'] },
  { name: 'tinystep reply (2 turns)', argv: [bin, 'reply', short] },
  { name: 'tinystep reply (62 turns)', argv: [bin, 'reply', long] },
  { name: 'tinystep --help', argv: [bin, '--help'] },
  {
    name: 'before: tsx, reply (2 turns)',
    argv: [
      'node',
      '--no-warnings',
      '--import',
      'tsx',
      join(REPOSITORY_ROOT, 'src/cli/main.ts'),
      'reply',
      short,
    ],
  },
];

/** One run: wall and CPU seconds from bash's `time`, the command's output thrown away. */
function run(argv: string[]): { wall: number; cpu: number } {
  const script = `TIMEFORMAT='%R %U %S'; time ( ${argv.map(quote).join(' ')} >/dev/null 2>&1 )`;
  const result = spawnSync('bash', ['-c', script], { cwd: REPOSITORY_ROOT, encoding: 'utf8' });
  const [wall, user, system] = result.stderr.trim().split(/\s+/).slice(-3).map(Number);
  return { wall: wall * 1000, cpu: (user + system) * 1000 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// a first run builds dist/cli if it is missing or stale, and warms the file cache
for (const command of commands) run(command.argv);
const loadBefore = loadavg()[0];
const samples = commands.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
for (let round = 0; round < rounds; round++)
  commands.forEach((command, index) => {
    const { wall, cpu } = run(command.argv);
    samples[index].wall.push(wall);
    samples[index].cpu.push(cpu);
  });
const baseWall = median(samples[0].wall);
const baseCpu = median(samples[0].cpu);
process.stdout.write(
  `cold starts, median of ${rounds} (load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)})\n\n`,
);
process.stdout.write(
  '| command | wall ms | × node -e 0 | CPU ms | × node -e 0 |\n|---|---:|---:|---:|---:|\n',
);
commands.forEach((command, index) => {
  const wall = median(samples[index].wall);
  const cpu = median(samples[index].cpu);
  process.stdout.write(
    `| ${command.name} | ${wall.toFixed(0)} | ${(wall / baseWall).toFixed(1)} | ${cpu.toFixed(0)} | ${(cpu / baseCpu).toFixed(1)} |\n`,
  );
});
rmSync(directory, { recursive: true, force: true });
