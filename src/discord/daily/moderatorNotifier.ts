// Tells a server's moderators that a daily prompt could not be posted (the scheduler calls this
// once per error episode). Where: the first of these channels in which Colloquy may post —
//   1. the Community "updates" channel (public_updates_channel: moderators-only by design),
//   2. the server's system channel (where Discord itself posts joins and boosts),
//   3. the schedule's own channel, unless that channel is the problem (deleted, or refusing Colloquy's
//      messages: another attempt there would be one more invalid request);
// otherwise nowhere but `/schedule show`, which always has the last error. Colloquy does not DM
// the owner (DMs surprise people) and never tries a channel it cannot post in (no failed requests).
import { PermissionFlagsBits, Routes, type Client } from "discord.js";
import type { Logger } from "../../logging/createLogger.js";
import type { ModeratorNotice, ModeratorNotifier } from "../../schedule/promptPoster.js";
import { truncateAtBoundary } from "../../text/truncateAtBoundary.js";
import { LIMITS } from "../render/limits.js";
import { botAccessIn } from "./botPermissionsIn.js";

const CAN_POST = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;

/** Whether a notice of this kind may go to the schedule's own channel. */
export function scheduleChannelUsable(notice: Pick<ModeratorNotice, "kind" | "missingPermission">): boolean {
  if (notice.kind === "not-found") return false;
  if (notice.kind !== "forbidden") return true;
  // Only when Colloquy knows what is missing and can still send plain text there (e.g. Embed Links).
  const missing = notice.missingPermission ?? null;
  return missing !== null && !/View Channel|Send Messages/.test(missing);
}

/** Candidate channels in order of preference, without repeats. */
export function noticeChannels(
  guild: { publicUpdatesChannelId: string | null; systemChannelId: string | null } | undefined,
  notice: Pick<ModeratorNotice, "channelId" | "kind" | "missingPermission">,
): string[] {
  const own = scheduleChannelUsable(notice) ? notice.channelId : null;
  return [...new Set([guild?.publicUpdatesChannelId, guild?.systemChannelId, own].filter((id): id is string => typeof id === "string"))];
}

export function noticeText(notice: ModeratorNotice): string {
  return truncateAtBoundary(`**Colloquy · daily prompt "${notice.scheduleName}"** — ${notice.message}`, LIMITS.content);
}

export function createModeratorNotifier(options: { client: Client; logger: Pick<Logger, "info" | "warn"> }): ModeratorNotifier {
  const { client, logger } = options;
  return {
    async notifyModerators(notice) {
      const guild = client.guilds.cache.get(notice.guildId);
      for (const channelId of noticeChannels(guild, notice)) {
        const access = botAccessIn(client, notice.guildId, channelId);
        if (access.state !== "known" || !access.permissions.has(CAN_POST)) continue;
        await client.rest.post(Routes.channelMessages(channelId), { body: { content: noticeText(notice), allowed_mentions: { parse: [] } } });
        logger.info({ guildId: notice.guildId, scheduleId: notice.scheduleId, channelId, kind: notice.kind }, "moderators told about a daily prompt problem");
        return;
      }
      logger.warn({ guildId: notice.guildId, scheduleId: notice.scheduleId, kind: notice.kind }, "no channel to tell moderators in; /schedule show has the error");
    },
  };
}
