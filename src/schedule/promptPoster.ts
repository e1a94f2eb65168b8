// The ports between the scheduler and Discord. The scheduler decides what and when; an adapter on
// the Discord side (src/discord/…) renders and sends. Nothing here knows discord.js.
import type { PromptContent } from "../prompts/promptContent.js";

export type ChannelKind = "text" | "announcement" | "forum";

export interface PostRequest {
  guildId: string;
  scheduleId: number;
  channelId: string;
  channelKind: ChannelKind;
  /** The one role to ping (allowed_mentions: exactly this role); null pings nobody. */
  roleId: string | null;
  /** Open a thread on the message named from the question (forum channels always get a post). */
  thread: boolean;
  /** Pin the new prompt and unpin `previousPinnedMessageId`. */
  pin: boolean;
  previousPinnedMessageId: string | null;
  /**
   * Send as the message nonce with `enforce_nonce: true` (≤ 25 characters). The same slot always has
   * the same nonce. Discord does not return nonces when listing messages, so the adapter must also
   * leave a findable mark of it (e.g. in the embed footer) for `findRecentPost`.
   */
  nonce: string;
  /** The slot's local date, or today's for an extra `/prompt now` post. */
  localDate: string;
  kind: "scheduled" | "manual";
  content: PromptContent;
}

export interface PostResult {
  messageId: string;
  /** The thread (or forum post) the answers go in; null when none was asked for or it failed. */
  threadId: string | null;
  /** Whether the new message is pinned. */
  pinned: boolean;
  /**
   * Something that went wrong after the message itself was sent (thread or pin failed, e.g. a
   * missing Create Public Threads permission): recorded and told to moderators, but the post counts.
   */
  problem?: string;
}

export interface PromptPoster {
  /**
   * Sends the prompt (message, then thread and pin as asked). Throws TransientPostError,
   * ForbiddenPostError or NotFoundPostError (src/schedule/postErrors.ts); anything else counts as transient.
   */
  post(request: PostRequest): Promise<PostResult>;
  /**
   * Looks among the bot's recent messages in the channel for one carrying this request's nonce mark.
   * When found, finishes whatever the post lacks (thread, pin) and returns its ids; null when the
   * message is not there. Called after a restart or before a retry, so a prompt is never sent twice.
   */
  findRecentPost(request: PostRequest): Promise<PostResult | null>;
}

export type ModeratorNoticeKind =
  | "forbidden"
  | "not-found"
  | "failed"
  | "unconfirmed"
  | "no-essay"
  | "post-problem";

export interface ModeratorNotice {
  guildId: string;
  scheduleId: number;
  scheduleName: string;
  channelId: string;
  kind: ModeratorNoticeKind;
  /** A complete sentence for moderators, saying what happened and what to do. */
  message: string;
  missingPermission?: string | null;
}

export interface ModeratorNotifier {
  /**
   * Tells the guild's moderators (where they will see it: e.g. the system channel or a log channel).
   * Called once per error episode; the episode ends with the next successful post or a moderator's change.
   */
  notifyModerators(notice: ModeratorNotice): Promise<void>;
}
