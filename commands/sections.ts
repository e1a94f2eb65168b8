// /sections [essay]: the reading's table of contents. Answered only to the member who asks: it is
// a reference to find one's way, not something for the channel to discuss.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { replyWith } from "../src/discord/answer.js";
import type { CommandModule } from "../src/discord/commandModule.js";
import { essayOption, GUILD_ONLY, readingAutocomplete } from "../src/discord/readingOptions.js";
import { sectionsMessage } from "../src/discord/render/sectionsMessage.js";
import { requireReading } from "../src/discord/resolveOptions.js";

const definition = {
  name: "sections",
  description: "The reading's table of contents: every section with its paragraphs",
  ...GUILD_ONLY,
  options: [essayOption],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const sectionsCommand: CommandModule = {
  definition,
  async execute(interaction, context) {
    const reading = requireReading(context.library, interaction.options.getString("essay"));
    const others = context.library.readings.filter((other) => other !== reading).map((other) => other.essay.meta.title);
    return replyWith(sectionsMessage(reading.essay, others), { ephemeral: true });
  },
  deferAs: () => "ephemeral",
  autocomplete: readingAutocomplete,
};
