// Character-level clean-up of an essay's text before any structure is read from it:
// one kind of line end, no invisible characters, ordinary spaces, Unicode NFC.
// Line structure (hard wraps, indentation, blank lines) is kept: repairParagraphs reads it.

/** Zero-width and invisible formatting characters that carry no text. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u180E]/;
/**
 * Zero-width (non-)joiners spell words in Persian, Hindi and other scripts ("می‌خواهم") and build emoji
 * ("👩‍💻"); next to a Latin letter, a space or a line end they are leftovers of copying, and go.
 */
const STRAY_JOINER = /(?<![^\s\u0000-\u007F])[\u200C\u200D]+|[\u200C\u200D]+(?![^\s\u0000-\u007F])/g;
/** Space-like characters that should read as an ordinary space (NBSP, narrow NBSP, figure space, en/em spaces…). */
const SPACE_LIKE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
/** Control characters other than tab and line feed: leftovers of extraction, never text. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;
/** A form feed, alone on its line: the end of a page. */
export const PAGE_BREAK = "\f";
/** Ligatures that PDF extraction leaves in words ("ﬁnal" → "final"); NFC keeps them, NFKC would change far more. */
const LIGATURES: Record<string, string> = { "\uFB00": "ff", "\uFB01": "fi", "\uFB02": "fl", "\uFB03": "ffi", "\uFB04": "ffl", "\uFB05": "st", "\uFB06": "st" };
const SOFT_HYPHEN = "\u00AD";
/** The Unicode hyphen and non-breaking hyphen (PDF extraction and Word write them) are the hyphen. */
const HYPHENS = /[\u2010\u2011]/;

/**
 * Returns the text with: no byte-order mark or zero-width characters; LF line ends (CRLF, CR, NEL, LS, PS);
 * each form feed on a line of its own (a line that reads as blank, so a paragraph break, and that tells
 * repairParagraphs where a page ends); NBSP and other space-like characters as plain spaces; tabs as spaces (4 columns, so indentation still
 * shows); trailing spaces removed (in Markdown, two kept where there were two or more: a hard break);
 * ligatures spelled out; the Unicode hyphens as "-"; OCR's "¬" at a line end as a hyphen; NFC normalisation.
 * A soft hyphen at a line end is kept (it marks a word broken across lines), elsewhere it is dropped.
 */
export interface NormaliseOptions {
  /**
   * Markdown: keep two trailing spaces on a line that ends in two or more, the author's hard line break
   * (a poem, an address). Other trailing spaces still go.
   */
  keepHardBreaks?: boolean;
}

export function normaliseText(raw: string, options: NormaliseOptions = {}): string {
  let text = raw.replace(/\r\n?|\u0085|\u2028|\u2029/g, "\n").replace(/\f */g, "\n\f\n");
  // One pass for every character that is replaced by a fixed string (most texts have none of them).
  text = text.replace(SINGLE_CHARACTERS, (character) => {
    if (character === "\t") return "    ";
    if (SPACE_LIKE.test(character)) return " ";
    if (HYPHENS.test(character)) return "-";
    return LIGATURES[character] ?? ""; // ligatures spelled out; invisible and control characters dropped
  });
  if (text.includes("\u200C") || text.includes("\u200D")) text = text.replace(STRAY_JOINER, "");
  // OCR marks a hyphen at a line end with "¬" ("nego¬" / "tiations"); the hyphen rules decide what it was.
  if (text.includes("¬")) text = text.replace(/(\p{L})¬[ ]*\n/gu, "$1-\n");
  if (text.includes(SOFT_HYPHEN)) text = text.replace(new RegExp(`${SOFT_HYPHEN}(?![ ]*\\n)`, "g"), "");
  if (!ASCII_ONLY.test(text)) text = text.normalize("NFC");
  if (options.keepHardBreaks) return text.replace(/(\S)[ ]{2,}$|[ ]+$/gm, (_match, last: string | undefined) => (last === undefined ? "" : `${last}  `));
  return text.replace(/[ ]+$/gm, "");
}

const SINGLE_CHARACTERS = new RegExp(`[\t${INVISIBLE.source.slice(1, -1)}${SPACE_LIKE.source.slice(1, -1)}${CONTROL.source.slice(1, -1)}${HYPHENS.source.slice(1, -1)}\uFB00-\uFB06]`, "g");
const ASCII_ONLY = /^[\u0000-\u007F]*$/;

export { SOFT_HYPHEN };
