// What discord.js's cache (kept current by the Guilds intent's channel, role and member events)
// says about the bot in a channel: its permissions, that the channel is gone, or that the cache
// cannot tell (guild unavailable or not cached), in which case Discord decides.
import type { Client, PermissionsBitField } from "discord.js";

export type ChannelAccess =
  | { state: "known"; permissions: PermissionsBitField }
  | { state: "gone" }
  | { state: "unknown" };

export function botAccessIn(client: Client, guildId: string, channelId: string): ChannelAccess {
  const guild = client.guilds.cache.get(guildId);
  if (!guild || !guild.available) return { state: "unknown" };
  const channel = guild.channels.cache.get(channelId);
  if (!channel) return { state: "gone" };
  const me = guild.members.me;
  if (!me) return { state: "unknown" };
  const permissions = channel.permissionsFor(me);
  return permissions ? { state: "known", permissions } : { state: "unknown" };
}
