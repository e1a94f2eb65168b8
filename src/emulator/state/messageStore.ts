// Messages by id and, per channel, in id order, so that history queries (`before`, `after`,
// `around`, `limit`) are binary searches rather than scans, plus pins and recent nonces.
import { compareSnowflakes } from "../ids.js";
import type { StoredMessage } from "./records.js";

export interface HistoryQuery {
  before?: string;
  after?: string;
  around?: string;
  limit?: number;
}

interface NonceEntry {
  key: string;
  messageId: string;
  expiresAt: number;
}

export class MessageStore {
  private readonly byId = new Map<string, StoredMessage>();
  /** Every message in creation order (= sequence order), for "posted since a mark" queries. */
  private readonly bySequence: StoredMessage[] = [];
  /** Visible (non-ephemeral, not deleted) message ids per channel, ascending. */
  private readonly history = new Map<string, string[]>();
  /** Pinned message ids per channel, oldest pin first. */
  private readonly pins = new Map<string, string[]>();
  private readonly nonces = new Map<string, NonceEntry>();
  private readonly nonceQueue: NonceEntry[] = [];
  private nonceQueueHead = 0;
  private sequence = 0;

  nextSequence(): number {
    return ++this.sequence;
  }

  get currentSequence(): number {
    return this.sequence;
  }

  add(stored: StoredMessage): void {
    this.byId.set(stored.message.id, stored);
    this.bySequence.push(stored);
    if (stored.ephemeral) return;
    let ids = this.history.get(stored.channelId);
    if (!ids) this.history.set(stored.channelId, (ids = []));
    // Ids grow with time, so this is nearly always an append.
    const last = ids[ids.length - 1];
    if (last === undefined || compareSnowflakes(last, stored.message.id) < 0) ids.push(stored.message.id);
    else ids.splice(lowerBound(ids, stored.message.id), 0, stored.message.id);
  }

  get(id: string): StoredMessage | undefined {
    return this.byId.get(id);
  }

  /** Messages created after the given sequence number (ephemeral and deleted ones too), oldest first. */
  since(sequence: number): StoredMessage[] {
    let low = 0;
    let high = this.bySequence.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.bySequence[mid]?.sequence ?? 0) <= sequence) low = mid + 1;
      else high = mid;
    }
    return this.bySequence.slice(low);
  }

  /** A visible message of this channel, or undefined. */
  inChannel(channelId: string, id: string): StoredMessage | undefined {
    const stored = this.byId.get(id);
    return stored && stored.channelId === channelId && !stored.deleted && !stored.ephemeral ? stored : undefined;
  }

  markDeleted(stored: StoredMessage): void {
    stored.deleted = true;
    const ids = this.history.get(stored.channelId);
    if (ids) {
      const index = lowerBound(ids, stored.message.id);
      if (ids[index] === stored.message.id) ids.splice(index, 1);
    }
    this.unpin(stored);
  }

  /** Drops a whole channel's history (the channel was deleted). */
  dropChannel(channelId: string): void {
    for (const id of this.history.get(channelId) ?? []) {
      const stored = this.byId.get(id);
      if (stored) stored.deleted = true;
      this.byId.delete(id);
    }
    this.history.delete(channelId);
    this.pins.delete(channelId);
  }

  /** Channel history newest first, as GET /channels/{id}/messages answers. */
  list(channelId: string, query: HistoryQuery): StoredMessage[] {
    const ids = this.history.get(channelId) ?? [];
    const limit = Math.min(Math.max(query.limit ?? 50, 1), 100);
    let start: number;
    let end: number;
    if (query.around !== undefined) {
      const middle = lowerBound(ids, query.around);
      const half = Math.floor(limit / 2);
      start = Math.max(0, middle - half);
      end = Math.min(ids.length, start + limit);
    } else if (query.after !== undefined) {
      start = upperBound(ids, query.after);
      end = Math.min(ids.length, start + limit);
    } else {
      end = query.before !== undefined ? lowerBound(ids, query.before) : ids.length;
      start = Math.max(0, end - limit);
    }
    const found: StoredMessage[] = [];
    for (let i = end - 1; i >= start; i--) {
      const stored = this.byId.get(ids[i] ?? "");
      if (stored) found.push(stored);
    }
    return found;
  }

  count(channelId: string): number {
    return this.history.get(channelId)?.length ?? 0;
  }

  pin(stored: StoredMessage, at: string): void {
    if (stored.pinnedAt) return;
    stored.pinnedAt = at;
    stored.message.pinned = true;
    let ids = this.pins.get(stored.channelId);
    if (!ids) this.pins.set(stored.channelId, (ids = []));
    ids.push(stored.message.id);
  }

  unpin(stored: StoredMessage): boolean {
    if (!stored.pinnedAt) return false;
    stored.pinnedAt = null;
    stored.message.pinned = false;
    const ids = this.pins.get(stored.channelId);
    const index = ids?.indexOf(stored.message.id) ?? -1;
    if (ids && index >= 0) ids.splice(index, 1);
    return true;
  }

  /** Pinned messages, most recently pinned first. */
  pinned(channelId: string): StoredMessage[] {
    const ids = this.pins.get(channelId) ?? [];
    const found: StoredMessage[] = [];
    for (let i = ids.length - 1; i >= 0; i--) {
      const stored = this.byId.get(ids[i] ?? "");
      if (stored) found.push(stored);
    }
    return found;
  }

  /** The message this author already sent with this nonce, if still within the window. */
  findByNonce(authorId: string, nonce: string | number, now: number): StoredMessage | undefined {
    this.expireNonces(now);
    const entry = this.nonces.get(nonceKey(authorId, nonce));
    if (!entry) return undefined;
    const stored = this.byId.get(entry.messageId);
    return stored && !stored.deleted ? stored : undefined;
  }

  rememberNonce(authorId: string, nonce: string | number, messageId: string, expiresAt: number): void {
    const entry = { key: nonceKey(authorId, nonce), messageId, expiresAt };
    this.nonces.set(entry.key, entry);
    this.nonceQueue.push(entry);
  }

  // Nonces expire in the order they were remembered: a queue keeps expiry O(1) per nonce.
  private expireNonces(now: number): void {
    while (this.nonceQueueHead < this.nonceQueue.length) {
      const entry = this.nonceQueue[this.nonceQueueHead];
      if (!entry || entry.expiresAt > now) break;
      if (this.nonces.get(entry.key) === entry) this.nonces.delete(entry.key);
      this.nonceQueueHead += 1;
    }
    if (this.nonceQueueHead > 1024 && this.nonceQueueHead * 2 > this.nonceQueue.length) {
      this.nonceQueue.splice(0, this.nonceQueueHead);
      this.nonceQueueHead = 0;
    }
  }
}

function nonceKey(authorId: string, nonce: string | number): string {
  return `${authorId}:${String(nonce)}`;
}

/** First index whose id is >= `id`. */
function lowerBound(ids: readonly string[], id: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareSnowflakes(ids[mid] ?? "", id) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** First index whose id is > `id`. */
function upperBound(ids: readonly string[], id: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareSnowflakes(ids[mid] ?? "", id) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
