import type { LlmConfig } from './config.ts';
import { createLlmProvider, type LlmProvider, type LlmProviderSettings } from './provider.ts';

// apart from config.ts: reading the settings must not load the AI SDK (a CLI verb run without a
// model never pays for it)
/** The provider for a configuration, or undefined for `none` (nothing is ever sent). */
export function createLlmProviderFromConfig(
  config: LlmConfig,
  extra: Pick<LlmProviderSettings, 'fetch'> = {},
): LlmProvider | undefined {
  if (config.provider === 'none') return undefined;
  return createLlmProvider({ ...config, ...extra });
}
