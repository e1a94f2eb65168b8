// Reads `/schedule set`'s options into a schedule, or a UserError saying what was wrong and what
// to type instead: time, time zone and days through the schedule parsers; the channel's type; the
// role (not @everyone); the reading; and, before anything is saved, whether Colloquy has every
// permission it needs in that channel.
import { ChannelType, type ChatInputCommandInteraction } from "discord.js";
import type { Library } from "../../library/library.js";
import { findReading } from "../../library/library.js";
import { parseDays } from "../../schedule/parseDays.js";
import { parseTime } from "../../schedule/parseTime.js";
import type { ChannelKind } from "../../schedule/promptPoster.js";
import type { ScheduleInput } from "../../schedule/scheduleManager.js";
import type { Parsed } from "../../schedule/scheduleRule.js";
import { resolveTimeZone } from "../../schedule/timeZones.js";
import { allWeekdays } from "../../schedule/scheduleRule.js";
import { UserError } from "../userError.js";
import { botAccessIn } from "./botPermissionsIn.js";
import { missingFrom, missingPermissionsText, neededForSchedule } from "./channelPermissions.js";

const KINDS: Partial<Record<number, ChannelKind>> = {
  [ChannelType.GuildText]: "text",
  [ChannelType.GuildAnnouncement]: "announcement",
  [ChannelType.GuildForum]: "forum",
};

export const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,31}$/u;

function required<T>(parsed: Parsed<T>, option: string): T {
  if (!parsed.ok) throw new UserError(`**${option}**: ${parsed.error}`);
  return parsed.value;
}

export function scheduleName(raw: string | null): string | undefined {
  if (raw === null) return undefined;
  const name = raw.trim();
  if (!NAME_PATTERN.test(name)) {
    throw new UserError(`**name**: "${raw}" can't be a schedule name. Use up to 32 letters, digits, spaces, - or _, starting with a letter or digit (for example main or evening).`);
  }
  return name.toLowerCase();
}

export interface ReadSchedule {
  input: ScheduleInput & { channelKind: ChannelKind };
  /** Things the moderator should know that don't stop the schedule (e.g. a role nobody can ping). */
  notes: string[];
}

export function readScheduleOptions(interaction: ChatInputCommandInteraction, library: Library): ReadSchedule {
  const options = interaction.options;
  const channel = options.getChannel("channel", true);
  const channelKind = KINDS[channel.type];
  if (!channelKind) {
    throw new UserError(`**channel**: <#${channel.id}> is not a text, announcement or forum channel. Pick one of those for the daily prompt.`);
  }
  const time = required(parseTime(options.getString("time", true)), "time");
  const zone = required(resolveTimeZone(options.getString("timezone", true)), "timezone");
  const daysText = options.getString("days");
  const days = daysText === null ? [...allWeekdays] : required(parseDays(daysText), "days");

  const notes: string[] = [];
  const role = options.getRole("role");
  if (role && role.id === interaction.guildId) {
    throw new UserError("**role**: Colloquy pings one role, not @everyone. Create a role for your readers (Server Settings → Roles), give it to them, and pick it here; or leave role out to ping nobody.");
  }
  if (role && !role.mentionable) {
    notes.push(`Note: <@&${role.id}> is not mentionable, so its ping won't notify anyone. Turn on "Allow anyone to @mention this role" in Server Settings → Roles.`);
  }

  const essayText = options.getString("essay");
  let essayId: string | null | undefined;
  if (essayText !== null) {
    const found = findReading(library, essayText);
    if (found.kind !== "found") {
      const titles = library.readings.map((reading) => reading.essay.meta.title).join("; ") || "none";
      throw new UserError(`**essay**: there is no reading called "${essayText}". Loaded: ${titles}. Pick one from the list as you type.`);
    }
    essayId = found.reading.essay.id;
  }

  const thread = options.getBoolean("thread") ?? true;
  const pin = options.getBoolean("pin") ?? false;
  if (channelKind === "forum" && pin) notes.push("Forum posts are not pinned: a forum already lists the newest post first.");

  const name = scheduleName(options.getString("name"));
  return {
    input: {
      ...(name ? { name } : {}),
      channelId: channel.id,
      channelKind,
      rule: { time, zone, days },
      roleId: role?.id ?? null,
      thread: channelKind === "forum" ? true : thread,
      pin: channelKind === "forum" ? false : pin,
      ...(essayId !== undefined ? { essayId } : {}),
    },
    notes,
  };
}

/** Stops `/schedule set` before saving when Colloquy could not post there (what is missing, how to grant it). */
export function requireChannelPermissions(interaction: ChatInputCommandInteraction, input: ReadSchedule["input"]): void {
  const guildId = interaction.guildId as string;
  const access = botAccessIn(interaction.client, guildId, input.channelId);
  if (access.state === "gone") throw new UserError(`**channel**: Colloquy can't find <#${input.channelId}>. Pick a channel of this server.`);
  if (access.state !== "known") return; // the cache can't tell; posting will report any problem
  const missing = missingFrom(access.permissions, neededForSchedule({ kind: input.channelKind, thread: input.thread ?? true, pin: input.pin ?? false }));
  if (missing.length > 0) throw new UserError(missingPermissionsText(`<#${input.channelId}>`, missing));
}
