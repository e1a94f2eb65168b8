// What the optional LLM provider needs, as the lead's config module hands it over (LLM_BASE_URL,
// LLM_MODEL, LLM_API_KEY, LLM_TIMEOUT_MS; see docs/questions-config.md). Nothing here reads the
// environment.

export interface LlmOptions {
  /** OpenAI-compatible base URL, e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1 (Ollama). */
  baseUrl: string;
  model: string;
  /** Bearer key; local servers (Ollama, llama.cpp, vLLM) usually need none. */
  apiKey?: string | undefined;
  /** Per request; on expiry the section falls back to the offline generator. */
  timeoutMs: number;
}

/** Name recorded as QuestionSet.provider and in the cache key. */
export const LLM_PROVIDER = "openai-compatible";
