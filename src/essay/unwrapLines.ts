// Joins the hard-wrapped lines of one paragraph into a single line of prose: a space between lines,
// nothing after a soft hyphen or an attached dash, and for a hyphen at a line end whatever
// joinHyphenatedWord decides ("negotiations", "partly-foreign-educated", "pre- and post-war").
import { joinHyphenatedWord, type SpellingEvidence } from "./joinHyphenatedWord.js";
import { SOFT_HYPHEN } from "./normaliseText.js";

const HEAD_BEFORE_HYPHEN = /([\p{L}\p{N}'’]+(?:-[\p{L}\p{N}'’]+)*)-$/u;
const TAIL_AT_LINE_START = /^[\p{L}\p{N}'’]+(?:-[\p{L}\p{N}'’]+)*/u;
const SENTENCE_END = /[.!?…]["'”’)]*$/u;
/** Only the end of the previous line is searched for a broken word: no word is longer. */
const HEAD_SEARCH = 120;

export function unwrapLines(lines: readonly string[], evidence: SpellingEvidence): string {
  // `done` only ever grows at its end (cheap for long paragraphs); `current` is the line being joined onto.
  let done = "";
  let doneEndsSentence = true;
  let current = "";
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === "") continue;
    if (current === "") {
      current = line;
      continue;
    }
    if (current.endsWith(SOFT_HYPHEN)) {
      current = current.slice(0, -1) + line;
      continue;
    }
    const searched = current.length > HEAD_SEARCH ? current.slice(-HEAD_SEARCH) : current;
    const head = /\p{L}-$/u.test(searched) ? HEAD_BEFORE_HYPHEN.exec(searched) : null;
    const tail = TAIL_AT_LINE_START.exec(line);
    if (head && tail) {
      const before = searched.slice(0, head.index).trimEnd();
      const headStartsSentence = before === "" && searched.length === current.length ? doneEndsSentence : SENTENCE_END.test(before);
      const joint = joinHyphenatedWord({ head: head[1] ?? "", tail: tail[0], headStartsSentence }, evidence);
      if (joint === "") current = current.slice(0, -1) + line;
      else if (joint === "-") current += line;
      else [done, doneEndsSentence, current] = [`${done}${current} `, false, line];
      continue;
    }
    // An em or en dash attached to the word before it stays attached to the word after it.
    if (/\S[—–]$/u.test(current)) {
      current += line;
      continue;
    }
    done = `${done}${current} `;
    doneEndsSentence = SENTENCE_END.test(current);
    current = line;
  }
  return `${done}${current}`.replace(/[ ]{2,}/g, " ");
}
