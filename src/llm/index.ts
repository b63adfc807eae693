// the public surface of the LLM layer; see docs/llm.md
export { type ChatMessage, type ChatRequest, completeChat, DEFAULT_LLM_TIMEOUT_MS } from './chat.ts';
export { checkClientText } from './client-check.ts';
export { addLlmOptions, type LlmConfig, type LlmFlags, resolveLlmConfig } from './config.ts';
export { findDurations, formatDuration } from './durations.ts';
export { findInjections } from './injection.ts';
export {
  buildClientSystemPrompt,
  type ClientPersonaCard,
  createLlmClientResponder,
  type LlmClientReply,
  type LlmClientResponder,
} from './llm-client.ts';
export { buildRealizerMessages, DEFAULT_STYLE_GUIDE, describeMove } from './plan-prompt.ts';
export {
  createLlmProvider,
  type LlmProvider,
  type LlmProviderName,
  llmProviderFromModel,
} from './provider.ts';
export { createLlmProviderFromConfig } from './provider-from-config.ts';
