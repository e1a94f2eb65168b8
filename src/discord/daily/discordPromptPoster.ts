// The scheduler's PromptPoster over discord.js: posts the daily prompt (with its slot's nonce and
// enforce_nonce, so a repeated send returns the first message), opens its thread or makes it a
// forum post, pins it and unpins the previous one, and finds its own post again after a restart.
// A request Discord would refuse with a 403 is never sent: the bot's permissions are checked in
// discord.js's cache first (Discord bans bots that pile up invalid requests).
import { Routes, type APIMessage, type APIThreadChannel, type Client, type RESTGetAPIGuildThreadsResult } from "discord.js";
import type { Logger } from "../../logging/createLogger.js";
import { ForbiddenPostError, NotFoundPostError } from "../../schedule/postErrors.js";
import type { PostRequest, PostResult, PromptPoster } from "../../schedule/promptPoster.js";
import { nonceOfComponents, promptMessage, threadNameFor } from "../render/promptMessage.js";
import { botAccessIn } from "./botPermissionsIn.js";
import { CREATE_THREADS, missingFrom, neededToPost, permissionList, PIN_MESSAGES, READ_HISTORY, type PermissionNeed } from "./channelPermissions.js";
import { isAlreadyDone, isUnknownMessage, postErrorFromDiscord } from "./postErrorFromDiscord.js";
import { evenPacer, type RequestPacer } from "./requestPacer.js";

export interface DiscordPromptPosterOptions {
  client: Client;
  logger?: Pick<Logger, "warn">;
  /** Waits between attempts at the thread and the pin (default setTimeout). */
  sleep?: (ms: number) => Promise<void>;
  /** Attempts at the thread and the pin when Discord fails them transiently (default 3). */
  stepAttempts?: number;
  /** How many of the channel's latest messages findRecentPost reads (Discord's maximum is 100). */
  recentMessages?: number;
  /** Paces every request (default: under the REST client's global limit in any rolling second). */
  pacer?: RequestPacer;
}

/** Threads auto-archive after a day without messages; a new prompt comes daily anyway. */
const ARCHIVE_AFTER_MINUTES = 1440;

