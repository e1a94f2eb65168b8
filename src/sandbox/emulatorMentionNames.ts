// The names behind mentions, read from the emulator's state at the moment a message is shown, so a
// renamed channel or a new thread reads right: channels and threads by id, roles of any guild, and
// users as their member of the sandbox's server (nickname first), as Discord names them.
import type { Emulator } from "../emulator/index.js";
import type { MentionNames } from "./readableMentions.js";

export function emulatorMentionNames(emulator: Emulator, guildId: string): MentionNames {
  const { state } = emulator;
  return {
    channel: (id) => state.channels.get(id)?.name,
    role(id) {
      for (const guild of state.guilds.values()) {
        const role = guild.roles.get(id);
        if (role) return role.name;
      }
      return undefined;
    },
    user(id) {
      const user = state.users.get(id);
      if (!user) return undefined;
      return state.guilds.get(guildId)?.members.get(id)?.nick ?? user.globalName ?? user.username;
    },
  };
}
