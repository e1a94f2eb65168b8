// Interactions the driver has sent and the bot may still answer: looked up by id for the
// callback and by token for follow-ups and @original. A token lives 15 minutes, as on Discord.
import { randomBytes } from "node:crypto";
import type { InteractionOutcome } from "./outcome.js";

export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  guildId: string;
  channelId: string;
  userId: string;
  /** For component and modal interactions: the message the component sits on. */
  sourceMessageId: string | null;
  /** performance.now() when it was sent; the callback must come within the response window. */
  sentAt: number;
  /** Clock time (ms) after which the token no longer works. */
  expiresAt: number;
  acknowledged: boolean;
  /** The message @original refers to, once there is one. */
  originalMessageId: string | null;
  followUpIds: Set<string>;
  outcome: InteractionOutcome;
}

export const TOKEN_LIFETIME_MS = 15 * 60 * 1000;

export class InteractionRegistry {
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();

  // Tokens only have to be unique and opaque here; a random prefix and a counter are cheaper
  // than fresh random bytes per interaction (this sits on the latency path benchmarks measure).
  private readonly tokenPrefix = `aW50ZXJhY3Rpb24.${randomBytes(12).toString("base64url")}`;
  private tokenCount = 0;

  constructor(private readonly now: () => number) {}

  newToken(): string {
    this.tokenCount += 1;
    return `${this.tokenPrefix}.${this.tokenCount.toString(36)}`;
  }

  add(record: InteractionRecord): void {
    this.prune();
    this.byId.set(record.id, record);
    this.byToken.set(record.token, record);
  }

  get(id: string): InteractionRecord | undefined {
    return this.byId.get(id);
  }

  byWebhookToken(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  isExpired(record: InteractionRecord): boolean {
    return this.now() > record.expiresAt;
  }

  /** Outcomes, newest first (the driver looks up the modal a member is answering). */
  *newestFirst(): Generator<InteractionRecord> {
    const records = [...this.byId.values()];
    for (let i = records.length - 1; i >= 0; i--) {
      const record = records[i];
      if (record) yield record;
    }
  }

  // Forget interactions whose token has long expired so long runs don't keep them all.
  private prune(): void {
    if (this.byId.size < 10_000) return;
    const now = this.now();
    for (const [id, record] of this.byId) {
      if (record.expiresAt > now) break;
      this.byId.delete(id);
      this.byToken.delete(record.token);
    }
  }
}
