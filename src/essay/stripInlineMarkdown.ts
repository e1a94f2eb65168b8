// Markdown's inline marks removed from a paragraph so it reads as plain prose everywhere
// (terminal preview, Discord embeds, quoted question spans): links and wiki links keep their words, images,
// embeds and inline footnotes go, "<br>" is a line end, and the HTML entities converters leave ("&mdash;",
// "&#8217;") become the characters they stand for.
import { withoutCitationMarks } from "./pageFurniture.js";

export function stripInlineMarkdown(text: string): string {
  // Once links are read, a "[3]" left against a word is a web page's reference mark.
  return withoutCitationMarks(stripMarks(text));
}

function stripMarks(text: string): string {
  return text
    .replace(/!\[\[[^\]\n]*\]\]/g, "") // Obsidian embeds ("![[diagram.png]]")
    .replace(/\[\[([^\]|\n]*?)(?:#[^\]|\n]*)?(?:\|([^\]\n]*))?\]\]/g, (_link, page: string, alias: string | undefined) => (alias ?? page).trim()) // wiki links: "[[Page|shown words]]"
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "") // images
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, "") // reference-style images ("![][image1]", as Google Docs exports them)
    .replace(/\[([^\]]+)\]\{[^{}]*\}/g, "$1") // Pandoc spans ("[words]{.underline}")
    .replace(/\[\^[^\]]+\]/g, "") // footnote references
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // inline links
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // reference links
    .replace(/\^\[[^\]]*\]/g, "") // inline footnotes ("^[A note.]")
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>/g, "$1") // autolinks
    .replace(/<br\s*\/?>/gi, "\n") // a line break written in HTML
    .replace(BLOCK_TAG, " ") // HTML blocks end where the next begins ("</summary>Hidden")
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>/g, "") // inline HTML tags
    .replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_match, _ticks: string, code: string) => code.trim())
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/==(?=\S)([^=]*?\S)==/g, "$1") // highlights
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, "$1$2")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1")
    .replace(/&(#\d{1,6}|#x[\da-f]{1,6}|[a-z]{2,8});/gi, decodeEntity)
    .replace(/[ ]{2,}/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .trim();
}

const BLOCK_TAG = /<\/?(?:address|article|aside|blockquote|details|dialog|div|dl|dt|dd|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:\s[^<>]*)?\/?>/gi;

/** HTML entities that Markdown converters leave in text; unknown ones stay as written. */
const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "—", ndash: "–", hellip: "…", lsquo: "‘", rsquo: "’",
  ldquo: "“", rdquo: "”", laquo: "«", raquo: "»", copy: "©", reg: "®", deg: "°", eacute: "é", egrave: "è", agrave: "à",
  aacute: "á", ccedil: "ç", uuml: "ü", ouml: "ö", auml: "ä", szlig: "ß", ntilde: "ñ", times: "×", euro: "€", pound: "£",
};

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith("#")) {
    const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code).replace(/\u00A0/g, " ") : entity;
  }
  return ENTITIES[name.toLowerCase()] ?? entity;
}
