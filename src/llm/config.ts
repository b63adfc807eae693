import type { Command } from 'commander';
import { TinystepError } from '../spec/errors.ts';
import { zod } from '../spec/lazy-zod.ts';
import { DEFAULT_LLM_TIMEOUT_MS } from './defaults.ts';

/** Which model phrases and plays, if any. `none` (the default) sends nothing anywhere. */
export type LlmConfig =
  | { provider: 'none' }
  | {
      provider: 'openai-compatible' | 'anthropic';
      /** Always set for openai-compatible; for anthropic only when overridden. */
      baseUrl?: string;
      model: string;
      apiKey?: string;
      timeoutMs: number;
    };

/** The CLI flags as commander parses them (`--llm`, `--llm-base-url`, `--llm-model`). */
export type LlmFlags = { llm?: string; llmBaseUrl?: string; llmModel?: string };

const PROVIDERS = ['none', 'openai-compatible', 'anthropic'] as const;
const ANTHROPIC_PROVIDER_DEFAULT = 'anthropic';

function rawSchema() {
  const { z } = zod();
  return z.object({
    provider: z.string().trim().toLowerCase().default('none'),
    baseUrl: z.string().trim().optional(),
    model: z.string().trim().optional(),
    apiKey: z.string().trim().optional(),
    timeoutMs: z.string().trim().optional(),
  });
}

/** Empty strings count as unset: `TINYSTEP_LLM_BASE_URL=` in a .env file means "not given". */
function given(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * Reads the LLM configuration from flags (first) and the environment, and fails once, at
 * start, with one clear error when it cannot work.
 *
 * @example
 * const config = resolveLlmConfig({ env: process.env, flags: command.opts() });
 * if (config.provider !== 'none') realizer = createLlmRealizer({ llm: createLlmProviderFromConfig(config) });
 */
export function resolveLlmConfig(input: {
  env: NodeJS.ProcessEnv | Record<string, string | undefined>;
  flags?: LlmFlags;
}): LlmConfig {
  const { env, flags = {} } = input;
  // no LLM (the default) is decided without zod, which then never loads: most runs stop here
  const named = given(flags.llm) ?? given(env.TINYSTEP_LLM);
  if (named === undefined || named.trim().toLowerCase() === 'none') return { provider: 'none' };
  const { z } = zod();
  const raw = rawSchema().parse({
    provider: given(flags.llm) ?? given(env.TINYSTEP_LLM),
    baseUrl: given(flags.llmBaseUrl) ?? given(env.TINYSTEP_LLM_BASE_URL),
    model: given(flags.llmModel) ?? given(env.TINYSTEP_LLM_MODEL),
    apiKey: given(env.TINYSTEP_LLM_API_KEY),
    timeoutMs: given(env.TINYSTEP_LLM_TIMEOUT_MS),
  });
  const provider = z.enum(PROVIDERS).safeParse(raw.provider);
  if (!provider.success) {
    throw new TinystepError('config', `unknown LLM provider '${raw.provider}' (TINYSTEP_LLM or --llm)`, {
      hint: `use one of: ${PROVIDERS.join(', ')}`,
    });
  }
  if (provider.data === 'none') return { provider: 'none' };

  const timeout = z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .safeParse(raw.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS);
  if (!timeout.success) {
    throw new TinystepError(
      'config',
      `TINYSTEP_LLM_TIMEOUT_MS is not a number of milliseconds between 100 and 600000`,
      {
        hint: 'unset it for the default of 8000, or give e.g. 15000',
      },
    );
  }
  if (provider.data === 'openai-compatible' && !raw.baseUrl) {
    throw new TinystepError('config', 'the openai-compatible LLM provider needs a base URL', {
      hint: 'set TINYSTEP_LLM_BASE_URL or --llm-base-url, e.g. http://localhost:11434/v1 for Ollama',
    });
  }
  if (raw.baseUrl !== undefined) checkBaseUrl(raw.baseUrl);
  if (!raw.model) {
    throw new TinystepError('config', `the ${provider.data} LLM provider needs a model name`, {
      hint: 'set TINYSTEP_LLM_MODEL or --llm-model, e.g. llama3.2 for Ollama',
    });
  }
  if (provider.data === ANTHROPIC_PROVIDER_DEFAULT && !raw.apiKey) {
    throw new TinystepError('config', 'the anthropic LLM provider needs an API key', {
      hint: 'set TINYSTEP_LLM_API_KEY (keys are read from the environment only, never from flags)',
    });
  }
  return {
    provider: provider.data,
    baseUrl: raw.baseUrl,
    model: raw.model,
    apiKey: raw.apiKey,
    timeoutMs: timeout.data,
  };
}

function checkBaseUrl(baseUrl: string): void {
  const parsed = zod()
    .z.url({ protocol: /^https?$/ })
    .safeParse(baseUrl);
  if (!parsed.success) {
    throw new TinystepError('config', `LLM base URL '${baseUrl}' is not an http(s) URL`, {
      hint: 'give the full URL with scheme and /v1, e.g. http://localhost:11434/v1',
    });
  }
}

/**
 * Adds `--llm`, `--llm-base-url` and `--llm-model` to a verb; pass `command.opts()` to
 * resolveLlmConfig as `flags`. The API key stays in the environment (flags end up in shell history).
 */
export function addLlmOptions(command: Command): Command {
  return command
    .option(
      '--llm <provider>',
      'model for phrasing or an LLM client: none (default), openai-compatible or anthropic (env TINYSTEP_LLM)',
    )
    .option(
      '--llm-base-url <url>',
      'model server URL, e.g. http://localhost:11434/v1 (env TINYSTEP_LLM_BASE_URL)',
    )
    .option('--llm-model <name>', 'model name, e.g. llama3.2 (env TINYSTEP_LLM_MODEL)');
}
