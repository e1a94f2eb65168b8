// Which permissions Colloquy needs in a daily-prompt channel, which of them it lacks, and how a
// moderator grants them. Used at `/schedule set` (say exactly what is missing before anything
// fails) and by the posting adapter (never send a request that Discord would refuse with a 403:
// Discord bans bots that pile up invalid requests).
import { PermissionFlagsBits, type PermissionsBitField } from "discord.js";
import type { ChannelKind } from "../../schedule/promptPoster.js";

export interface PermissionNeed {
  flag: bigint;
  /** As Discord's settings name it. */
  name: string;
  /** Why Colloquy needs it, for the moderator. */
  why: string;
}

const need = (flag: bigint, name: string, why: string): PermissionNeed => ({ flag, name, why });

export const VIEW_CHANNEL = need(PermissionFlagsBits.ViewChannel, "View Channel", "to see the channel at all");
export const SEND_MESSAGES = need(PermissionFlagsBits.SendMessages, "Send Messages", "to post the prompt");
export const EMBED_LINKS = need(PermissionFlagsBits.EmbedLinks, "Embed Links", "the prompt is an embed");
export const READ_HISTORY = need(PermissionFlagsBits.ReadMessageHistory, "Read Message History", "to find its own post after a restart instead of posting twice");
export const CREATE_THREADS = need(PermissionFlagsBits.CreatePublicThreads, "Create Public Threads", "to open the thread for answers");
export const SEND_IN_THREADS = need(PermissionFlagsBits.SendMessagesInThreads, "Send Messages in Threads", "to post answers given with the Answer button");
export const PIN_MESSAGES = need(PermissionFlagsBits.PinMessages, "Pin Messages", "to pin the newest prompt and unpin the previous one");
export const FORUM_POSTS = need(PermissionFlagsBits.SendMessages, "Send Messages (Create Posts)", "to create the forum post");

export interface ChannelUse {
  kind: ChannelKind;
  thread: boolean;
  pin: boolean;
}

/** Everything a schedule with these settings needs, in the order a moderator would fix them. */
export function neededForSchedule(use: ChannelUse): PermissionNeed[] {
  if (use.kind === "forum") return [VIEW_CHANNEL, FORUM_POSTS, EMBED_LINKS, SEND_IN_THREADS, READ_HISTORY];
  return [
    VIEW_CHANNEL,
    SEND_MESSAGES,
    EMBED_LINKS,
    READ_HISTORY,
    ...(use.thread ? [CREATE_THREADS, SEND_IN_THREADS] : []),
    ...(use.pin ? [PIN_MESSAGES] : []),
  ];
}

/** What sending the prompt message itself needs (without these, nothing is posted). */
export function neededToPost(kind: ChannelKind): PermissionNeed[] {
  return kind === "forum" ? [VIEW_CHANNEL, FORUM_POSTS, EMBED_LINKS] : [VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS];
}

/**
 * The needs not covered by `granted`, as Discord applies them: without View Channel nothing else
 * counts, so it is then the only one reported (grant it first, then check again).
 */
export function missingFrom(granted: PermissionsBitField | bigint, needs: readonly PermissionNeed[]): PermissionNeed[] {
  const bits = typeof granted === "bigint" ? granted : granted.bitfield;
  if ((bits & PermissionFlagsBits.Administrator) !== 0n) return [];
  const missing = needs.filter((entry) => (bits & entry.flag) !== entry.flag);
  return missing.some((entry) => entry.flag === PermissionFlagsBits.ViewChannel) ? [VIEW_CHANNEL] : missing;
}

export function permissionList(needs: readonly PermissionNeed[]): string {
  const names = needs.map((entry) => `**${entry.name}**`);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** A complete message: what is missing in which channel, why, and where to grant it. */
export function missingPermissionsText(channelMention: string, missing: readonly PermissionNeed[]): string {
  const why = missing.map((entry) => `${entry.name}: ${entry.why}`).join("; ");
  return [
    `Colloquy can't use ${channelMention} for the daily prompt yet: it is missing ${permissionList(missing)} there (${why}).`,
    `To fix it, open the channel's settings → Permissions, add the Colloquy role (or the bot itself) and allow ${missing.length === 1 ? "it" : "them"}; then run /schedule set again.`,
  ].join(" ");
}