export function createDiscordPromptPoster(options: DiscordPromptPosterOptions): PromptPoster {
  const { client } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const stepAttempts = options.stepAttempts ?? 3;
  const recentMessages = options.recentMessages ?? 50;
  const pacer = options.pacer ?? evenPacer(client.rest.options.globalRequestsPerSecond);
  /** Every request of this adapter goes through here. */
  const paced =
    <Args extends unknown[]>(send: (...args: Args) => Promise<unknown>) =>
    async (...args: Args): Promise<unknown> => {
      await pacer.take();
      return send(...args);
    };
  const rest = {
    get: paced(client.rest.get.bind(client.rest)),
    post: paced(client.rest.post.bind(client.rest)),
    put: paced(client.rest.put.bind(client.rest)),
    delete: paced(client.rest.delete.bind(client.rest)),
  };

  const missingNow = (request: PostRequest, needs: readonly PermissionNeed[]): PermissionNeed[] => {
    const access = botAccessIn(client, request.guildId, request.channelId);
    return access.state === "known" ? missingFrom(access.permissions, needs) : [];
  };
  const missingName = (request: PostRequest, needs: readonly PermissionNeed[]) => () => {
    const missing = missingNow(request, needs);
    return missing.length > 0 ? missing.map((need) => need.name).join(", ") : null;
  };

  /** Refuses, without a request, what the cache says Discord would refuse. */
  function checkBeforeSending(request: PostRequest, needs: readonly PermissionNeed[]): void {
    const access = botAccessIn(client, request.guildId, request.channelId);
    if (access.state === "gone") throw new NotFoundPostError(`channel ${request.channelId} is not in the server any more`);
    if (access.state !== "known") return;
    const missing = missingFrom(access.permissions, needs);
    if (missing.length > 0) {
      throw new ForbiddenPostError(`Colloquy lacks ${missing.map((need) => need.name).join(", ")} in the channel`, missing.map((need) => need.name).join(", "));
    }
  }

  async function call<T>(request: PostRequest, doing: string, needs: readonly PermissionNeed[], work: () => Promise<unknown>): Promise<T> {
    try {
      return (await work()) as T;
    } catch (error) {
      throw postErrorFromDiscord(error, { doing, missingPermission: missingName(request, needs) });
    }
  }

  /** A step after the message (thread, pin): retried on transient failures; its failure is a problem, not an error. */
  async function step(request: PostRequest, doing: string, needs: readonly PermissionNeed[], work: () => Promise<void>): Promise<string | null> {
    const missing = missingNow(request, needs);
    if (missing.length > 0) return `${doing} failed: Colloquy is missing ${permissionList(missing)} there. Grant it in the channel's settings → Permissions.`;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await work();
        return null;
      } catch (error) {
        if (isAlreadyDone(error)) return null;
        const mapped = postErrorFromDiscord(error, { doing, missingPermission: missingName(request, needs) });
        const final = mapped instanceof ForbiddenPostError || mapped instanceof NotFoundPostError || attempt >= stepAttempts;
        options.logger?.warn({ guildId: request.guildId, channelId: request.channelId, attempt, err: mapped.message }, `${doing} failed`);
        if (final) {
          const permission = mapped instanceof ForbiddenPostError && mapped.missingPermission ? ` (missing **${mapped.missingPermission}**)` : "";
          return `${doing} failed${permission}: ${mapped.message}.`;
        }
        await sleep(500 * 2 ** (attempt - 1));
      }
    }
  }

  /** Thread and pin for a prompt message that exists, doing only what it still lacks. */
  async function finish(request: PostRequest, messageId: string, existingThreadId: string | null, alreadyPinned: boolean): Promise<PostResult> {
    const problems: string[] = [];
    let threadId = existingThreadId;
    if (request.thread && request.channelKind !== "forum" && threadId === null) {
      const problem = await step(request, "opening the thread for answers", [CREATE_THREADS], async () => {
        const thread = (await rest.post(Routes.threads(request.channelId, messageId), {
          body: { name: threadNameFor(request.content.question), auto_archive_duration: ARCHIVE_AFTER_MINUTES },
        })) as APIThreadChannel;
        threadId = thread.id;
      });
      // Discord says the message already has one: a thread started from a message has its id.
      if (problem === null) threadId ??= messageId;
      else problems.push(problem);
    }
    let pinned = alreadyPinned;
    if (request.pin && request.channelKind !== "forum" && !pinned) {
      const problem = await step(request, "pinning the prompt", [PIN_MESSAGES, READ_HISTORY], async () => {
        await rest.put(Routes.channelMessagesPin(request.channelId, messageId));
      });
      if (problem === null) pinned = true;
      else problems.push(problem);
    }
    const previous = request.previousPinnedMessageId;
    if (pinned && previous && previous !== messageId) {
      const problem = await step(request, "unpinning the previous prompt", [PIN_MESSAGES, READ_HISTORY], async () => {
        try {
          await rest.delete(Routes.channelMessagesPin(request.channelId, previous));
        } catch (error) {
          if (!isUnknownMessage(error)) throw error; // already deleted: nothing to unpin
        }
      });
      if (problem) problems.push(problem);
    }
    return { messageId, threadId, pinned, ...(problems.length > 0 ? { problem: problems.join(" ") } : {}) };
  }

  function bodyFor(request: PostRequest) {
    const answerPlace = request.channelKind === "forum" || request.thread ? "thread" : "reply";
    const message = promptMessage(request.content, { roleId: request.roleId, nonce: request.nonce, answerPlace });
    // Exactly the configured role may be pinged: nothing parsed from the text, no @everyone.
    return { ...message, allowed_mentions: { parse: [], roles: request.roleId ? [request.roleId] : [] } };
  }

  async function postToForum(request: PostRequest): Promise<PostResult> {
    checkBeforeSending(request, neededToPost("forum"));
    const thread = await call<APIThreadChannel>(request, "creating the forum post", neededToPost("forum"), () =>
      rest.post(Routes.threads(request.channelId), {
        body: { name: threadNameFor(request.content.question), auto_archive_duration: ARCHIVE_AFTER_MINUTES, message: bodyFor(request) },
      }),
    );
    // A forum post's starter message has the thread's id.
    return { messageId: thread.id, threadId: thread.id, pinned: false };
  }

  async function findForumPost(request: PostRequest): Promise<PostResult | null> {
    checkBeforeSending(request, [...neededToPost("forum"), READ_HISTORY]);
    const botId = client.user?.id;
    const active = await call<RESTGetAPIGuildThreadsResult>(request, "listing the forum's posts", [READ_HISTORY], () =>
      rest.get(Routes.guildActiveThreads(request.guildId)),
    );
    const ours = active.threads
      .filter((thread) => "parent_id" in thread && thread.parent_id === request.channelId && "owner_id" in thread && thread.owner_id === botId)
      .map((thread) => thread.id)
      .sort((a, b) => (BigInt(b) > BigInt(a) ? 1 : -1))
      .slice(0, 10);
    for (const threadId of ours) {
      const starter = await call<APIMessage>(request, "reading a forum post", [READ_HISTORY], () => rest.get(Routes.channelMessage(threadId, threadId))).catch(
        (error: unknown) => (error instanceof NotFoundPostError ? null : Promise.reject(error)),
      );
      if (starter && nonceOfComponents(starter.components) === request.nonce) return { messageId: threadId, threadId, pinned: false };
    }
    return null;
  }

  return {
    async post(request) {
      if (request.channelKind === "forum") return postToForum(request);
      checkBeforeSending(request, neededToPost(request.channelKind));
      const message = await call<APIMessage>(request, "posting the prompt", neededToPost(request.channelKind), () =>
        rest.post(Routes.channelMessages(request.channelId), { body: { ...bodyFor(request), nonce: request.nonce, enforce_nonce: true } }),
      );
      return finish(request, message.id, null, false);
    },

    async findRecentPost(request) {
      if (request.channelKind === "forum") return findForumPost(request);
      checkBeforeSending(request, [...neededToPost(request.channelKind), READ_HISTORY]);
      const botId = client.user?.id;
      const recent = await call<APIMessage[]>(request, "reading the channel's recent messages", [READ_HISTORY], () =>
        rest.get(Routes.channelMessages(request.channelId), { query: new URLSearchParams({ limit: String(recentMessages) }) }),
      );
      const found = recent.find((message) => message.author.id === botId && nonceOfComponents(message.components) === request.nonce);
      if (!found) return null;
      const threadId = found.thread?.id ?? ((found.flags ?? 0) & 32 ? found.id : null);
      return finish(request, found.id, threadId, found.pinned);
    },
  };
}
