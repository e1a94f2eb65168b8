// Word-wraps prose for a terminal: lines no wider than the given width, each prefixed by an indent.
// Line breaks already in the text (list items, paragraph breaks) are kept.

export function wrapText(text: string, width: number, indent = ""): string {
  const room = Math.max(20, width - indent.length);
  return text
    .split("\n")
    .map((line) => {
      if (line.trim() === "") return indent.trimEnd();
      const lines: string[] = [];
      let current = "";
      for (const word of line.split(/\s+/).filter(Boolean)) {
        if (current === "") current = word;
        else if (current.length + 1 + word.length <= room) current += ` ${word}`;
        else {
          lines.push(current);
          current = word;
        }
      }
      if (current !== "") lines.push(current);
      return lines.map((wrapped) => indent + wrapped).join("\n");
    })
    .join("\n");
}
