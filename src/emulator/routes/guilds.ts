// Guild reads the bot needs for permission checks: the guild, its channels and roles, and
// members (one, or a page of them).
import { missingAccess, unknownGuild, unknownMember, unknownRole } from "../errors.js";
import { ok, type RouteContext, type RouteDefinition } from "../http/context.js";
import { compareSnowflakes } from "../ids.js";
import type { ChannelRecord, GuildRecord } from "../state/records.js";
import { channelPayload, guildPayload, memberPayload, rolePayload } from "../state/serialize.js";

function botGuild({ services: { state }, params }: RouteContext): GuildRecord {
  const guild = state.guilds.get(params.guild_id ?? "");
  if (!guild) throw unknownGuild();
  if (!guild.members.has(state.botUser.id)) throw missingAccess();
  return guild;
}

export const guildRoutes: RouteDefinition[] = [
  {
    method: "GET",
    route: "/guilds/{guild_id}",
    auth: "bot",
    handle: (context) => {
      const guild = botGuild(context);
      const counts =
        context.query.with_counts === "true"
          ? { approximate_member_count: guild.members.size, approximate_presence_count: 0 }
          : {};
      return ok({ ...guildPayload(guild), ...counts });
    },
  },
  {
    method: "GET",
    route: "/guilds/{guild_id}/channels",
    auth: "bot",
    handle: (context) => {
      const guild = botGuild(context);
      const channels = [...guild.channelIds]
        .map((id) => context.services.state.channels.get(id))
        .filter((channel): channel is ChannelRecord => channel !== undefined);
      return ok(channels.map(channelPayload));
    },
  },
  {
    method: "GET",
    route: "/guilds/{guild_id}/roles",
    auth: "bot",
    handle: (context) => ok([...botGuild(context).roles.values()].map(rolePayload)),
  },
  {
    method: "GET",
    route: "/guilds/{guild_id}/roles/{role_id}",
    auth: "bot",
    handle: (context) => {
      const role = botGuild(context).roles.get(context.params.role_id ?? "");
      if (!role) throw unknownRole();
      return ok(rolePayload(role));
    },
  },
  {
    method: "GET",
    route: "/guilds/{guild_id}/members/{user_id}",
    auth: "bot",
    handle: (context) => {
      const guild = botGuild(context);
      const member = guild.members.get(context.params.user_id ?? "");
      const user = member && context.services.state.users.get(member.userId);
      if (!member || !user) throw unknownMember();
      return ok(memberPayload(member, user));
    },
  },
  {
    method: "GET",
    route: "/guilds/{guild_id}/members",
    auth: "bot",
    handle: (context) => {
      const guild = botGuild(context);
      const limit = Math.min(Math.max(Number(context.query.limit ?? 1), 1), 1000);
      const after = context.query.after ?? "0";
      const { users } = context.services.state;
      const page = [...guild.members.values()]
        .filter((member) => compareSnowflakes(member.userId, after) > 0)
        .sort((a, b) => compareSnowflakes(a.userId, b.userId))
        .slice(0, limit);
      return ok(page.flatMap((member) => {
        const user = users.get(member.userId);
        return user ? [memberPayload(member, user)] : [];
      }));
    },
  },
];
