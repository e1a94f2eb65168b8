// What `npm run register` does: reads the configuration, asks Discord which application the token
// belongs to, PUTs every command definition (in DEV_GUILD_ID when set, else globally) and prints
// what it did. Problems end with a sentence saying how to fix them and exit code 1.
import { REST } from "discord.js";
import { commands } from "../../commands/index.js";
import { explainLoginError } from "../bot/startFailure.js";
import { ConfigError, loadConfig } from "../config/loadConfig.js";
import { registerCommands } from "../discord/registerCommands.js";

export async function runRegister(env: Record<string, string | undefined>, cwd: string, print: (line: string) => void): Promise<number> {
  let config;
  try {
    config = loadConfig(env, cwd);
  } catch (error) {
    if (error instanceof ConfigError) {
      print(error.message);
      return 1;
    }
    throw error;
  }
  if (!config.discordToken) {
    print(
      [
        "DISCORD_TOKEN is not set, so there is no application to register commands for.",
        "Create one at https://discord.com/developers/applications (New Application), open Bot → Reset Token,",
        "copy the token into .env as DISCORD_TOKEN, and run npm run register again. See docs/bot.md for the whole setup.",
        "(The offline sandbox, npm start without a token, registers its commands by itself.)",
      ].join("\n"),
    );
    return 1;
  }
  const rest = new REST({ api: config.discordApiUrl, retries: 1, timeout: 15_000 }).setToken(config.discordToken);
  try {
    const done = await registerCommands(rest, commands.map((command) => command.definition), config.devGuildId);
    const where = done.scope.kind === "guild" ? `in server ${done.scope.guildId} (DEV_GUILD_ID; they appear at once)` : "globally (every server the bot is in; Discord may take a few minutes to show changes)";
    print(`Registered ${done.commands.length} commands for ${done.applicationName} (application ${done.applicationId}) ${where}:`);
    for (const command of done.commands) print(`  /${command.name} — ${command.description}`);
    return 0;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) {
      print(
        config.devGuildId
          ? `Discord refused to register commands in server ${config.devGuildId} (${status}). Check that DEV_GUILD_ID is a server the bot was invited to, with the applications.commands scope (docs/bot.md has the invite link).`
          : `Discord refused to register the commands (${status}). Check that the token belongs to the application you mean.`,
      );
      return 1;
    }
    print(explainLoginError(error, config.discordApiUrl).message);
    return 1;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
