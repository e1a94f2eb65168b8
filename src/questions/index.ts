// The question generator's public API. Offline by default (generateQuestions); the bot uses the
// service, which adds an optional OpenAI-compatible LLM with a restart-proof cache.
export { generateQuestions } from "./generateQuestions.js";
export { createQuestionService } from "./questionService.js";
export type { QuestionService, QuestionServiceOptions, WarmReport } from "./questionService.js";
export { questionsForPreview } from "./questionsForPreview.js";
export type { PreviewQuestion, PreviewQuestions } from "./questionsForPreview.js";
export { loadTagger as warmNlp } from "./analysis/tagger.js";
export type { LlmOptions } from "./llm/llmOptions.js";
export { QUESTION_TYPES } from "./types.js";
export type { GenerateOptions, Question, QuestionAnchor, QuestionSet, QuestionType } from "./types.js";
