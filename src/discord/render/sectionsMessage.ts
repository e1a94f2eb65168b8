// /sections: the reading's table of contents, one line per section with its paragraph range.
import type { Essay } from "../../essay/types.js";
import { fitEmbed } from "./fitEmbed.js";
import { LIMITS } from "./limits.js";
import { plainText } from "./markdownText.js";
import { EMBED_COLOUR, type MessageView } from "./messageView.js";

export function sectionsMessage(essay: Essay, otherTitles: readonly string[]): MessageView {
  const lines = essay.sections.map((section) => {
    const [first, last] = section.paragraphs;
    const range = first === last ? `¶ ${first + 1}` : `¶ ${first + 1}–${last + 1}`;
    return `**${section.number}.** ${plainText(section.title)} · ${range}`;
  });
  const footer = [`${essay.sections.length} section${essay.sections.length === 1 ? "" : "s"} · /excerpt section:<number> shows one`];
  if (otherTitles.length > 0) footer.push(`Also loaded: ${otherTitles.join("; ")} (choose with the essay option)`);
  return {
    embeds: [
      fitEmbed({
        title: `${essay.meta.title} · Contents`,
        description: fitLines(lines, LIMITS.embedDescription),
        color: EMBED_COLOUR,
        ...(essay.meta.author ? { author: { name: essay.meta.author } } : {}),
        footer: { text: footer.join("\n") },
      }),
    ],
  };
}

/** Whole lines while they fit, then "…and N more sections" (never half a line). */
function fitLines(lines: readonly string[], room: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const tail = `\n…and ${lines.length - index} more sections`;
    const fitsWithTail = used + line.length + 1 + (index < lines.length - 1 ? tail.length : 0) <= room;
    if (!fitsWithTail) return `${kept.join("\n")}${tail}`;
    kept.push(line);
    used += line.length + 1;
  }
  return kept.join("\n");
}
