// Stable, short question ids: the same essay and question text always give the same id.
import { createHash } from "node:crypto";

export function questionId(contentHash: string, scope: string, text: string): string {
  return `q${createHash("sha256").update(`${contentHash}\u0000${scope}\u0000${text}`).digest("base64url").slice(0, 10)}`;
}
