// Registers Colloquy's slash commands with one bulk overwrite (PUT): idempotent, so running it
// again changes nothing, and commands removed from commands/index.ts disappear. In one server
// (DEV_GUILD_ID, instant) or globally (every server the bot is in).
import { Routes, type APIApplication, type APIApplicationCommand, type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";

export interface Registration {
  applicationId: string;
  applicationName: string;
  scope: { kind: "guild"; guildId: string } | { kind: "global" };
  commands: APIApplicationCommand[];
}

export async function registerCommands(
  rest: REST,
  definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
  guildId: string | undefined,
): Promise<Registration> {
  const application = (await rest.get(Routes.currentApplication())) as APIApplication;
  const route = guildId ? Routes.applicationGuildCommands(application.id, guildId) : Routes.applicationCommands(application.id);
  const commands = (await rest.put(route, { body: definitions })) as APIApplicationCommand[];
  return {
    applicationId: application.id,
    applicationName: application.name,
    scope: guildId ? { kind: "guild", guildId } : { kind: "global" },
    commands,
  };
}
