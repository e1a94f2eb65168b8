// /help: what Colloquy does and how to use it, answered only to the member who asks.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { replyWith } from "../src/discord/answer.js";
import type { CommandModule } from "../src/discord/commandModule.js";
import { GUILD_ONLY } from "../src/discord/readingOptions.js";
import { helpMessage } from "../src/discord/render/helpMessage.js";

const definition = {
  name: "help",
  description: "What Colloquy does and how to use it",
  ...GUILD_ONLY,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const helpCommand: CommandModule = {
  definition,
  async execute(_interaction, context) {
    const view = helpMessage({
      commands: context.commands.map((command) => command.definition),
      readings: context.library.readings.map((reading) => ({ title: reading.essay.meta.title, sections: reading.essay.sections.length })),
    });
    return replyWith(view, { ephemeral: true });
  },
  deferAs: () => "ephemeral",
};
