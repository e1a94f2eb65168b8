// Web and e-mail addresses that a PDF or a narrow column broke at a line end ("https://www.example.org/" /
// "history/angell", "archive@example." / "org"): the two halves are one address and join with nothing
// between them, not with a space, and a hyphen inside an address is the address's own.
import { STOP_WORDS } from "./stopWords.js";

/** "https://…", "http://…", "www.…", "jane.doe@…" (with any opening bracket or quote before it). */
const ADDRESS = /^[("'“‘<[]*(?:(?:https?|ftp):\/\/\S*|www\.\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]*)$/iu;
/** Characters an address breaks after: its own punctuation. */
const ADDRESS_BREAK = /[/._\-?&=#%~:@]$/;
/** The rest of an address: no spaces, and it starts like a path, a host or a query, not like a quotation. */
const ADDRESS_REST = /^[\p{L}\p{N}/_.\-?&=#%~:@]+/u;
/** Inside the rest, a character only addresses use: "ory/angell", "index.html", "id=4". */
const ADDRESS_INNER = /[\p{L}\p{N}][/=&?#_%.][\p{L}\p{N}]/u;

/** The address at the end of `line`, when its last token is one. */
export function addressAtEnd(line: string): string | undefined {
  const token = line.slice(line.lastIndexOf(" ") + 1);
  return ADDRESS.test(token) ? token : undefined;
}

/**
 * True when the next line's first token carries on the address that ends the line before it. After the
 * address's own punctuation the next token continues it unless it is a common word ("…example.org." / "and
 * then"); after a letter only a token that is plainly the rest of an address ("ory/angell") does.
 */
export function continuesAddress(address: string, nextLine: string): boolean {
  const rest = ADDRESS_REST.exec(nextLine)?.[0];
  if (rest === undefined) return false;
  const plainlyAddress = ADDRESS_INNER.test(rest.replace(/[.,;:!?)\]"'”’]+$/u, ""));
  if (!ADDRESS_BREAK.test(address)) return plainlyAddress;
  if (address.endsWith(".") && /^\p{Lu}/u.test(rest)) return false; // "…example.org." / "The next…": a sentence ended
  const word = /^\p{L}+/u.exec(rest)?.[0]?.toLowerCase();
  return plainlyAddress || word === undefined || !STOP_WORDS.has(word);
}
