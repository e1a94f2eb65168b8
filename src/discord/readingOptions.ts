// The options several commands share (which reading, which section, only for me), their
// autocomplete, and where an interaction happened, so each command module stays a screen long.
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type AutocompleteInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { BotContext } from "../bot/botContext.js";
import { readingChoices, sectionChoices, type Choice } from "../library/autocompleteChoices.js";
import type { ChannelPlace } from "../library/channelProgress.js";
import { findReading } from "../library/library.js";
import { UserError } from "./userError.js";

/** Colloquy's commands are used in server channels, by a bot installed in the server. */
export const GUILD_ONLY: Pick<RESTPostAPIChatInputApplicationCommandsJSONBody, "contexts" | "integration_types"> = {
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

export function sectionOption(description: string) {
  return { type: ApplicationCommandOptionType.String, name: "section", description, autocomplete: true, max_length: 100 } as const satisfies APIApplicationCommandBasicOption;
}

export const essayOption = {
  type: ApplicationCommandOptionType.String,
  name: "essay",
  description: "Which reading, when several are loaded (default: the first)",
  autocomplete: true,
  max_length: 100,
} as const satisfies APIApplicationCommandBasicOption;

export const privateOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "private",
  description: "Show the answer only to you (default: everyone in the channel sees it)",
} as const satisfies APIApplicationCommandBasicOption;

/** Suggestions for the `essay` and `section` options (sections of the reading chosen so far). */
export async function readingAutocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<Choice[]> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value);
  if (focused.name === "essay") return readingChoices(context.library, typed);
  if (focused.name !== "section") return [];
  const lookup = findReading(context.library, interaction.options.getString("essay"));
  const reading = lookup.kind === "found" ? lookup.reading : context.library.defaultReading;
  return reading ? sectionChoices(reading.essay, typed) : [];
}

export function placeOf(interaction: { guildId: string | null; channelId: string | null }): ChannelPlace {
  if (!interaction.guildId || !interaction.channelId) throw new UserError("Colloquy's commands work in a server's channels, not in direct messages.");
  return { guildId: interaction.guildId, channelId: interaction.channelId };
}
