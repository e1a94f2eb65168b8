// Optional front matter at the top of an essay: a block between two "---" lines holding
// simple "key: value" fields (title, author, source, date), or between two "+++" lines holding TOML
// `key = "value"` fields (Hugo). Other keys, YAML lists and comments
// are tolerated and ignored; what cannot be read is reported, never guessed.

export interface FrontMatterFields {
  title?: string;
  author?: string;
  source?: string;
  date?: string;
}

export type FrontMatterResult =
  | { ok: true; fields: FrontMatterFields; body: string; /** Lines the front matter took, so body line numbers can be reported. */ lineCount: number }
  | { ok: false; message: string };

const KNOWN_KEYS = new Set<keyof FrontMatterFields>(["title", "author", "source", "date"]);
/** How far down the closing "---" may be before we decide the opening line was not front matter at all. */
const MAX_FRONT_MATTER_LINES = 60;

/** Text must already be normalised (LF line ends, no BOM). Text without front matter comes back whole as the body. */
export function parseFrontMatter(text: string): FrontMatterResult {
  const lines = text.split("\n");
  const opening = lines[0]?.trim();
  if (opening !== "---" && opening !== "+++") return { ok: true, fields: {}, body: text, lineCount: 0 };

  // YAML between "---" lines (closed by "---" or "..."), or TOML between "+++" lines as Hugo writes it.
  const closing = lines.findIndex((line, index) => index > 0 && (line.trim() === opening || (opening === "---" && line.trim() === "...")));
  if (closing === -1 || closing > MAX_FRONT_MATTER_LINES) {
    return {
      ok: false,
      message: `front matter starts with "${opening}" on line 1 but is never closed; add a line "${opening}" after the last field (or remove the first line if there is no front matter).`,
    };
  }
  if (opening === "+++") return parseToml(lines, closing);

  const fields: FrontMatterFields = {};
  for (let index = 1; index < closing; index += 1) {
    const line = lines[index] ?? "";
    const trimmed = line.trim();
    // Blank lines, comments, and the items or continuation lines of a YAML list/block under another key.
    if (trimmed === "" || trimmed.startsWith("#") || /^\s/.test(line) || trimmed.startsWith("- ")) continue;
    const match = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/.exec(trimmed) ?? /^([A-Za-z_][\w-]*)\s*:$/.exec(trimmed);
    if (!match) {
      return {
        ok: false,
        message: `front matter line ${index + 1} ("${shorten(trimmed)}") is not a "key: value" field; write it as, for example, "title: My essay".`,
      };
    }
    const key = (match[1] ?? "").toLowerCase();
    const rawValue = (match[2] ?? "").trim();
    if (/^["']/.test(rawValue) && !/^(["']).*\1(\s+#.*)?$/.test(rawValue)) {
      return {
        ok: false,
        message: `front matter line ${index + 1} opens a quote in the value of "${key}" but never closes it; add the closing quote.`,
      };
    }
    // "title: >-" and "title: |": a block of indented lines below is the value, folded into one line.
    const block = /^[>|][+-]?\d?$/.test(rawValue) ? indentedBlock(lines, index + 1, closing) : undefined;
    if (block !== undefined) {
      if (KNOWN_KEYS.has(key as keyof FrontMatterFields) && block.text !== "") fields[key as keyof FrontMatterFields] = block.text;
      index = block.last;
      continue;
    }
    const value = unquote(rawValue.replace(/^((["']).*\2)\s+#.*$/, "$1"));
    if (value.startsWith("[") !== value.endsWith("]") || value.startsWith("{") !== value.endsWith("}")) {
      return {
        ok: false,
        message: `front matter line ${index + 1} has an unclosed bracket in the value of "${key}"; close it or put the value in quotes.`,
      };
    }
    if (KNOWN_KEYS.has(key as keyof FrontMatterFields) && value !== "") fields[key as keyof FrontMatterFields] = value;
  }

  return { ok: true, fields, body: lines.slice(closing + 1).join("\n"), lineCount: closing + 1 };
}

/** The indented lines from `start` (before `end`), joined with spaces, and the last of them. */
function indentedBlock(lines: readonly string[], start: number, end: number): { text: string; last: number } {
  let last = start - 1;
  const parts: string[] = [];
  for (let index = start; index < end; index += 1) {
    const line = lines[index] ?? "";
    if (line.trim() !== "" && !/^\s/.test(line)) break;
    if (line.trim() !== "") parts.push(line.trim());
    last = index;
  }
  return { text: parts.join(" "), last };
}

/** TOML front matter: `key = "value"` lines; tables ("[params]"), arrays and comments are skipped. */
function parseToml(lines: readonly string[], closing: number): FrontMatterResult {
  const fields: FrontMatterFields = {};
  let inTable = false;
  for (let index = 1; index < closing; index += 1) {
    const trimmed = (lines[index] ?? "").trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (trimmed.startsWith("[")) {
      inTable = true;
      continue;
    }
    const match = /^([A-Za-z_][\w-]*)\s*=\s*(.*)$/.exec(trimmed);
    if (!match) {
      return { ok: false, message: `front matter line ${index + 1} ("${shorten(trimmed)}") is not a "key = value" field; write it as, for example, title = "My essay".` };
    }
    const key = (match[1] ?? "").toLowerCase() as keyof FrontMatterFields;
    const value = unquote((match[2] ?? "").replace(/^((["']).*?\2)\s*#.*$/, "$1").trim());
    if (!inTable && KNOWN_KEYS.has(key) && value !== "" && !value.startsWith("[") && !value.startsWith("{")) fields[key] = value;
  }
  return { ok: true, fields, body: lines.slice(closing + 1).join("\n"), lineCount: closing + 1 };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (quoted) return (quoted[2] ?? "").replace(quoted[1] === '"' ? /\\"/g : /''/g, quoted[1] ?? "");
  return value.replace(/\s+#.*$/, "");
}

function shorten(line: string): string {
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
