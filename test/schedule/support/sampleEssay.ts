// A small essay in the shape the daily prompts need, for scheduler tests.
import type { PromptEssay, PromptSource } from "../../../src/prompts/promptSource.js";

export function sampleEssay(sectionCount = 3, questionsPerSection = 4): PromptEssay {
  return {
    id: "essay-1",
    title: "The Singapore Summit",
    sections: Array.from({ length: sectionCount }, (_, index) => ({
      id: `s${index + 1}`,
      number: index + 1,
      title: `Section ${index + 1}`,
      excerpts: [
        { id: `s${index + 1}-e1`, text: `Excerpt one of section ${index + 1}.` },
        { id: `s${index + 1}-e2`, text: `Excerpt two of section ${index + 1}.` },
      ],
      questions: Array.from({ length: questionsPerSection }, (_, q) => ({ id: `s${index + 1}-q${q + 1}`, text: `Question ${q + 1} on section ${index + 1}?` })),
    })),
  };
}

export function sampleSource(essay: PromptEssay | null = sampleEssay()): PromptSource & { essay: PromptEssay | null } {
  return {
    essay,
    essayFor() {
      return this.essay;
    },
  };
}
