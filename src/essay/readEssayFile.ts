// Reads one essay file's bytes into text, or says politely why it cannot be an essay: wrong kind of
// file, empty, too large, binary, or not UTF-8. Never throws.
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";

/** Essays are Markdown or plain text. */
export const ESSAY_EXTENSIONS: readonly string[] = [".md", ".markdown", ".txt"];
/** 2 MB: a book-length essay is a few hundred kilobytes; anything larger is almost surely not one essay. */
export const DEFAULT_MAX_ESSAY_BYTES = 2 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** `shownAs` is how the file is named in messages (relative to the seeds folder when loaded from there). */
export function readEssayFile(path: string, shownAs: string, maxBytes: number): ReadResult {
  const extension = extname(path).toLowerCase();
  if (!ESSAY_EXTENSIONS.includes(extension)) {
    const found = extension === "" ? "it has no extension" : `it is a ${extension} file`;
    return fail(`${shownAs} was skipped: ${found}. Save the essay as Markdown (.md) or plain text (.txt).`);
  }
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return fail(`${shownAs} is not a file. Give the path of a .md or .txt file.`);
    size = stats.size;
  } catch {
    return fail(`${shownAs} was not found. Check the file name and folder.`);
  }
  if (size === 0) return fail(`${shownAs} is empty. Put the essay's text in it.`);
  if (size > maxBytes) {
    return fail(`${shownAs} is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit. Split the essay into smaller files.`);
  }

  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return fail(`${shownAs} could not be read (${(error as Error).message}). Check that the file is readable.`);
  }
  const decoded = decode(bytes);
  if (decoded === undefined || looksBinary(decoded)) {
    return fail(
      looksBinaryBytes(bytes)
        ? `${shownAs} looks like a binary file, not text. Export the essay as plain text (.txt) or Markdown (.md).`
        : notUtf8Message(shownAs, bytes),
    );
  }
  if (decoded.replace(/^\uFEFF/, "").trim() === "") return fail(`${shownAs} contains only whitespace. Put the essay's text in it.`);
  return { ok: true, text: decoded };
}

function fail(message: string): ReadResult {
  return { ok: false, message };
}

/** UTF-8 (with or without a byte-order mark), or UTF-16 when it starts with a UTF-16 byte-order mark. */
function decode(bytes: Buffer): string | undefined {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** NUL characters, or more than 1 in 100 control characters other than tab, line feed, carriage return and form feed. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const controls = text.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls > text.length / 100;
}

function looksBinaryBytes(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) if (byte === 0 || (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12)) controls += 1;
  return controls > sample.length / 100;
}

/** Offset of the first byte that can never be part of valid UTF-8 (a prefix cut mid-character still decodes in streaming mode). */
function firstInvalidUtf8(bytes: Buffer): number {
  const decodes = (length: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  // Bisect for the shortest prefix that fails; the bad byte is its last.
  let low = 1;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (decodes(middle)) low = middle + 1;
    else high = middle;
  }
  // The decoder notices a bad sequence one byte late when its lead byte was fine on its own: report the lead.
  const last = low - 1;
  for (let index = last - 1; index >= Math.max(0, last - 3); index -= 1) {
    const byte = bytes[index] ?? 0;
    if (byte >= 0xc0) return index;
    if (byte < 0x80) break;
  }
  return last;
}

/**
 * Where the first unreadable byte is (offset, line and the byte itself), and which encoding the file was
 * probably saved in, so the moderator knows what to change: a byte 0x80–0x9F is one of Windows-1252's curly
 * quotes, dashes or ellipsis (what Word and Notepad write); a higher one an accented letter in it or Latin-1.
 */
function notUtf8Message(shownAs: string, bytes: Buffer): string {
  const offset = firstInvalidUtf8(bytes);
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  const value = bytes[offset] ?? 0;
  const byte = value.toString(16).toUpperCase().padStart(2, "0");
  const guess =
    value >= 0x80 && value <= 0x9f
      ? " It looks like Windows-1252 (the curly quotes and dashes Word and Notepad write)."
      : value >= 0xa0 ? " It looks like Windows-1252 or Latin-1 (ISO-8859-1)." : "";
  return `${shownAs} is not UTF-8 text (first unreadable byte at offset ${offset}, line ${line}: 0x${byte}).${guess} Re-save it with UTF-8 encoding (in most editors: Save as… › Encoding › UTF-8).`;
}

function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}
