import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_SAFETY_CONFIG, type SafetyConfig } from '../../safety/config.ts';
import { resourcesFor } from '../../safety/index.ts';

const Query = z.object({
  locale: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/, 'a BCP 47 tag like en-GB or und-IE')
    .optional(),
});

/**
 * The ways to reach a person for a locale, from the deployer's list (TINYSTEP_SAFETY_CONFIG or the
 * built-in one), and the countries that list names: the page's country chooser and crisis banner.
 */
export function registerCrisisResourceRoute(
  app: FastifyInstance,
  config: SafetyConfig = DEFAULT_SAFETY_CONFIG,
): void {
  const countries = Object.keys(config.regions)
    .filter((key) => /^[A-Z]{2}$/.test(key) && key !== 'EU')
    .concat(config.euRegions.filter((region) => !(region in config.regions)))
    .sort();
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/api/crisis-resources', { schema: { querystring: Query } }, async (request) => {
      const locale = request.query.locale ?? config.defaultLocale;
      return { locale, countries, resources: resourcesFor(locale, config) };
    });
}
