// /questions [section] [private] [essay]: the discussion questions of a section with their types
// (tension, evidence, assumption…), and questions on the whole reading. Without a section: the
// section this channel saw last (else the first).
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { replyWith } from "../src/discord/answer.js";
import type { CommandModule } from "../src/discord/commandModule.js";
import { essayOption, GUILD_ONLY, placeOf, privateOption, readingAutocomplete, sectionOption } from "../src/discord/readingOptions.js";
import { questionsMessage } from "../src/discord/render/questionsMessage.js";
import { requireReading, requireSection } from "../src/discord/resolveOptions.js";
import { UserError } from "../src/discord/userError.js";
import { moreQuestions, questionsForSection } from "../src/library/passageQuestions.js";

const definition = {
  name: "questions",
  description: "Discussion questions on a section, with their types",
  ...GUILD_ONLY,
  options: [sectionOption("Section number or title (default: the one this channel read last)"), privateOption, essayOption],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const questionsCommand: CommandModule = {
  definition,
  async execute(interaction, context) {
    const reading = requireReading(context.library, interaction.options.getString("essay"));
    const sectionText = interaction.options.getString("section");
    const section =
      sectionText !== null
        ? requireSection(reading, sectionText)
        : ((await context.progress.current(placeOf(interaction), reading)) ?? reading.essay.sections[0]);
    if (!section) throw new UserError("This reading has no sections yet. A moderator can check the essay file in the seeds folder.");
    const view = questionsMessage({
      essayTitle: reading.essay.meta.title,
      section,
      sectionCount: reading.essay.sections.length,
      sectionQuestions: questionsForSection(reading, section),
      essayQuestions: moreQuestions(reading, section, []).essay,
    });
    return replyWith(view, { ephemeral: interaction.options.getBoolean("private") ?? false });
  },
  deferAs: (interaction) => (interaction.options.getBoolean("private") ? "ephemeral" : "public"),
  autocomplete: readingAutocomplete,
};
