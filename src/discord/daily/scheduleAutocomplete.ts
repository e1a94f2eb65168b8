// Autocomplete for the daily-prompt commands: time zones (ranked, with their current UTC offset),
// the server's schedule names, and the loaded readings.
import { ApplicationCommandOptionType, type APIApplicationCommandBasicOption, type AutocompleteInteraction } from "discord.js";
import type { BotContext } from "../../bot/botContext.js";
import { readingChoices, type Choice } from "../../library/autocompleteChoices.js";
import { suggestTimeZones } from "../../schedule/timeZones.js";

export const scheduleNameOption = {
  type: ApplicationCommandOptionType.String,
  name: "name",
  description: "Which schedule, when the server has several (default: the only one)",
  autocomplete: true,
  max_length: 32,
} as const satisfies APIApplicationCommandBasicOption;

export async function scheduleAutocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<Choice[]> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value);
  switch (focused.name) {
    case "timezone":
      return suggestTimeZones(typed, context.clock.now());
    case "essay":
      return readingChoices(context.library, typed);
    case "name": {
      if (!interaction.guildId) return [];
      const wanted = typed.trim().toLowerCase();
      const schedules = await context.store.listSchedules(interaction.guildId);
      return schedules.filter((schedule) => schedule.name.startsWith(wanted)).map((schedule) => ({ name: schedule.name, value: schedule.name }));
    }
    default:
      return [];
  }
}
