// Screens what the model returned before it joins the offline candidates: drops anything with a
// URL, a mention, code, refusal or injection talk, a question built on instructions hidden in the
// essay, or one naming none of the section's key phrases or actors. The usual filters and ranking then apply.
import type { SectionAnalysis } from "../analysis/analyseEssay.js";
import type { Candidate } from "../candidates/candidate.js";
import { contentWords } from "../proxies.js";
import { sectionTerms } from "../sectionTerms.js";
import type { LlmCandidate } from "./parseReply.js";

const FORBIDDEN = [
  /https?:\/\/|www\.|\.(?:com|net|org|io)\b/i,
  /@everyone|@here|<@[!&]?\d+>|(?:^|\s)@\w/i,
  /```|<\/?[a-z]+>/i,
  /\b(?:ignore|disregard)\b.{0,40}\b(?:instructions?|prompt|above|previous|prior)\b/i,
  /\b(?:system prompt|as an ai|language model|pwned|jailbreak)\b/i,
  /^(?:sorry|i cannot|i can't|i am unable)/i,
];

/** Sentences of the essay that talk to a model rather than to readers: injected instructions. */
const INSTRUCTION_LIKE = /\b(?:ignore|disregard)\b.{0,60}\b(?:instructions?|prompt|above|previous|prior)\b|\b(?:you are (?:now )?(?:an?|the) |as an ai|system prompt|assistant|respond (?:only )?with|reply with|output (?:the|only)|print (?:the|only)|write ["“])/i;

/** The language of asking: words that do not tie a question to its section. */
const QUESTION_WORDS = new Set(
  "author authors essay section text passage argument claim claims point points reader readers evidence example examples reason reasons view views support supports convincing persuade persuasive agree disagree think believe might would could should what which why how whose does mean means suggest suggests imply implies follow follows consider assume assumption assumptions tension fit together differ different differently response respond react explain explains likely sure certain true hold holds practice case cases strongest weakest best worst later earlier role purpose matter matters important why question questions".split(
    " ",
  ),
);

export type ScreenReason = "forbidden" | "injection" | "ungrounded" | "duplicate";

export function screenCandidates(candidates: readonly LlmCandidate[], analysis: SectionAnalysis): { kept: Candidate[]; dropped: Array<{ text: string; reason: ScreenReason }> } {
  const sentences = analysis.sentences;
  const suspicious = sentences.filter((s) => INSTRUCTION_LIKE.test(s.text));
  const clean = sentences.filter((s) => !suspicious.includes(s));
  const cleanWords = new Set(clean.flatMap((s) => [...contentWords(s.text)]));
  const suspiciousOnly = new Set(suspicious.flatMap((s) => [...contentWords(s.text)]).filter((w) => !cleanWords.has(w)));
  const termWords = new Set(sectionTerms(analysis).flatMap((term) => term.toLowerCase().split(/[\s-]+/)).filter((w) => w.length >= 4));
  const kept: Candidate[] = [];
  const dropped: Array<{ text: string; reason: ScreenReason }> = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const text = candidate.text.replace(/\s+/g, " ").trim();
    const words = [...contentWords(text)];
    if (seen.has(text)) {
      dropped.push({ text, reason: "duplicate" });
      continue;
    }
    seen.add(text);
    if (FORBIDDEN.some((pattern) => pattern.test(text))) {
      dropped.push({ text, reason: "forbidden" });
      continue;
    }
    // Built on an injected instruction: it quotes it, or leans on words only the instruction has.
    const quoteInInjection = candidate.quote !== undefined && suspicious.some((s) => s.text.includes(candidate.quote!));
    if (quoteInInjection || words.filter((w) => suspiciousOnly.has(w)).length >= 2) {
      dropped.push({ text, reason: "injection" });
      continue;
    }
    // Grounded: it names at least one of the section's key phrases or actors (by a word of it).
    if (!words.some((w) => termWords.has(w) && !QUESTION_WORDS.has(w))) {
      dropped.push({ text, reason: "ungrounded" });
      continue;
    }
    kept.push(toCandidate({ ...candidate, text }, analysis));
  }
  return { kept, dropped };
}

function toCandidate(candidate: LlmCandidate, analysis: SectionAnalysis): Candidate {
  const quote = candidate.quote && analysis.sentences.some((s) => s.text.includes(candidate.quote!)) ? candidate.quote : undefined;
  const questionWords = contentWords(candidate.text);
  // Anchor: the sentence holding the quote, else the one sharing most words with the question.
  const anchor =
    (quote && analysis.sentences.find((s) => s.text.includes(quote))) ||
    [...analysis.sentences].sort((a, b) => overlap(b.text, questionWords) - overlap(a.text, questionWords) || a.index - b.index)[0]!;
  return {
    text: candidate.text,
    type: candidate.type,
    stem: "llm",
    anchor: { sentence: anchor.index, text: quote ?? anchor.text },
    quotes: quote ? [quote] : [],
    cueStrength: 0.9,
    spanQuality: quote ? 1 : 0.8,
    source: "llm",
  };
}

function overlap(text: string, words: ReadonlySet<string>): number {
  return [...contentWords(text)].filter((w) => words.has(w)).length;
}
