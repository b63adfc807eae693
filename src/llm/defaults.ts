/** How long one model call may take before the template phrasing is used instead. */
export const DEFAULT_LLM_TIMEOUT_MS = 8000;
