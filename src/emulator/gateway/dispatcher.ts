// Turns state changes into gateway dispatches, honouring intents the way Discord does:
// Guilds for guild/channel/thread/role/pin events, Guild Members for member events (the bot's
// own member updates are sent regardless), Guild Messages for messages in channels the bot can
// see, and Message Content for the text of other people's messages.
import { GatewayIntentBits } from "discord.js";
import { channelPayload, guildPayload, memberPayload, rolePayload } from "../state/serialize.js";
import type { StoredMessage } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { botCanView, guildCreatePayload, messageDispatch, withoutContent } from "./payloads.js";
import type { GatewayServer } from "./server.js";

const GUILDS = GatewayIntentBits.Guilds;
const GUILD_MEMBERS = GatewayIntentBits.GuildMembers;
const GUILD_MESSAGES = GatewayIntentBits.GuildMessages;
const MESSAGE_CONTENT = GatewayIntentBits.MessageContent;

export function connectDispatcher(state: EmulatorState, gateway: GatewayServer): () => void {
  const { events } = state;
  // Builds a payload at most once per event, and only if a session will receive it.
  const send = (guildId: string, event: string, intent: number, build: () => unknown) => {
    let payload: unknown;
    let built = false;
    gateway.dispatchToGuild(guildId, event, intent, () => {
      if (!built) {
        payload = build();
        built = true;
      }
      return payload;
    });
  };
  const stops = [
    events.on("guildCreate", (guild) => {
      if (guild.members.has(state.botUser.id)) send(guild.id, "GUILD_CREATE", GUILDS, () => guildCreatePayload(state, guild));
    }),
    events.on("guildUpdate", (guild) => send(guild.id, "GUILD_UPDATE", GUILDS, () => guildPayload(guild))),
    events.on("guildDelete", (guild) => send(guild.id, "GUILD_DELETE", GUILDS, () => ({ id: guild.id }))),
    events.on("channelCreate", (channel) => send(channel.guildId, "CHANNEL_CREATE", GUILDS, () => channelPayload(channel))),
    events.on("channelUpdate", (channel) => send(channel.guildId, "CHANNEL_UPDATE", GUILDS, () => channelPayload(channel))),
    events.on("channelDelete", (channel) =>
      send(channel.guildId, channel.thread ? "THREAD_DELETE" : "CHANNEL_DELETE", GUILDS, () => channelPayload(channel)),
    ),
    events.on("threadCreate", ({ thread, newlyCreated }) => {
      if (!botCanView(state, thread)) return;
      send(thread.guildId, "THREAD_CREATE", GUILDS, () => ({ ...channelPayload(thread), ...(newlyCreated ? { newly_created: true } : {}) }));
    }),
    events.on("threadUpdate", (thread) => {
      if (botCanView(state, thread)) send(thread.guildId, "THREAD_UPDATE", GUILDS, () => channelPayload(thread));
    }),
    events.on("roleCreate", ({ guildId, role }) =>
      send(guildId, "GUILD_ROLE_CREATE", GUILDS, () => ({ guild_id: guildId, role: rolePayload(role) })),
    ),
    events.on("roleUpdate", ({ guildId, role }) =>
      send(guildId, "GUILD_ROLE_UPDATE", GUILDS, () => ({ guild_id: guildId, role: rolePayload(role) })),
    ),
    events.on("memberAdd", ({ guildId, member }) =>
      send(guildId, "GUILD_MEMBER_ADD", GUILD_MEMBERS, () => ({ ...memberPayload(member, state.userOrThrow(member.userId)), guild_id: guildId })),
    ),
    events.on("memberUpdate", ({ guildId, member }) => {
      const intent = member.userId === state.botUser.id ? 0 : GUILD_MEMBERS;
      send(guildId, "GUILD_MEMBER_UPDATE", intent, () => ({ ...memberPayload(member, state.userOrThrow(member.userId)), guild_id: guildId }));
    }),
    events.on("pinsUpdate", ({ guildId, channelId, lastPinTimestamp }) =>
      send(guildId, "CHANNEL_PINS_UPDATE", GUILDS, () => ({ guild_id: guildId, channel_id: channelId, last_pin_timestamp: lastPinTimestamp })),
    ),
    events.on("messageCreate", (stored) => dispatchMessage(state, gateway, "MESSAGE_CREATE", stored)),
    events.on("messageUpdate", (stored) => dispatchMessage(state, gateway, "MESSAGE_UPDATE", stored)),
    events.on("messageDelete", (stored) => {
      if (stored.ephemeral || !visible(state, stored)) return;
      send(stored.guildId, "MESSAGE_DELETE", GUILD_MESSAGES, () => ({
        id: stored.message.id,
        channel_id: stored.channelId,
        guild_id: stored.guildId,
      }));
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

function visible(state: EmulatorState, stored: StoredMessage): boolean {
  const channel = state.channels.get(stored.channelId);
  return channel !== undefined && botCanView(state, channel);
}

function dispatchMessage(state: EmulatorState, gateway: GatewayServer, event: string, stored: StoredMessage): void {
  if (stored.ephemeral || !visible(state, stored)) return;
  let full: Record<string, unknown> | null = null;
  let blanked: Record<string, unknown> | null = null;
  gateway.dispatchToGuild(stored.guildId, event, GUILD_MESSAGES, (session) => {
    full ??= messageDispatch(state, stored);
    if (session.hasIntent(MESSAGE_CONTENT)) return full;
    blanked ??= withoutContent(state, stored, full);
    return blanked;
  });
}
