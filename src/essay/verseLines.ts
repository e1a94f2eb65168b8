// Lines the author broke on purpose in a plain-text essay: a stanza quoted from a poem, a letter's
// salutation and signature, a list written without markers. Joining them would make "The woods are lovely,
// dark and deep, But I have promises to keep," of a stanza; they keep their line ends instead.

/** Lines that end in punctuation or a dash: verse and letters end most lines so, wrapped prose few. */
const PUNCTUATED_END = /[,.;:!?…—–"”’)]$/u;
/** Without lines of the essay's prose to compare with, a verse line is at most this long. */
const SHORT_LINE = 70;

/**
 * The width the essay's prose is wrapped at (the 90th percentile of the lines that are not a paragraph's
 * last), or undefined when too few lines are wrapped to tell.
 */
export function proseWidth(blocks: readonly (readonly string[])[]): number | undefined {
  const lengths: number[] = [];
  for (const lines of blocks) for (let index = 0; index < lines.length - 1; index += 1) lengths.push((lines[index] ?? "").trim().length);
  if (lengths.length < 6) return undefined;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(0.9 * (lengths.length - 1))];
}

/**
 * Three or more lines, all well short of the essay's wrap width (so no wrapper broke them), that either
 * start with capitals or end in punctuation nearly every one, or break where the next word would still have
 * fitted on the line (free verse).
 */
export function isVerse(lines: readonly string[], width: number | undefined): boolean {
  if (lines.length < 3) return false;
  // Most blocks are wrapped prose with a line near the wrap width: they are ruled out before anything else.
  const limit = width === undefined ? SHORT_LINE : 0.85 * width;
  if (lines.some((line) => line.length > limit && line.trim().length > limit)) return false;
  const trimmed = lines.map((line) => line.trim());
  const longest = Math.max(...trimmed.map((line) => line.length));
  const share = (test: (line: string, index: number) => boolean) => trimmed.filter(test).length / trimmed.length;
  const capitals = share((line) => /^["'“‘(]?\p{Lu}/u.test(line));
  const punctuated = share((line) => PUNCTUATED_END.test(line));
  const breaks = trimmed.slice(0, -1);
  const fitted = breaks.filter((line, index) => line.length + 1 + (trimmed[index + 1]?.split(" ")[0]?.length ?? 0) <= longest - 2).length / breaks.length;
  return capitals >= 0.75 || punctuated >= 0.75 || fitted >= 0.6;
}
