// Shortening text to a length limit without cutting a word or sentence in half: used wherever
// essay text meets a hard limit (Discord's embed fields, autocomplete names, thread names).
// Lengths are UTF-16 code units, never fewer than the characters Discord counts, so a result
// that fits here fits there; a surrogate pair is never split.

export const ELLIPSIS = "…";

/**
 * `text` unchanged when it fits in `max`; otherwise its longest start that ends at a sentence end
 * (when that keeps at least 60% of the room), else at a word end (at least 40%), else mid-word,
 * followed by "…". Never longer than `max` (max ≥ 1).
 */
export function truncateAtBoundary(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 2) return ELLIPSIS.slice(0, Math.max(0, max));
  const room = max - 2; // the ellipsis, and a space before it after a full stop
  const cut = withoutBrokenSurrogate(text.slice(0, room + 1));

  const sentenceEnd = lastMatchEnd(cut, /[.!?…]["'”’)\]]*(?=\s)/g);
  if (sentenceEnd >= room * 0.6 && sentenceEnd <= room) return `${cut.slice(0, sentenceEnd)} ${ELLIPSIS}`;

  const wordEnd = lastMatchEnd(cut, /[^\s](?=\s)/g);
  if (wordEnd >= room * 0.4 && wordEnd <= room + 1) return `${trimTrailingPunctuation(cut.slice(0, wordEnd))}${ELLIPSIS}`;

  return `${cut.trimEnd()}${ELLIPSIS}`;
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = (match.index ?? 0) + match[0].length;
  return end;
}

/** "word," + "…" reads badly; drop a dangling comma, colon or dash before the ellipsis. */
function trimTrailingPunctuation(text: string): string {
  return text.replace(/[\s,;:\-–—]+$/u, "");
}

function withoutBrokenSurrogate(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}
