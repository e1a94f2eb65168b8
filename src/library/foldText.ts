// Words as searching and filtering compare them: lower case, accents removed, curly apostrophes
// straightened, so "Kim’s", "KIM'S" and "kim's" are the same word and "Pérez" matches "perez".

/** Case- and accent-insensitive form of a text. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .toLowerCase();
}

const wordPattern = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** The folded words of a text, in order ("Trump-Kim summit’s" → ["trump", "kim", "summit's"]). */
export function foldedWords(text: string): string[] {
  return foldText(text).match(wordPattern) ?? [];
}

/**
 * Whether a typed word matches a word of the text: short words (one or two letters) must match
 * whole, longer ones may be the start of a word, so "sanction" finds "sanctions".
 */
export function wordMatches(typed: string, word: string): boolean {
  return typed.length <= 2 ? word === typed : word.startsWith(typed);
}
