// A cache of the model's screened candidates that survives restarts: one JSON file in the cache
// directory, keyed by essay content hash, section id, provider, model and prompt version.
// Candidates, not ranked questions, are stored, so a change to the ranker applies to cached ones.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { PROMPT_VERSION } from "./buildPrompt.js";
import type { LlmCandidate } from "./parseReply.js";

const FILE = "llm-questions.json";

interface CacheFile {
  version: 1;
  entries: Record<string, { candidates: LlmCandidate[] }>;
}

export interface CacheKey {
  contentHash: string;
  sectionId: string;
  provider: string;
  model: string;
}

export class QuestionCache {
  private readonly path: string;
  private entries: CacheFile["entries"];

  constructor(private readonly dir: string) {
    this.path = join(dir, FILE);
    this.entries = this.read();
  }

  static key(key: CacheKey): string {
    return createHash("sha256").update([key.contentHash, key.sectionId, key.provider, key.model, `prompt-v${PROMPT_VERSION}`].join("\u0000")).digest("hex");
  }

  get(key: CacheKey): LlmCandidate[] | undefined {
    return this.entries[QuestionCache.key(key)]?.candidates;
  }

  set(key: CacheKey, candidates: LlmCandidate[]): void {
    this.entries[QuestionCache.key(key)] = { candidates };
    mkdirSync(this.dir, { recursive: true });
    // Write then rename, so a crash mid-write never leaves half a cache file.
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: 1, entries: this.entries } satisfies CacheFile));
    renameSync(temporary, this.path);
  }

  /** A missing or unreadable file is an empty cache: the questions are simply generated again. */
  private read(): CacheFile["entries"] {
    try {
      const parsed = JSON.parse(readFileSync(this.path, "utf8")) as Partial<CacheFile>;
      return parsed.version === 1 && parsed.entries ? parsed.entries : {};
    } catch {
      return {};
    }
  }
}
