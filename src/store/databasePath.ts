// Turns DATABASE_URL into what better-sqlite3 opens: a file path (a plain path, relative or absolute,
// or a `file:` URL) or ":memory:".
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const defaultDatabaseUrl = "data/colloquy.db";

export function databasePath(url: string, cwd: string = process.cwd()): string {
  const text = url.trim() === "" ? defaultDatabaseUrl : url.trim();
  if (text === ":memory:" || text === "file::memory:") return ":memory:";
  let path = text;
  if (text.startsWith("file://")) path = fileURLToPath(text.split("?")[0] as string);
  else if (text.startsWith("file:")) path = decodeURIComponent((text.slice("file:".length).split("?")[0] as string));
  return isAbsolute(path) ? path : resolve(cwd, path);
}
