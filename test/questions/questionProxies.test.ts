// The automatic quality proxies of the rubric, enforced on every fixture essay: the evaluation
// essays and the essay engine's format fixtures.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";
import { analyseEssay } from "../../src/questions/analysis/analyseEssay.js";
import { generateQuestions } from "../../src/questions/index.js";
import { questionsFromAnalysis } from "../../src/questions/generateQuestions.js";
import { MAX_PAIRWISE_OVERLAP, maxPairwiseOverlap, questionFailures, quotedSpans, words } from "../../src/questions/proxies.js";
import { sectionTerms, sectionText } from "../../src/questions/sectionTerms.js";
import { readEvalSet } from "../../src/questions/eval/labels.js";
import { MIN_SHOWN } from "../../src/questions/sectionQuestions.js";
import { MAX_QUOTE_WORDS } from "../../src/questions/weights.js";

const root = process.cwd();
const MIN_SECTION_WORDS = 40;
const files = [
  ...readEvalSet(root).map((entry) => entry.file),
  ...readdirSync(join(root, "test/fixtures/essays"))
    .filter((name) => /\.(?:md|txt)$/.test(name))
    .map((name) => `test/fixtures/essays/${name}`),
];

describe.each(files)("questions for %s", (file) => {
  const essay = buildEssay(readFileSync(join(root, file), "utf8"), { file });
  const analysis = analyseEssay(essay);
  const set = questionsFromAnalysis(analysis);

  // The rule: three questions of three kinds (MIN_SHOWN), generic fillers only to reach
  // that many (docs/questions.md, "How a question is made", step 7).
  it(`gives every section of discussable length at least ${MIN_SHOWN} questions of at least ${MIN_SHOWN} types, and no filler beyond them`, () => {
    // An epigraph or a stray title line (under MIN_SECTION_WORDS) is no section to discuss.
    for (const section of essay.sections.filter((s) => s.sentences.map((t) => t.text).join(" ").split(/\s+/).length >= MIN_SECTION_WORDS)) {
      const list = set.sections[section.id] ?? [];
      expect(list.length, section.id).toBeGreaterThanOrEqual(MIN_SHOWN);
      expect(new Set(list.map((q) => q.type)).size, section.id).toBeGreaterThanOrEqual(MIN_SHOWN);
      // A generic filler only makes up the minimum, never pads a list that has it already.
      const fillers = list.filter((q) => quotedSpans(q.text).length === 0 && /this part of the essay/.test(q.text));
      if (fillers.length > 0) expect(list.length, section.id).toBe(MIN_SHOWN);
    }
  });

  it("passes every single-question proxy (?, 8–40 words, no dangling pronoun, exact short quotes, relevant, no copy, no artefacts)", () => {
    for (const section of analysis.sections) {
      const check = { text: sectionText(section), sentences: section.sentences.map((s) => s.text), terms: sectionTerms(section), essayText: section.essayText };
      for (const question of set.sections[section.section.id] ?? []) {
        expect(questionFailures(question.text, check), question.text).toEqual([]);
      }
    }
  });

  it(`quotes exact text (the first quote from the section, a later one from the essay), at most ${MAX_QUOTE_WORDS} words, cut at a word boundary`, () => {
    const essaySentences = essay.sections.flatMap((s) => s.sentences.map((t) => t.text));
    for (const section of essay.sections) {
      const sentences = section.sentences.map((s) => s.text);
      for (const question of set.sections[section.id] ?? []) {
        quotedSpans(question.text).forEach((span, i) => {
          const home = (i === 0 ? sentences : essaySentences).find((sentence) => sentence.includes(span));
          expect(home, `${span} in ${question.text}`).toBeDefined();
          expect(words(span).length).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
          // Never a dangling article or conjunction at either end (a preposition may end a quote
          // only where its sentence ends: "… worth going back to.").
          const at = home!.indexOf(span);
          const endsSentence = /^[.!?"”’)]*\s*$/.test(home!.slice(at + span.length));
          expect(span).not.toMatch(/^(?:and|or|but|of|to)\s|\s(?:the|a|an|and|or|but)$/i);
          // (A phrase the author put in quotation marks is quoted whole, as written, even when it
          // ends on its preposition: a finding "consistent with, but not proof of," a link.)
          const authorsPhrase = /^[“"]$/.test(home!.slice(at - 1, at)) && /^[,.;:]?[”"]/.test(home!.slice(at + span.length));
          if (!endsSentence && !authorsPhrase) expect(span).not.toMatch(/\s(?:of|to)$/i);
          expect(home!.slice(at - 1, at)).not.toMatch(/\p{L}/u);
          expect(home!.slice(at + span.length, at + span.length + 1)).not.toMatch(/\p{L}/u);
        });
      }
    }
  });

  it("asks two questions about the same words only among a section's first three, and then different things", () => {
    for (const section of essay.sections) {
      const list = set.sections[section.id] ?? [];
      list.forEach((a, i) =>
        list.slice(i + 1).forEach((b, j) => {
          // A question quoting nothing (a last resort about the whole section) has no anchor words.
          if (quotedSpans(a.text).length === 0 || quotedSpans(b.text).length === 0) return;
          const overlap = a.anchor.sentence === b.anchor.sentence && (a.anchor.text.includes(b.anchor.text) || b.anchor.text.includes(a.anchor.text));
          if (!overlap) return;
          // Shared anchors are the fallback of a section with fewer than three claims to ask
          // about: never beyond the first three, never twice the same kind of question.
          expect(i + 1 + j, `${a.text}\n${b.text}`).toBeLessThan(3);
          expect(a.type, `${a.text}\n${b.text}`).not.toBe(b.type);
        }),
      );
    }
  });

  it("anchors every question in an exact span of its section", () => {
    for (const section of essay.sections) {
      for (const question of set.sections[section.id] ?? []) {
        const sentence = section.sentences.find((s) => s.index === question.anchor.sentence);
        expect(sentence?.text, question.text).toContain(question.anchor.text);
        expect(question.sectionId).toBe(section.id);
      }
    }
  });

  it("keeps sibling questions apart (low pairwise overlap)", () => {
    for (const section of essay.sections) {
      expect(maxPairwiseOverlap((set.sections[section.id] ?? []).map((q) => q.text))).toBeLessThanOrEqual(MAX_PAIRWISE_OVERLAP);
    }
  });

  it("asks essay-level questions that name what they connect, not section numbers", () => {
    expect(set.essay.length).toBeGreaterThanOrEqual(Math.min(2, essay.sections.length));
    for (const question of set.essay) {
      expect(question.scope).toBe("essay");
      expect(question.text).not.toMatch(/\bsection \d/i);
      expect(question.text.trimEnd().endsWith("?")).toBe(true);
    }
  });

  it("is deterministic: the same essay gives the same questions and ids", () => {
    const again = generateQuestions(buildEssay(readFileSync(join(root, file), "utf8"), { file }));
    expect(again).toEqual(set);
    const ids = [...set.essay, ...Object.values(set.sections).flat()].map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("quotes inside quotes", () => {
  it("rejects a question whose quote holds a straight double quote of its own", () => {
    const check = { text: 'Sacramento opened what it called a "Library of Things" in 2015.', sentences: ['Sacramento opened what it called a "Library of Things" in 2015.'], terms: ["Sacramento"] };
    const nested = 'Why does the author include the detail that "Sacramento opened what it called a "Library of Things" in 2015"? What would the essay lose without it?';
    expect(questionFailures(nested, check).some((f) => /quote inside a quote|unpaired/.test(f))).toBe(true);
  });
});
