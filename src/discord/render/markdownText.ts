// Essay text and questions shown as Discord Markdown. The text is not ours (a seed file, an LLM),
// so Markdown in it is escaped: an asterisk or a "# " in an essay shows as itself, never as
// formatting, a heading, a list or a link. (Mentions are disabled client-wide, so "@everyone"
// pings no one.) Two regular-expression passes: discord.js's escapeMarkdown costs about 0.5 ms
// per excerpt, a third of a reply's time (see the bot bench).

/** Characters that format anywhere in a line. */
const INLINE = /[\\*_~`|[\]]/g;
/** Constructs that only count at the start of a line: headings, subtext, quotes, lists. */
const LINE_START = /^([ \t]*)(#{1,3} |-# |>|[-+] |(\d+)\. )/gm;

export function plainText(text: string): string {
  return text
    .replace(INLINE, "\\$&")
    .replace(LINE_START, (_match, indent: string, marker: string, number: string | undefined) =>
      number !== undefined ? `${indent}${number}\\. ` : `${indent}\\${marker}`,
    );
}

/** A block quote: every line prefixed with "> ", blank lines kept inside the quote. */
export function blockQuote(text: string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? "> " : `> ${line}`))
    .join("\n");
}
