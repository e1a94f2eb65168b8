// Application commands: bulk overwrite (PUT), list (GET), create/upsert (POST), get and delete
// one, globally and per guild.
import { unknownCommand, unknownGuild } from "../errors.js";
import { created, noContent, ok, type RouteContext, type RouteDefinition } from "../http/context.js";

const GLOBAL = "/applications/{application_id}/commands";
const GUILD = "/applications/{application_id}/guilds/{guild_id}/commands";

function scope({ services, params }: RouteContext): string | null {
  if (params.application_id !== services.state.applicationId) throw unknownCommand();
  const guildId = params.guild_id;
  if (guildId === undefined) return null;
  if (!services.state.guilds.has(guildId)) throw unknownGuild();
  return guildId;
}

function commandRoutes(base: string): RouteDefinition[] {
  return [
    {
      method: "PUT",
      route: base,
      auth: "bot",
      handle: (context) => ok(context.services.commands.bulkOverwrite(scope(context), context.body)),
    },
    {
      method: "GET",
      route: base,
      auth: "bot",
      handle: (context) => ok(context.services.commands.list(scope(context))),
    },
    {
      method: "POST",
      route: base,
      auth: "bot",
      handle: (context) => {
        const { command, created: isNew } = context.services.commands.upsert(scope(context), context.body);
        return isNew ? created(command) : ok(command);
      },
    },
    {
      method: "GET",
      route: `${base}/{command_id}`,
      auth: "bot",
      handle: (context) => {
        const command = context.services.commands.get(scope(context), context.params.command_id ?? "");
        if (!command) throw unknownCommand();
        return ok(command);
      },
    },
    {
      method: "DELETE",
      route: `${base}/{command_id}`,
      auth: "bot",
      handle: (context) => {
        if (!context.services.commands.delete(scope(context), context.params.command_id ?? "")) throw unknownCommand();
        return noContent();
      },
    },
  ];
}

export const applicationCommandRoutes: RouteDefinition[] = [...commandRoutes(GLOBAL), ...commandRoutes(GUILD)];
