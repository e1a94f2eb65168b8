// The demo server of the offline sandbox: "Colloquy sandbox" with #study-group (where you try the
// commands), a forum channel and an announcement channel for daily prompts, a moderator who may
// manage the server and an ordinary member.
import { buildGuild, type GuildBuilder } from "../emulator/index.js";

export const SANDBOX = {
  guild: "Colloquy sandbox",
  channel: "study-group",
  forum: "reading-forum",
  announcements: "announcements",
  member: "member",
  moderator: "moderator",
  moderatorRole: "Moderators",
  readerRole: "Readers",
} as const;

export function sandboxGuild(): GuildBuilder {
  return buildGuild(SANDBOX.guild)
    .role(SANDBOX.moderatorRole, { permissions: ["ManageGuild", "ManageMessages", "ManageThreads"] })
    .role(SANDBOX.readerRole, { mentionable: true })
    .text(SANDBOX.channel, { topic: "Read together, talk it over" })
    .forum(SANDBOX.forum)
    .announcement(SANDBOX.announcements)
    .member(SANDBOX.moderator, { roles: [SANDBOX.moderatorRole, SANDBOX.readerRole] })
    .member(SANDBOX.member, { roles: [SANDBOX.readerRole] });
}
