// /prompt now|preview (moderators): post the next daily prompt at once (it counts as today's post
// when today's has not been made yet), or see it privately exactly as it will look. Also routes the
// prompt's Answer button and its form (src/discord/daily/answerPrompt.ts), which every member uses.
import { ApplicationCommandOptionType, TimestampStyles, time, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { BotContext } from "../src/bot/botContext.js";
import { replyWith, type Answer } from "../src/discord/answer.js";
import type { CommandModule } from "../src/discord/commandModule.js";
import { answerButton, answerForm } from "../src/discord/daily/answerPrompt.js";
import { MODERATOR_ONLY, requireManageServer } from "../src/discord/daily/moderatorOnly.js";
import { scheduleAutocomplete, scheduleNameOption } from "../src/discord/daily/scheduleAutocomplete.js";
import { scheduleName } from "../src/discord/daily/scheduleOptions.js";
import { GUILD_ONLY, placeOf } from "../src/discord/readingOptions.js";
import { ANSWER_ACTIONS, promptMessage } from "../src/discord/render/promptMessage.js";
import { UserError } from "../src/discord/userError.js";
import { findSchedule } from "../src/schedule/scheduleManager.js";
import type { ScheduleRecord } from "../src/store/store.js";

const definition = {
  name: "prompt",
  description: "Post the daily prompt now, or preview the next one",
  ...GUILD_ONLY,
  ...MODERATOR_ONLY,
  options: [
    { type: ApplicationCommandOptionType.Subcommand, name: "now", description: "Post the next prompt now (it counts as today's post)", options: [scheduleNameOption] },
    { type: ApplicationCommandOptionType.Subcommand, name: "preview", description: "See the next prompt exactly as it will look (only you)", options: [scheduleNameOption] },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

async function scheduleFor(interaction: ChatInputCommandInteraction, context: BotContext): Promise<ScheduleRecord> {
  const found = await findSchedule(context, placeOf(interaction).guildId, scheduleName(interaction.options.getString("name")));
  if (!found.ok) throw new UserError(found.error);
  return found.value;
}

const NO_READING = "There is no reading to post from: no essay is loaded, or it has no section with an excerpt and a question. Add an essay to the seeds folder and restart Colloquy.";

async function now(schedule: ScheduleRecord, context: BotContext): Promise<Answer> {
  const outcome = await context.scheduler.postNow(schedule.guildId, schedule.id);
  if (outcome.status === "no-schedule") throw new UserError("That schedule was removed meanwhile. /schedule show lists the current ones.");
  if (outcome.status === "posted") {
    const { prompt } = outcome;
    const where = `https://discord.com/channels/${prompt.guildId}/${prompt.channelId}/${prompt.messageId}`;
    const counts = outcome.countsAsToday ? "It counts as today's post: the scheduled one won't follow today." : "Today's post was already made, so this is an extra prompt.";
    const problem = outcome.problem ? `\nBut: ${outcome.problem}` : "";
    return replyWith({ content: `Posted Day ${prompt.day} in <#${prompt.channelId}>: ${where}\n${counts}${problem}` }, { ephemeral: true });
  }
  if (outcome.status === "failed" && outcome.reason === "no-essay") throw new UserError(NO_READING);
  throw new UserError(`The prompt was not posted: ${outcome.error}`);
}

async function preview(schedule: ScheduleRecord, context: BotContext): Promise<Answer> {
  const next = await context.scheduler.previewNext(schedule.guildId, schedule.id);
  if (!next) throw new UserError(NO_READING);
  const when = next.at ? `due ${time(Math.floor(next.at.getTime() / 1000), TimestampStyles.LongDateTime)}` : "not planned while the schedule is paused or stopped";
  const answerPlace = schedule.channelKind === "forum" || schedule.thread ? "thread" : "reply";
  const body = promptMessage(next.content, { roleId: schedule.roleId, nonce: "preview", answerPlace, preview: true });
  const heading = `Preview of the next prompt of "${schedule.name}" in <#${schedule.channelId}>, ${when}${schedule.channelKind === "forum" ? " (as a forum post)" : schedule.thread ? ", with a thread for answers" : ""}:`;
  return replyWith({ content: [heading, body.content].filter(Boolean).join("\n"), embeds: body.embeds, components: body.components }, { ephemeral: true });
}

export const promptCommand: CommandModule = {
  definition,
  async execute(interaction, context) {
    requireManageServer(interaction);
    const schedule = await scheduleFor(interaction, context);
    return interaction.options.getSubcommand(true) === "now" ? now(schedule, context) : preview(schedule, context);
  },
  deferAs: () => "ephemeral",
  autocomplete: scheduleAutocomplete,
  components: { [ANSWER_ACTIONS.button]: answerButton },
  modals: { [ANSWER_ACTIONS.modal]: answerForm },
};
