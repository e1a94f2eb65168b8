// /help: what Colloquy does, every command it serves (read from the command definitions, so a
// command added to commands/index.ts appears here by itself), the card's buttons, and the
// reading(s) loaded.
import { ApplicationCommandOptionType, type APIApplicationCommandOption, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { fitEmbed } from "./fitEmbed.js";
import { plainText } from "./markdownText.js";
import { EMBED_COLOUR, type MessageView } from "./messageView.js";

export interface HelpInput {
  commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
  readings: readonly { title: string; sections: number }[];
}

const INTRO =
  "Colloquy turns a reading into your study group's conversation: a passage of the text, a few open questions, and you talk it over here.";

const BUTTONS =
  "**Next section** posts the following section for everyone. **Another excerpt** posts a different passage of the same section. " +
  "**More questions** shows you (only you) further questions on the section. On a private card the buttons change the card instead.";

export function helpMessage(input: HelpInput): MessageView {
  const fields = input.commands.map((command) => ({
    name: `${usage(command)}${command.default_member_permissions ? " · moderators" : ""}`,
    value: [command.description, ...optionLines(command.options ?? [])].join("\n"),
  }));
  fields.push({ name: "Buttons on an excerpt", value: BUTTONS });
  const readings = input.readings.map((reading) => `${plainText(reading.title)} (${reading.sections} sections)`);
  fields.push({
    name: input.readings.length > 1 ? "Readings (the first is the default)" : "Reading",
    value: readings.length > 0 ? readings.join("\n") : "None loaded yet: a moderator adds an essay file to the seeds folder.",
  });
  return { embeds: [fitEmbed({ title: "Colloquy", description: INTRO, color: EMBED_COLOUR, fields })] };
}

function usage(command: RESTPostAPIChatInputApplicationCommandsJSONBody): string {
  const options = command.options ?? [];
  const subcommands = options.filter((option) => option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup);
  if (subcommands.length > 0) return `/${command.name} ${subcommands.map((option) => option.name).join(" | ")}`;
  return [`/${command.name}`, ...options.map((option) => ("required" in option && option.required ? option.name : `[${option.name}]`))].join(" ");
}

function optionLines(options: readonly APIApplicationCommandOption[]): string[] {
  return options.map((option) => `• \`${option.name}\`: ${option.description}`);
}
