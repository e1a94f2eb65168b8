// The essay engine's public API: load essays from files, build one from text, split sentences.
export { buildEssay, type BuildEssayOptions } from "./buildEssay.js";
export { EXCERPT_LIMITS } from "./chooseExcerpts.js";
export { loadEssays, type LoadEssaysOptions, type LoadedEssays } from "./loadEssays.js";
export { DEFAULT_MAX_ESSAY_BYTES, ESSAY_EXTENSIONS } from "./readEssayFile.js";
export { splitSentences, type SentenceSpan } from "./splitSentences.js";
export type { Essay, EssayMeta, Excerpt, LoadProblem, Paragraph, Section, Sentence } from "./types.js";
