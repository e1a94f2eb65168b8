// Markdown's inline marks removed from a paragraph so it reads as plain prose everywhere
// (terminal preview, Discord embeds, quoted question spans): links keep their words, images go, and the
// HTML entities converters leave ("&mdash;", "&#8217;") become the characters they stand for.

export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "") // images
    .replace(/\[\^[^\]]+\]/g, "") // footnote references
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // inline links
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // reference links
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1") // autolinks
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>/g, "") // inline HTML tags
    .replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_match, _ticks: string, code: string) => code.trim())
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, "$1$2")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1")
    .replace(/&(#\d{1,6}|#x[\da-f]{1,6}|[a-z]{2,8});/gi, decodeEntity)
    .replace(/[ ]{2,}/g, " ")
    .trim();
}

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
