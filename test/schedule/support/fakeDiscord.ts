// A stand-in for the Discord side of the scheduler's ports: a channel log that honours
// `enforce_nonce` (a repeat nonce within the window returns the first message), scripted failures,
// and "crashes" (a post that never answers, as if the process died at that moment).
import type { ModeratorNotice, ModeratorNotifier, PostRequest, PostResult, PromptPoster } from "../../../src/schedule/promptPoster.js";

export interface SentMessage {
  id: string;
  threadId: string | null;
  channelId: string;
  nonce: string;
  request: PostRequest;
  sentAt: number;
}

/** What the next post call does. */
export type Behaviour =
  | { kind: "ok" }
  | { kind: "throw"; error: Error } // rejected before anything was created
  | { kind: "send-then-throw"; error: Error } // the message arrived, the answer got lost
  | { kind: "hang-before-send" } // the process died while the request was being made
  | { kind: "hang-after-send" } // the message arrived, then the process died
  | { kind: "problem"; problem: string }; // message sent, thread failed

export class FakeDiscord implements PromptPoster {
  readonly messages: SentMessage[] = [];
  readonly postCalls: PostRequest[] = [];
  readonly findCalls: PostRequest[] = [];
  private readonly script: Behaviour[] = [];
  private nextId = 1000;
  inFlight = 0;
  maxInFlight = 0;
  /** Milliseconds a post takes (real time), to let concurrent work interleave. */
  latencyMs = 0;

  constructor(
    private readonly now: () => number,
    private readonly nonceWindowMs = 5 * 60_000,
  ) {}

  then(...behaviours: Behaviour[]): this {
    this.script.push(...behaviours);
    return this;
  }

  messagesIn(channelId: string): SentMessage[] {
    return this.messages.filter((message) => message.channelId === channelId);
  }

  private create(request: PostRequest): SentMessage {
    const earlier = this.messages.find(
      (message) => message.nonce === request.nonce && message.channelId === request.channelId && this.now() - message.sentAt <= this.nonceWindowMs,
    );
    if (earlier) return earlier; // enforce_nonce: Discord returns the first message
    const id = String((this.nextId += 1));
    const message = { id, threadId: request.thread ? `t${id}` : null, channelId: request.channelId, nonce: request.nonce, request, sentAt: this.now() };
    this.messages.push(message);
    return message;
  }

  async post(request: PostRequest): Promise<PostResult> {
    this.postCalls.push(request);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      else await new Promise((resolve) => setImmediate(resolve));
      const behaviour = this.script.shift() ?? { kind: "ok" };
      switch (behaviour.kind) {
        case "throw":
          throw behaviour.error;
        case "hang-before-send":
          return await new Promise<never>(() => {});
        case "send-then-throw":
          this.create(request);
          throw behaviour.error;
        case "hang-after-send":
          this.create(request);
          return await new Promise<never>(() => {});
        case "problem": {
          const message = this.create(request);
          return { messageId: message.id, threadId: null, pinned: request.pin, problem: behaviour.problem };
        }
        case "ok": {
          const message = this.create(request);
          return { messageId: message.id, threadId: message.threadId, pinned: request.pin };
        }
      }
    } finally {
      this.inFlight -= 1;
    }
  }

  async findRecentPost(request: PostRequest): Promise<PostResult | null> {
    this.findCalls.push(request);
    const found = this.messages.find((message) => message.nonce === request.nonce && message.channelId === request.channelId);
    return found ? { messageId: found.id, threadId: found.threadId, pinned: request.pin } : null;
  }
}

export class FakeModerators implements ModeratorNotifier {
  readonly notices: ModeratorNotice[] = [];
  async notifyModerators(notice: ModeratorNotice): Promise<void> {
    this.notices.push(notice);
  }
}
