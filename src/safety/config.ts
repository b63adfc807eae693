/**
 * The deployer's crisis resources: per region (ISO 3166 code, e.g. "US", "GB") or per exact
 * locale ("en-GB"), with "EU" (112) for EU regions without their own entry and "default" for
 * everywhere else. Pure: parsing and validation only; reading a file is load-config.ts.
 */
import type { z } from 'zod';
import { TinystepError } from '../spec/errors.ts';
import { zod } from '../spec/lazy-zod.ts';
import builtIn from './resources.default.json' with { type: 'json' };

function schemas() {
  const { z } = zod();
  const ResourceSchema = z.object({
    name: z.string().trim().min(1),
    contact: z.string().trim().min(1),
    description: z.string().trim().min(1).optional(),
  });

  const RegionResourcesSchema = z.object({
    /** reached first for a medical emergency; last for everything else */
    emergency: ResourceSchema,
    crisis: z.array(ResourceSchema),
    abuse: z.array(ResourceSchema).optional(),
  });

  const SafetyConfigSchema = z
    .object({
      defaultLocale: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z]{2})?$/, 'a locale such as "en-US"'),
      regions: z.record(z.string().min(2), RegionResourcesSchema),
      euRegions: z.array(z.string().regex(/^[A-Z]{2}$/, 'a two-letter region code such as "DE"')).default([]),
    })
    .refine((config) => 'default' in config.regions, {
      message: 'regions must include a "default" entry (used where no region matches)',
      path: ['regions', 'default'],
    });
  return { RegionResourcesSchema, SafetyConfigSchema };
}

type Schemas = ReturnType<typeof schemas>;
let built: Schemas | undefined;

/** The schema of a deployer's file, built on first use (zod is loaded only for a file). */
export function safetyConfigSchema(): Schemas['SafetyConfigSchema'] {
  built ??= schemas();
  return built.SafetyConfigSchema;
}

export type SafetyConfig = z.infer<Schemas['SafetyConfigSchema']>;
export type RegionResources = z.infer<Schemas['RegionResourcesSchema']>;

const CONFIG_HINT =
  'see src/safety/resources.default.json for the shape: { defaultLocale, regions: { US: { emergency, crisis: [{ name, contact }] }, …, default }, euRegions }';

/** Validates a parsed config; `source` names the file in the error. */
export function parseSafetyConfig(value: unknown, source: string): SafetyConfig {
  const parsed = safetyConfigSchema().safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'top level';
  throw new TinystepError('config', `${source}: safety config invalid at ${where}: ${issue?.message}`, {
    hint: CONFIG_HINT,
  });
}

/**
 * The built-in resources as shipped: already in the schema's output form (trimmed, euRegions
 * given), which config.test.ts checks, so every process need not load zod to read them.
 */
export const DEFAULT_SAFETY_CONFIG: SafetyConfig = builtIn;

/** The resources for a locale: exact locale key, then region, then EU (112), then default. */
export function regionResources(
  locale: string,
  config: SafetyConfig = DEFAULT_SAFETY_CONFIG,
): RegionResources {
  const wanted = (locale || config.defaultLocale).trim();
  const exact = Object.keys(config.regions).find((key) => key.toLowerCase() === wanted.toLowerCase());
  if (exact) return config.regions[exact];
  const region = regionOf(wanted) ?? regionOf(config.defaultLocale);
  if (region && config.regions[region]) return config.regions[region];
  if (region && config.euRegions.includes(region) && config.regions.EU) return config.regions.EU;
  return config.regions.default;
}

// "en-GB" → "GB", "en_us" → "US", "en" → undefined (the language alone says nothing about where)
function regionOf(locale: string): string | undefined {
  const match = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(locale.trim());
  return match ? match[1].toUpperCase() : undefined;
}
