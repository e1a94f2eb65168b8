// Ids that stay the same for the same input, short enough for Discord custom ids (100 characters in all,
// shared with the action name): essays by file name, sections by position and content.
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";

/** "Singapore Summit (2018).txt" → "singapore-summit-2018". */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug === "" ? "essay" : slug;
}

/** The essay id: the slug of its file name without the extension. */
export function essayIdFromFile(file: string): string {
  return slugify(basename(file, extname(file)));
}

/** "p3-5-1a2b3c": paragraph range (1-based) and a hash of the section's text; at most 20 characters. */
export function sectionId(first: number, last: number, text: string): string {
  const hash = createHash("sha256").update(text).digest("hex");
  const id = `p${first + 1}-${last + 1}-${hash.slice(0, 6)}`;
  return id.length <= 20 ? id : `s${hash.slice(0, 12)}`;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
