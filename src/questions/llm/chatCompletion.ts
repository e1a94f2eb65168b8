// One POST {base}/chat/completions to an OpenAI-compatible server, with a timeout. Returns the
// assistant message's text or a typed failure; never throws, so a bad server cannot crash a caller.
import type { LlmOptions } from "./llmOptions.js";

export interface ChatMessage {
  role: "system" | "user";
  content: string;
}

export type ChatFailure = "timeout" | "http" | "network" | "malformed";
export type ChatResult = { ok: true; content: string } | { ok: false; failure: ChatFailure; detail: string };

export async function chatCompletion(options: LlmOptions, messages: ChatMessage[], fetchImpl: typeof fetch = fetch): Promise<ChatResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await fetchImpl(`${options.baseUrl.replace(/\/+$/, "")}/chat/completions`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: options.model,
        messages,
        temperature: 0.2,
        // OpenAI, Ollama, llama.cpp and vLLM accept it; parsing stays defensive for those that ignore it.
        response_format: { type: "json_object" },
      }),
      signal: controller.signal,
    });
    const body = await response.text();
    if (!response.ok) return { ok: false, failure: "http", detail: `HTTP ${response.status}` };
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { ok: false, failure: "malformed", detail: "the response body is not JSON" };
    }
    const content = (parsed as { choices?: Array<{ message?: { content?: unknown } }> }).choices?.[0]?.message?.content;
    if (typeof content !== "string") return { ok: false, failure: "malformed", detail: "no choices[0].message.content" };
    return { ok: true, content };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, failure: "timeout", detail: `no answer within ${options.timeoutMs} ms` };
    return { ok: false, failure: "network", detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
