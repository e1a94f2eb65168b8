// What a single line of text looks like: does it end a sentence, could it be a heading,
// is it a page number? The clues repairParagraphs reads to find the author's structure.

/** Abbreviations that end in a period without ending a sentence, lower-cased, without the period. */
export const NON_FINAL_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "rev", "hon", "gov",
  "sen", "rep", "pres", "supt", "messrs", "mme", "mlle", "fr", "vs", "cf", "approx", "ca", "fig", "figs", "vol", "vols",
  "pp", "viz", "e.g", "i.e", "eg", "ie", "jan", "feb", "apr", "jun", "jul", "aug", "sept", "oct", "nov", "u.s", "u.k",
  "u.n", "mt", "ft", "ave", "blvd",
]);

const TRAILING_EMOJI = /(?:\s*\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}\u200D]*)+$/u;

/** Ends with ".", "!", "?" or "…" (closing quotes and brackets may follow), and not with a known abbreviation. */
export function endsSentence(line: string): boolean {
  // Emoji after the full stop ("None of this is expensive. 🙂") close the sentence; they do not carry it on.
  let trimmed = line.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (last >= 0x2100 || last === 0x203c || last === 0x2049) trimmed = trimmed.replace(TRAILING_EMOJI, ""); // not after a curly quote or a dash
  const lastWord = trimmed.slice(trimmed.lastIndexOf(" ") + 1);
  const match = /^(\S*?)([.!?…]+)(?:["'”’»)\]]|\[\d{1,3}\])*$/u.exec(lastWord);
  if (!match) return false;
  if ((match[2] ?? "") !== ".") return true;
  const word = (match[1] ?? "").replace(/^["'“‘(\[]+/u, "").toLowerCase();
  if (NON_FINAL_ABBREVIATIONS.has(word)) return false;
  return !/^\p{Lu}$/u.test(match[1] ?? ""); // a lone initial ("J.") is not a sentence end
}

/** Ends with a colon: the line introduces a list or a quotation. */
export function endsWithColon(line: string): boolean {
  return /:["'”’)]*\s*$/u.test(line);
}

/** Starts like a new sentence or paragraph: capital letter or digit, possibly after an opening quote or bracket. */
export function startsLikeSentence(line: string): boolean {
  return /^\s*["'“‘(\[«—–-]*[\p{Lu}\p{N}]/u.test(line);
}

/** Starts with a lower-case letter: the line carries on a sentence begun above. */
export function startsLowerCase(line: string): boolean {
  return /^\s*["'“‘(\[]*\p{Ll}/u.test(line);
}

/** The width a text is wrapped at: the 90th percentile of its (non-blank) line lengths. */
export function lineWidth(lines: readonly string[]): number {
  const lengths: number[] = [];
  for (const line of lines) if (line.trim() !== "") lengths.push(line.trim().length);
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(0.9 * (lengths.length - 1))] ?? 0;
}

/** Columns of leading whitespace (tabs were already turned into spaces by normaliseText). */
export function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

/**
 * A short stand-alone line that could be a heading or a title: at most 12 words and 90 characters, starting
 * with a capital, a digit or a quote, and not ending like a sentence or a clause (. , ; : ! ? or a dash).
 */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 90) return false;
  if (text.split(/\s+/).length > 12) return false;
  if (!/^["'“‘(]?[\p{Lu}\p{N}]/u.test(text)) return false;
  if (!/\p{L}/u.test(text)) return false;
  if (/[.,;:!?…\-–—]["'”’)]?$/u.test(text)) return false;
  return !isPageNumber(text);
}

/** "12", "- 12 -", "Page 3", "3 of 10", "iv" (lower-case numerals only): the page furniture of extracted PDFs, never content. */
export function isPageNumber(line: string): boolean {
  const text = line.trim();
  return (
    /^(page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?$/i.test(text) ||
    /^(page\s+)?\d{1,4}\s*(of|\/)\s*\d{1,4}$/i.test(text) ||
    /^[ivxlc]{1,6}$/.test(text)
  );
}

/** A lone upper-case Roman numeral ("II", "IV."): the author numbering a part, so a section break. */
export function isPartNumeral(line: string): boolean {
  return /^[IVXLC]{1,6}\.?$/.test(line.trim());
}

/** "***", "* * *", "---", "###", "~~~", "§": an author's scene or section separator. */
export function isSeparatorLine(line: string): boolean {
  const text = line.trim();
  return /^([*\-_=~#•·◆◇]\s*){3,}$/u.test(text) || text === "§" || text === "❧" || text === "⁂";
}
