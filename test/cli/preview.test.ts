import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePreviewArguments } from "../../src/cli/previewArguments.js";
import { previewJson } from "../../src/cli/previewJson.js";
import { previewQuestions } from "../../src/cli/previewQuestions.js";
import { renderPreview } from "../../src/cli/renderPreview.js";
import { wrapText } from "../../src/cli/wrapText.js";
import { buildEssay } from "../../src/essay/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const seed = buildEssay(readFileSync(`${root}seeds/singapore-summit.txt`, "utf8"), { file: "singapore-summit.txt" });
const runPreview = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "src/cli/preview.ts", ...args], { cwd: root, encoding: "utf8" });

describe("preview arguments", () => {
  it("defaults to the seeds folder and text output", () => {
    expect(parsePreviewArguments([], "/repo/seeds/")).toEqual({ json: false, colour: true, seeds: "/repo/seeds/", inputs: [], help: false });
  });

  it("reads --json, --seeds, --width, --no-colour and files", () => {
    const parsed = parsePreviewArguments(["--json", "--seeds", "other", "--width", "60", "--no-colour", "a.md", "b.txt"], "/repo/seeds/");
    expect(parsed).toMatchObject({ json: true, colour: false, seeds: "other", width: 60, inputs: ["a.md", "b.txt"] });
  });

  it("reports unknown options and missing values", () => {
    expect(parsePreviewArguments(["--jsno"], "s").error).toMatch(/Unknown option --jsno/);
    expect(parsePreviewArguments(["--seeds"], "s").error).toMatch(/needs a value/);
    expect(parsePreviewArguments(["--width", "wide"], "s").error).toMatch(/number of columns/);
  });
});

describe("preview output", () => {
  it("gives the JSON shape the lead and the moderators rely on", () => {
    const json = previewJson([seed], [{ file: "x.pdf", message: "x.pdf was skipped." }], previewQuestions);
    expect(json.problems).toEqual([{ file: "x.pdf", message: "x.pdf was skipped." }]);
    const [essay] = json.essays;
    expect(essay).toMatchObject({ id: "singapore-summit", title: "Singapore Summit" });
    const paragraphs = essay!.sections.flatMap((section) => section.paragraphs);
    expect(paragraphs).toEqual(seed.paragraphs.map((paragraph) => paragraph.text));
    essay!.sections.forEach((section, index) => {
      expect(Object.keys(section)).toEqual(["id", "number", "title", "paragraphs", "paragraphRange", "excerpts", "questions"]);
      expect(section.number).toBe(index + 1);
      expect(section.paragraphRange).toEqual([seed.sections[index]!.paragraphs[0] + 1, seed.sections[index]!.paragraphs[1] + 1]);
      expect(section.questions.length).toBeGreaterThanOrEqual(3);
      for (const question of section.questions) {
        expect(question.text).toMatch(/\?$/);
        expect(Object.keys(question).sort()).toEqual(["anchor", "score", "text", "type"]);
      }
      for (const excerpt of section.excerpts) expect(Object.keys(excerpt)).toEqual(["id", "text"]);
    });
  });

  it("lists essay-level questions (thesis, purpose, connections) beside the sections", () => {
    const json = previewJson([seed], [], previewQuestions);
    const types = json.essays[0]!.questions.map((question) => question.type);
    expect(types).toContain("thesis");
    expect(json.essays[0]!.questions.every((question) => question.text.endsWith("?"))).toBe(true);
  });

  it("shows each section's questions with their types under it, and the essay's at the end", () => {
    const anchor = { sentence: 0, text: "summit" };
    const questions = {
      sections: { [seed.sections[0]!.id]: [{ text: "Why did both leaders want the summit?", type: "explanation" as const, anchor, score: 1 }] },
      essay: [{ text: "What is the author trying to get us to accept about the summit?", type: "thesis" as const, anchor, score: 1 }],
    };
    const text = renderPreview([seed], () => questions, { width: 80, colour: false });
    expect(text).toContain("   1. [explanation] Why did both leaders want the summit?");
    expect(text.indexOf("On the whole essay")).toBeGreaterThan(text.indexOf(seed.sections.at(-1)!.title));
    expect(text).toContain("1. [thesis] What is the author trying");
  });

  it("renders titles, sections and wrapped excerpts for a terminal, without colour when asked", () => {
    const text = renderPreview([seed], previewQuestions, { width: 60, colour: false });
    expect(text.startsWith("Singapore Summit\n")).toBe(true);
    expect(text).toContain(`1. ${seed.sections[0]!.title}  ¶1`);
    expect(text).not.toContain("\u001b[");
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(60);
    expect(renderPreview([seed], previewQuestions, { width: 60, colour: true })).toContain("\u001b[1mSingapore Summit");
  });

  it("wraps words to the width and keeps the text's own line breaks", () => {
    expect(wrapText("one two three four five six", 20, "> ")).toBe("> one two three four\n> five six");
    expect(wrapText("• a\n• b", 40)).toBe("• a\n• b");
  });
});

describe("npm run preview", () => {
  it("prints the seed as JSON and exits 0", () => {
    const result = runPreview("--json", "seeds/singapore-summit.txt");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as ReturnType<typeof previewJson>;
    expect(json.essays).toHaveLength(1);
    expect(json.essays[0]!.sections.length).toBeGreaterThanOrEqual(4);
    expect(json.problems).toEqual([]);
  });

  it("previews the seeds folder by default", () => {
    const result = runPreview("--json");
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as ReturnType<typeof previewJson>).essays.map((essay) => essay.id)).toContain("singapore-summit");
  });

  it("reports problems on stderr and exits non-zero only when nothing loaded", () => {
    const failing = runPreview("no-such-essay.txt");
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain("no-such-essay.txt was not found");
    const mixed = runPreview("no-such-essay.txt", "seeds/singapore-summit.txt");
    expect(mixed.status).toBe(0);
    expect(mixed.stderr).toContain("no-such-essay.txt was not found");
    expect(mixed.stdout).toContain("Singapore Summit");
  });
});
