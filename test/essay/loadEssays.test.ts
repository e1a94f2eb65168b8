import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_ESSAY_BYTES, loadEssays } from "../../src/essay/index.js";

const paragraph = (index: number) =>
  `Paragraph ${index} looks at topic ${index % 7} from another side: the ${["harbour", "market", "railway", "school", "library", "garden", "council"][index % 7]} and the people who use it every day.`;

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "colloquy-essays-"));
  const write = (name: string, content: string | Buffer) => writeFileSync(join(folder, name), content);
  write("good.txt", "A Good Essay\n\nThe first paragraph of a good essay.\n\nThe second paragraph of it.\n");
  write("empty.txt", "");
  write("whitespace.md", " \n\t\n  \n");
  write("binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]));
  write("latin1.txt", Buffer.from("Caf\xe9 society was the subject of the essay.\n", "latin1"));
  write("too-big.txt", "x".repeat(DEFAULT_MAX_ESSAY_BYTES + 1));
  write("broken-front-matter.md", "---\ntitle: Never closed\n\nThe essay text follows.\n");
  write("only-front-matter.md", "---\ntitle: Nothing else\n---\n");
  write("one-paragraph.txt", "Just one paragraph, which is a whole essay in itself and still worth reading.");
  write("five-hundred.txt", Array.from({ length: 500 }, (_unused, index) => paragraph(index)).join("\n\n"));
  write("notes.pdf", "%PDF-1.4 not an essay");
  write("utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("An essay saved as UTF-16.\n\nIt still loads.", "utf16le")]));
  write(".hidden.txt", "Hidden files are ignored.");
  mkdirSync(join(folder, "sub"));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("loadEssays from a folder", () => {
  it("loads the good essays and gives one clear problem per bad file, without throwing", () => {
    const { essays, problems } = loadEssays(folder);
    expect(essays.map((essay) => essay.meta.file).sort()).toEqual(["five-hundred.txt", "good.txt", "one-paragraph.txt", "utf16.txt"]);
    const byFile = Object.fromEntries(problems.map((problem) => [problem.file, problem.message]));
    expect(Object.keys(byFile).sort()).toEqual(["binary.txt", "broken-front-matter.md", "empty.txt", "latin1.txt", "notes.pdf", "only-front-matter.md", "too-big.txt", "whitespace.md"]);
    expect(byFile["empty.txt"]).toMatch(/^empty\.txt is empty/);
    expect(byFile["whitespace.md"]).toMatch(/only whitespace/);
    expect(byFile["binary.txt"]).toMatch(/binary file/);
    expect(byFile["latin1.txt"]).toMatch(/not UTF-8 text \(first unreadable byte at offset 3, line 1: 0xE9\)\. It looks like Windows-1252 or Latin-1/);
    expect(byFile["too-big.txt"]).toMatch(/over the 2 MB limit/);
    expect(byFile["broken-front-matter.md"]).toMatch(/front matter .* never closed/);
    expect(byFile["only-front-matter.md"]).toMatch(/no paragraphs/);
    expect(byFile["notes.pdf"]).toMatch(/\.pdf file.*Markdown \(\.md\) or plain text \(\.txt\)/);
    for (const problem of problems) expect(problem.message).toContain(problem.file);
  });

  it("loads a one-paragraph essay as one section", () => {
    const essay = loadEssays(join(folder, "one-paragraph.txt")).essays[0]!;
    expect(essay.paragraphs).toHaveLength(1);
    expect(essay.sections).toHaveLength(1);
  });

  it("loads a 500-paragraph essay into many sections within bounds", () => {
    const essay = loadEssays(join(folder, "five-hundred.txt")).essays[0]!;
    expect(essay.paragraphs).toHaveLength(500);
    expect(essay.sections.length).toBeGreaterThan(10);
    expect(essay.sections.length).toBeLessThan(250);
    expect(essay.sections[essay.sections.length - 1]!.paragraphs[1]).toBe(499);
  });

  it("respects a smaller size limit when given one", () => {
    const { problems } = loadEssays(join(folder, "good.txt"), { maxBytes: 10 });
    expect(problems[0]!.message).toMatch(/good\.txt is 1 KB, over the 1 KB limit/);
  });

  it("reports a missing file and an empty folder", () => {
    const missing = loadEssays(join(folder, "nowhere.txt"));
    expect(missing.essays).toEqual([]);
    expect(missing.problems[0]!.message).toMatch(/was not found/);
    const empty = loadEssays(join(folder, "sub"));
    expect(empty.problems[0]!.message).toMatch(/has no essay files/);
  });

  it("keeps ids unique when two files share a name", () => {
    const other = mkdtempSync(join(tmpdir(), "colloquy-essays-"));
    writeFileSync(join(other, "notes.md"), "First essay text.");
    writeFileSync(join(other, "notes.txt"), "Second essay text.");
    expect(loadEssays(other).essays.map((essay) => essay.id)).toEqual(["notes", "notes-2"]);
    rmSync(other, { recursive: true, force: true });
  });

  it("takes a list of files and folders", () => {
    const { essays } = loadEssays([join(folder, "good.txt"), join(folder, "one-paragraph.txt")]);
    expect(essays.map((essay) => essay.id)).toEqual(["good", "one-paragraph"]);
  });
});
