// What moderators read about a schedule: the summary after /schedule set and the other changes,
// and /schedule show (settings, next five posting times as Discord timestamps that each reader
// sees in their own zone, the last post, the last error and recent missed or failed days).
import { TimestampStyles, time, type APIEmbed, type APIEmbedField } from "discord.js";
import { formatDays } from "../../schedule/parseDays.js";
import { formatLocalTime } from "../../schedule/parseTime.js";
import type { ScheduleView } from "../../schedule/scheduleManager.js";
import { formatUtcOffset } from "../../schedule/timeZones.js";
import type { ClaimRecord, ScheduleRecord } from "../../store/store.js";
import { fitEmbed } from "./fitEmbed.js";
import { LIMITS } from "./limits.js";
import { plainText } from "./markdownText.js";
import { EMBED_COLOUR, type MessageView } from "./messageView.js";

export interface ScheduleRenderContext {
  now: Date;
  /** Title of the reading a schedule posts from (essayId null = the default reading). */
  readingTitle(essayId: string | null): string | null;
}

const seconds = (at: number | Date) => Math.floor((typeof at === "number" ? at : at.getTime()) / 1000);

export function timestampLines(slots: readonly { at: Date }[]): string {
  if (slots.length === 0) return "None planned.";
  return slots.map((slot, index) => `${time(seconds(slot.at), TimestampStyles.LongDateTime)}${index === 0 ? ` (${time(seconds(slot.at), TimestampStyles.RelativeTime)})` : ""}`).join("\n");
}

export function whenText(schedule: ScheduleRecord, now: Date): string {
  const { rule } = schedule;
  return `${formatLocalTime(rule.time)} ${rule.zone} (${formatUtcOffset(rule.zone, now)} now), ${formatDays(rule.days)}`;
}

export function statusText(schedule: ScheduleRecord): string {
  if (schedule.disabledReason) return `**Stopped** (${schedule.disabledReason}). Fix the cause, then /schedule resume.`;
  if (schedule.paused) return "**Paused.** /schedule resume starts it again.";
  if (schedule.skipDate) return `Active; the post of ${schedule.skipDate} will be skipped.`;
  return "Active.";
}

function settingsFields(schedule: ScheduleRecord, context: ScheduleRenderContext): APIEmbedField[] {
  const forum = schedule.channelKind === "forum";
  const reading = context.readingTitle(schedule.essayId);
  return [
    { name: "Channel", value: `<#${schedule.channelId}>${forum ? " (a forum post per prompt)" : ""}`, inline: true },
    { name: "When", value: whenText(schedule, context.now), inline: true },
    { name: "Ping", value: schedule.roleId ? `<@&${schedule.roleId}>` : "nobody", inline: true },
    { name: "Thread", value: forum ? "the forum post" : schedule.thread ? "yes" : "no (members reply to the prompt)", inline: true },
    { name: "Pin", value: forum ? "no (forums list the newest post first)" : schedule.pin ? "yes, newest prompt only" : "no", inline: true },
    { name: "Reading", value: reading ? plainText(reading) : "none loaded", inline: true },
  ];
}

function recentProblems(slots: readonly ClaimRecord[]): string | null {
  const notable = slots.filter((slot) => slot.state === "missed" || slot.state === "failed" || slot.state === "skipped");
  if (notable.length === 0) return null;
  return notable.map((slot) => `${slot.localDate}: ${slot.state}${slot.state === "failed" && slot.retryAt ? " (will retry)" : ""}`).join("\n");
}

/** `budget`: this embed's share of the 6,000 characters all embeds of a message may have together. */
export function scheduleEmbed(view: ScheduleView, context: ScheduleRenderContext, budget?: number): APIEmbed {
  const { schedule, lastPrompt } = view;
  const fields = settingsFields(schedule, context);
  fields.push({ name: "Status", value: statusText(schedule) });
  fields.push({ name: "Next posts", value: schedule.paused || schedule.disabledReason ? "None while it is not active." : timestampLines(view.next) });
  fields.push({
    name: "Last post",
    value: lastPrompt
      ? `Day ${lastPrompt.day}, ${time(seconds(lastPrompt.postedAt), TimestampStyles.LongDateTime)}: https://discord.com/channels/${lastPrompt.guildId}/${lastPrompt.channelId}/${lastPrompt.messageId}`
      : "None yet.",
  });
  if (schedule.lastError) {
    const when = schedule.lastErrorAt ? ` (${time(seconds(schedule.lastErrorAt), TimestampStyles.RelativeTime)})` : "";
    fields.push({ name: "Last error", value: `${schedule.lastError}${when}` });
  }
  const problems = recentProblems(view.recentSlots);
  if (problems) fields.push({ name: "Recent days not posted", value: problems });
  return fitEmbed({ title: `Daily prompt "${schedule.name}"`, color: EMBED_COLOUR, fields }, budget);
}

export function scheduleMessage(view: ScheduleView, context: ScheduleRenderContext, headline: string, notes: readonly string[] = []): MessageView {
  return { content: [headline, ...notes].join("\n"), embeds: [scheduleEmbed(view, context)] };
}

export function scheduleListMessage(views: readonly ScheduleView[], context: ScheduleRenderContext): MessageView {
  if (views.length === 0) return { content: "This server has no daily prompt yet. A moderator sets one up with /schedule set." };
  const budget = Math.floor(LIMITS.embedTotal / views.length);
  return {
    ...(views.length > 1 ? { content: `This server has ${views.length} daily-prompt schedules.` } : {}),
    embeds: views.map((view) => scheduleEmbed(view, context, budget)),
  };
}
