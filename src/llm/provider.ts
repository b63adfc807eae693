import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModelV3 } from '@ai-sdk/provider';
import { TinystepError } from '../spec/errors.ts';

export const LLM_PROVIDER_NAMES = ['openai-compatible', 'anthropic'] as const;
export type LlmProviderName = (typeof LLM_PROVIDER_NAMES)[number];

/**
 * A configured model: the one seam between tinystep and any model. `languageModel` is the
 * AI SDK's model spec, so unit tests pass `MockLanguageModelV3` from `ai/test` and real runs
 * pass an OpenAI-compatible or Anthropic model.
 *
 * @example
 * const llm = createLlmProvider({ provider: 'openai-compatible', baseUrl: 'http://localhost:11434/v1', model: 'llama3.2' });
 * const text = await completeChat({ llm, messages: [{ role: 'user', content: 'Hello' }] });
 */
export interface LlmProvider {
  readonly provider: LlmProviderName | 'custom';
  readonly modelId: string;
  /** Where calls go, for error messages (never the prompt). */
  readonly endpoint: string;
  readonly languageModel: LanguageModelV3;
}

export type LlmProviderSettings = {
  provider: LlmProviderName;
  /** Required for openai-compatible; optional for anthropic (defaults to the Anthropic API). */
  baseUrl?: string;
  model: string;
  apiKey?: string;
  /** For tests that count or intercept requests. */
  fetch?: typeof globalThis.fetch;
};

const ANTHROPIC_DEFAULT_BASE_URL = 'https://api.anthropic.com/v1';

/** Builds the AI SDK model for a provider; makes no network call (models connect on first use). */
export function createLlmProvider(settings: LlmProviderSettings): LlmProvider {
  if (!settings.model) {
    throw new TinystepError('config', 'LLM model is missing', {
      hint: 'set TINYSTEP_LLM_MODEL or --llm-model',
    });
  }
  if (settings.provider === 'openai-compatible') {
    if (!settings.baseUrl) {
      throw new TinystepError('config', 'LLM base URL is missing for the openai-compatible provider', {
        hint: 'set TINYSTEP_LLM_BASE_URL or --llm-base-url (Ollama: http://localhost:11434/v1)',
      });
    }
    const provider = createOpenAICompatible({
      name: 'tinystep-openai-compatible',
      baseURL: settings.baseUrl.replace(/\/+$/, ''),
      apiKey: settings.apiKey || undefined,
      fetch: settings.fetch,
    });
    return {
      provider: 'openai-compatible',
      modelId: settings.model,
      endpoint: settings.baseUrl,
      languageModel: provider.chatModel(settings.model),
    };
  }
  if (!settings.apiKey) {
    throw new TinystepError('config', 'LLM API key is missing for the anthropic provider', {
      hint: 'set TINYSTEP_LLM_API_KEY',
    });
  }
  const baseUrl = (settings.baseUrl || ANTHROPIC_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const provider = createAnthropic({ baseURL: baseUrl, apiKey: settings.apiKey, fetch: settings.fetch });
  return {
    provider: 'anthropic',
    modelId: settings.model,
    endpoint: baseUrl,
    languageModel: provider(settings.model),
  };
}

/** Wraps any AI SDK language model (tests: `MockLanguageModelV3`). */
export function llmProviderFromModel(languageModel: LanguageModelV3): LlmProvider {
  return {
    provider: 'custom',
    modelId: languageModel.modelId,
    endpoint: languageModel.provider,
    languageModel,
  };
}
