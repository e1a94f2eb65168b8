// The preview as a moderator reads it in a terminal: each essay's title, its sections (number, title,
// paragraph range, id) and their excerpts, wrapped to the terminal's width; bold and dim only on a TTY.
import type { Essay } from "../essay/types.js";
import type { PreviewQuestion, PreviewQuestions } from "./previewQuestions.js";
import { wrapText } from "./wrapText.js";

export interface RenderOptions {
  width: number;
  colour: boolean;
}

export function renderPreview(essays: readonly Essay[], questionsFor: (essay: Essay) => PreviewQuestions, options: RenderOptions): string {
  const bold = (text: string) => (options.colour ? `\u001b[1m${text}\u001b[22m` : text);
  const dim = (text: string) => (options.colour ? `\u001b[2m${text}\u001b[22m` : text);
  const rule = "─".repeat(Math.min(options.width, 72));
  const out: string[] = [];

  for (const essay of essays) {
    const questions = questionsFor(essay);
    const excerptCount = essay.sections.reduce((sum, section) => sum + section.excerpts.length, 0);
    const byline = [essay.meta.author, essay.meta.source, essay.meta.date].filter(Boolean).join(" · ");
    out.push(bold(wrapText(essay.meta.title, options.width)));
    if (byline) out.push(wrapText(byline, options.width));
    out.push(dim(wrapText(`${essay.meta.file || essay.id} · id ${essay.id} · ${essay.paragraphs.length} paragraphs · ${essay.sections.length} sections · ${excerptCount} excerpts`, options.width)));
    out.push(rule);

    for (const section of essay.sections) {
      const [first, last] = section.paragraphs;
      const range = first === last ? `¶${first + 1}` : `¶${first + 1}–${last + 1}`;
      out.push("");
      const heading = `${section.number}. ${section.title}`;
      const details = `${range} · ${section.id}`;
      out.push(heading.length + 2 + details.length <= options.width ? `${bold(heading)}  ${dim(details)}` : `${bold(wrapText(heading, options.width))}\n${dim(`   ${details}`)}`);
      for (const excerpt of section.excerpts) {
        out.push("");
        out.push(dim(`   Excerpt ${excerpt.id} · ${excerpt.text.length} characters`));
        out.push(wrapText(excerpt.text, options.width, "   │ "));
      }
      pushQuestions(out, "   Questions", questions.sections[section.id] ?? [], options.width, dim);
    }
    pushQuestions(out, "On the whole essay", questions.essay, options.width, dim);
    out.push("");
    out.push("");
  }
  return out.join("\n").replace(/\n+$/, "\n");
}

/** A numbered list of questions with their types, or nothing when there are none. */
function pushQuestions(out: string[], heading: string, questions: readonly PreviewQuestion[], width: number, dim: (text: string) => string): void {
  if (questions.length === 0) return;
  const indent = heading.startsWith(" ") ? "   " : "";
  out.push("");
  out.push(dim(heading));
  questions.forEach((question, index) => {
    const type = question.type ? `[${question.type}] ` : "";
    out.push(wrapText(`${index + 1}. ${type}${question.text}`, width, indent));
  });
}
