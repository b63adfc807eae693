import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { TinystepError } from '../../spec/errors.ts';
import type { MigrationReport } from '../../store/migrations.ts';
import { openPostgresStore } from '../../store/postgres-store.ts';
import { DEFAULT_DB_PATH, openSqliteStore } from '../../store/sqlite-store.ts';
import { type CliContext, writeLine } from '../context.ts';

const MigrateFlags = z.object({
  db: z.string().min(1).optional(),
  pg: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  schema: z.string().min(1).optional(),
});

function describeReport(target: string, report: MigrationReport): string[] {
  const lines = report.applied.map((name) => `applied ${name}`);
  const total = report.applied.length + report.alreadyApplied.length;
  lines.push(
    report.applied.length > 0
      ? `${target}: ${report.applied.length} migration(s) applied, ${total} in all`
      : `${target}: up to date (${total} migration(s) already applied)`,
  );
  return lines;
}

/** `tinystep migrate [--db file | --pg url] [--schema name]`: creates or upgrades the store's tables. */
export function registerMigrate(program: Command, context: CliContext): void {
  program
    .command('migrate')
    .description(
      `create or upgrade the database tables (SQLite file, default ${DEFAULT_DB_PATH}, or PostgreSQL)`,
    )
    .option('--db <file>', 'SQLite database file')
    .option('--pg <url>', 'PostgreSQL URL (default: TINYSTEP_PG_URL when --db is not given)')
    .option('--schema <name>', 'PostgreSQL schema', 'public')
    .action(async (rawFlags: unknown) => {
      const parsed = MigrateFlags.safeParse(rawFlags);
      if (!parsed.success)
        throw new TinystepError(
          'usage',
          `migrate: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
          {
            hint: "run 'tinystep migrate --help'",
          },
        );
      const flags = parsed.data;
      if (flags.db && flags.pg)
        throw new TinystepError('usage', 'migrate takes --db or --pg, not both', {
          hint: 'choose one database',
        });
      const pgUrl = flags.pg ?? (flags.db ? undefined : context.env.TINYSTEP_PG_URL || undefined);
      if (pgUrl) {
        const store = await openPostgresStore({ url: pgUrl, schema: flags.schema });
        await store.close();
        const host = new URL(pgUrl).host;
        for (const line of describeReport(`postgres ${host} schema ${store.schema}`, store.migrations))
          writeLine(context.stdout, line);
        return;
      }
      const store = await openSqliteStore({ path: resolve(context.cwd, flags.db ?? DEFAULT_DB_PATH) });
      await store.close();
      for (const line of describeReport(`sqlite ${store.path}`, store.migrations))
        writeLine(context.stdout, line);
    });
}
