// Reads the model's reply defensively: strips code fences and chatter around the JSON, checks the
// shape, and keeps only items with a known question type.
import { z } from "zod";
import { QUESTION_TYPES } from "../types.js";
import type { QuestionType } from "../types.js";

export interface LlmCandidate {
  type: QuestionType;
  text: string;
  quote?: string;
}

const itemSchema = z.object({
  type: z.string(),
  text: z.string().min(1).max(600),
  quote: z.string().max(400).optional().nullable(),
});
const replySchema = z.object({ questions: z.array(z.unknown()).max(30) });

export type ParseResult = { ok: true; candidates: LlmCandidate[] } | { ok: false; failure: "malformed" | "shape"; detail: string };

function jsonIn(content: string): unknown {
  const unfenced = content.replace(/```(?:json)?/gi, "");
  const start = unfenced.indexOf("{");
  const end = unfenced.lastIndexOf("}");
  if (start < 0 || end <= start) throw new Error("no JSON object in the reply");
  return JSON.parse(unfenced.slice(start, end + 1));
}

export function parseReply(content: string): ParseResult {
  let json: unknown;
  try {
    json = jsonIn(content);
  } catch (error) {
    return { ok: false, failure: "malformed", detail: error instanceof Error ? error.message : "unparseable reply" };
  }
  const reply = replySchema.safeParse(json);
  if (!reply.success) return { ok: false, failure: "shape", detail: 'expected {"questions": [...]}' };
  const candidates: LlmCandidate[] = [];
  for (const raw of reply.data.questions) {
    const item = itemSchema.safeParse(raw);
    if (!item.success) continue;
    const type = item.data.type.trim().toLowerCase();
    if (!(QUESTION_TYPES as readonly string[]).includes(type)) continue;
    candidates.push({ type: type as QuestionType, text: item.data.text.trim(), ...(item.data.quote ? { quote: item.data.quote.trim() } : {}) });
  }
  if (candidates.length === 0 && reply.data.questions.length > 0) return { ok: false, failure: "shape", detail: "no item had a known type and a text" };
  return { ok: true, candidates };
}
