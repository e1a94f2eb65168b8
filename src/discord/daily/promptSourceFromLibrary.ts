// The daily prompts' PromptSource over the bot's loaded library: a schedule's essay (or the
// default reading) as sections with their excerpts and ranked questions. Read through a getter,
// because the bot swaps in a new library when better (LLM) questions arrive; each reading is
// converted once.
import type { Library } from "../../library/library.js";
import { questionsForSection } from "../../library/passageQuestions.js";
import type { Reading } from "../../library/reading.js";
import type { PromptEssay, PromptSource } from "../../prompts/promptSource.js";

export function promptEssayOf(reading: Reading): PromptEssay {
  return {
    id: reading.essay.id,
    title: reading.essay.meta.title,
    sections: reading.essay.sections.map((section) => ({
      id: section.id,
      number: section.number,
      title: section.title,
      excerpts: section.excerpts.map((excerpt) => ({ id: excerpt.id, text: excerpt.text })),
      questions: questionsForSection(reading, section).map((question) => ({ id: question.id, text: question.text })),
    })),
  };
}

export function promptSourceFromLibrary(libraryNow: () => Library): PromptSource {
  const made = new WeakMap<Reading, PromptEssay>();
  return {
    essayFor(_guildId, essayId) {
      const library = libraryNow();
      const reading = essayId === null ? library.defaultReading : library.byId(essayId);
      if (!reading) return null;
      let essay = made.get(reading);
      if (!essay) made.set(reading, (essay = promptEssayOf(reading)));
      return essay;
    },
  };
}
