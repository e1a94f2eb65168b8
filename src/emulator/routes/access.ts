// Permission gates shared by the channel routes: what Discord answers when the bot cannot see
// a channel (403 50001 Missing Access) or lacks a permission there (403 50013).
import { PermissionFlagsBits } from "discord.js";
import { missingAccess, missingPermissions } from "../errors.js";
import type { ChannelRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";

/** The channel (or thread), if it exists (else 404 10003) and the bot can view it (else 403 50001). */
export function viewableChannel(state: EmulatorState, channelId: string | undefined): ChannelRecord {
  const channel = state.requireChannel(channelId ?? "");
  if ((state.botPermissionsIn(channel) & PermissionFlagsBits.ViewChannel) === 0n) throw missingAccess();
  return channel;
}

/** Throws 403 50013 unless the bot has every one of `bits` in the channel. */
export function requireBotPermissions(state: EmulatorState, channel: ChannelRecord, bits: bigint): void {
  if ((state.botPermissionsIn(channel) & bits) !== bits) throw missingPermissions();
}

export function botHas(state: EmulatorState, channel: ChannelRecord, bit: bigint): boolean {
  return (state.botPermissionsIn(channel) & bit) === bit;
}

/** The permission that lets the bot post in this channel: Send Messages, or in a thread Send Messages in Threads. */
export function sendPermission(channel: ChannelRecord): bigint {
  return channel.thread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
}
