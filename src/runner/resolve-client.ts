import { type LlmFlags, resolveLlmConfig } from '../llm/config.ts';
import { TinystepError } from '../spec/errors.ts';
import { type ClientFactory, ruleClient } from './client.ts';
import { llmClient } from './llm-simulated-client.ts';

export const CLIENT_KINDS = ['rule', 'llm'] as const;

/**
 * `--client rule|llm` with the LLM flags and environment. Everything is checked here, before
 * any session starts: an unknown kind or a bad LLM configuration is one clear error (exit 2).
 *
 * @example
 * const client = resolveClient({ client: flags.client, env: context.env, flags });
 */
export function resolveClient(input: {
  client?: string;
  env: NodeJS.ProcessEnv | Record<string, string | undefined>;
  flags?: LlmFlags;
}): ClientFactory {
  const kind = (input.client ?? 'rule').trim().toLowerCase();
  if (kind === 'rule') return ruleClient;
  if (kind !== 'llm') {
    throw new TinystepError('usage', `--client: unknown client '${input.client}'`, {
      hint: `use one of: ${CLIENT_KINDS.join(', ')}`,
    });
  }
  const config = resolveLlmConfig({ env: input.env, flags: input.flags });
  if (config.provider === 'none') {
    throw new TinystepError('config', '--client llm needs a model, but no LLM is configured', {
      hint: 'add --llm openai-compatible --llm-base-url http://localhost:11434/v1 --llm-model llama3.2 (or set TINYSTEP_LLM, TINYSTEP_LLM_BASE_URL, TINYSTEP_LLM_MODEL)',
    });
  }
  return llmClient({ llm: config });
}
