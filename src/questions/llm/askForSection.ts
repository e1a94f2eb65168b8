// Asks the model for one section's questions: plans the types from the section's cues, sends the
// prompt, parses the reply and screens it. Any failure is returned, never thrown, so the caller
// can fall back to the offline questions for that section.
import { createHash } from "node:crypto";
import type { SectionAnalysis } from "../analysis/analyseEssay.js";
import type { Candidate } from "../candidates/candidate.js";
import type { QuestionType } from "../types.js";
import { buildPrompt } from "./buildPrompt.js";
import { chatCompletion } from "./chatCompletion.js";
import type { ChatFailure } from "./chatCompletion.js";
import type { LlmOptions } from "./llmOptions.js";
import { parseReply } from "./parseReply.js";
import type { LlmCandidate } from "./parseReply.js";
import { screenCandidates } from "./screenCandidates.js";

export type SectionFailure = ChatFailure | "shape" | "rejected";

export type SectionAnswer =
  | { ok: true; accepted: LlmCandidate[]; candidates: Candidate[]; dropped: number }
  | { ok: false; failure: SectionFailure; detail: string };

/** The types worth asking for, given what the section's text offers. */
export function typePlan(analysis: SectionAnalysis): QuestionType[] {
  const kinds = new Set(analysis.cues.flat().map((c) => c.kind));
  const plan: QuestionType[] = ["evaluate"];
  if (kinds.has("contrast") || kinds.has("concession")) plan.push("tension");
  if (kinds.has("hedge")) plan.push("certainty");
  if (kinds.has("obligation") || kinds.has("booster")) plan.push("assumption");
  if (kinds.has("cause")) plan.push("explanation");
  if (analysis.actors.length > 0) plan.push("perspective");
  plan.push("implication", "evidence", "example");
  return plan.slice(0, 6);
}

/** A fence the section text cannot contain, so the data block cannot be closed from inside. */
function fenceFor(text: string): string {
  return `=====${createHash("sha256").update(text).digest("hex").slice(0, 12)}=====`;
}

export async function askForSection(analysis: SectionAnalysis, options: LlmOptions, fetchImpl?: typeof fetch): Promise<SectionAnswer> {
  const text = analysis.sentences.map((s) => s.text).join(" ");
  const reply = await chatCompletion(options, buildPrompt(analysis, typePlan(analysis), fenceFor(text)), fetchImpl);
  if (!reply.ok) return { ok: false, failure: reply.failure, detail: reply.detail };
  const parsed = parseReply(reply.content);
  if (!parsed.ok) return { ok: false, failure: parsed.failure, detail: parsed.detail };
  const { kept, dropped } = screenCandidates(parsed.candidates, analysis);
  if (kept.length === 0) return { ok: false, failure: "rejected", detail: `all ${parsed.candidates.length} candidates failed screening` };
  const accepted = parsed.candidates.filter((c) => kept.some((k) => k.text === c.text.replace(/\s+/g, " ").trim()));
  return { ok: true, accepted, candidates: kept, dropped: dropped.length };
}
