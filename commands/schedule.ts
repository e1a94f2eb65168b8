// /schedule set|show|pause|resume|skip|clear: moderators set up and steer the daily prompt. The
// options are read by src/discord/daily/scheduleOptions.ts, the work is done by
// src/schedule/scheduleManager.ts, and the replies are rendered by render/scheduleMessages.ts; all
// replies are ephemeral (only the moderator sees them).
import { ApplicationCommandOptionType, ChannelType, type APIApplicationCommandSubcommandOption, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { BotContext } from "../src/bot/botContext.js";
import { replyWith, type Answer } from "../src/discord/answer.js";
import type { CommandModule } from "../src/discord/commandModule.js";
import { MODERATOR_ONLY, requireManageServer } from "../src/discord/daily/moderatorOnly.js";
import { scheduleAutocomplete, scheduleNameOption } from "../src/discord/daily/scheduleAutocomplete.js";
import { readScheduleOptions, requireChannelPermissions, scheduleName } from "../src/discord/daily/scheduleOptions.js";
import { essayOption, GUILD_ONLY, placeOf } from "../src/discord/readingOptions.js";
import { scheduleListMessage, scheduleMessage, timestampLines, type ScheduleRenderContext } from "../src/discord/render/scheduleMessages.js";
import { UserError } from "../src/discord/userError.js";
import type { Parsed } from "../src/schedule/scheduleRule.js";
import { clearSchedule, findSchedule, pauseSchedule, resumeSchedule, setSchedule, showSchedules, skipNextPost } from "../src/schedule/scheduleManager.js";

function nameOnly(name: string, description: string): APIApplicationCommandSubcommandOption {
  return { type: ApplicationCommandOptionType.Subcommand, name, description, options: [scheduleNameOption] };
}

const definition = {
  name: "schedule",
  description: "Set up and steer the daily prompt",
  ...GUILD_ONLY,
  ...MODERATOR_ONLY,
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "set",
      description: "Post a daily prompt in a channel at a time of day, in your time zone",
      options: [
        { type: ApplicationCommandOptionType.Channel, name: "channel", description: "A text, announcement or forum channel", required: true, channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum] },
        { type: ApplicationCommandOptionType.String, name: "time", description: "Time of day, e.g. 09:00, 9am, 9:30 pm", required: true, max_length: 20 },
        { type: ApplicationCommandOptionType.String, name: "timezone", description: "Your time zone: start typing a city, e.g. Europe/London", required: true, autocomplete: true, max_length: 100 },
        { type: ApplicationCommandOptionType.String, name: "days", description: "daily (default), weekdays, weekends, mon,wed,fri or mon-fri", max_length: 100 },
        { type: ApplicationCommandOptionType.Role, name: "role", description: "A role to ping with each prompt (default: nobody)" },
        { type: ApplicationCommandOptionType.Boolean, name: "thread", description: "Open a thread for answers on each prompt (default: yes)" },
        { type: ApplicationCommandOptionType.Boolean, name: "pin", description: "Pin the newest prompt and unpin the previous one (default: no)" },
        { ...scheduleNameOption, description: "Name of this schedule, when you want several (default: main)" },
        { ...essayOption, description: "Which reading to post from (default: the first loaded)" },
      ],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: "show", description: "Settings, the next five posting times, the last post and the last error", options: [scheduleNameOption] },
    nameOnly("pause", "Pause posting until you resume"),
    nameOnly("resume", "Resume posting from now on"),
    nameOnly("skip", "Skip the next post only"),
    nameOnly("clear", "Remove the schedule (past prompts and stats stay)"),
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

function renderContext(context: BotContext): ScheduleRenderContext {
  return {
    now: context.clock.now(),
    readingTitle: (essayId) => (essayId === null ? context.library.defaultReading : context.library.byId(essayId))?.essay.meta.title ?? null,
  };
}

function unwrap<T>(result: Parsed<T>): T {
  if (!result.ok) throw new UserError(result.error);
  return result.value;
}

async function set(interaction: ChatInputCommandInteraction, context: BotContext, guildId: string): Promise<Answer> {
  const { input, notes } = readScheduleOptions(interaction, context.library);
  requireChannelPermissions(interaction, input);
  const view = unwrap(await setSchedule(context, guildId, input));
  const { schedule } = view;
  // The card below lists the next five posts; the headline gives only the first, so the times
  // are not read twice.
  const first = view.next.length > 0 ? `First post: ${timestampLines(view.next.slice(0, 1))}, shown in your own time zone; the card lists the next five.` : "No post is planned (see the card).";
  const headline = `${view.created ? "Daily prompt set up" : "Daily prompt changed"}: "${schedule.name}" posts in <#${schedule.channelId}>.\n${first}`;
  return replyWith(scheduleMessage(view, renderContext(context), headline, notes), { ephemeral: true });
}

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<Answer> {
  requireManageServer(interaction);
  const { guildId } = placeOf(interaction);
  const subcommand = interaction.options.getSubcommand(true);
  if (subcommand === "set") return set(interaction, context, guildId);
  const name = scheduleName(interaction.options.getString("name"));
  const rendered = (view: Parameters<typeof scheduleMessage>[0], headline: string) => replyWith(scheduleMessage(view, renderContext(context), headline), { ephemeral: true });
  switch (subcommand) {
    case "show": {
      if (name) {
        const schedule = unwrap(await findSchedule(context, guildId, name));
        const views = await showSchedules(context, guildId);
        return replyWith(scheduleListMessage(views.filter((view) => view.schedule.id === schedule.id), renderContext(context)), { ephemeral: true });
      }
      return replyWith(scheduleListMessage(await showSchedules(context, guildId), renderContext(context)), { ephemeral: true });
    }
    case "pause": {
      const view = unwrap(await pauseSchedule(context, guildId, name));
      return rendered(view, `Paused "${view.schedule.name}": no prompts until you run /schedule resume.`);
    }
    case "resume": {
      const view = unwrap(await resumeSchedule(context, guildId, name));
      return rendered(view, `Resumed "${view.schedule.name}" from now on. Next post: ${timestampLines(view.next.slice(0, 1))}`);
    }
    case "skip": {
      const view = unwrap(await skipNextPost(context, guildId, name));
      return rendered(view, `Skipping the post of ${view.skipped.localDate} (${timestampLines([view.skipped]).split(" (")[0]}) of "${view.schedule.name}". /schedule resume cancels the skip.`);
    }
    case "clear": {
      const removed = unwrap(await clearSchedule(context, guildId, name));
      return replyWith({ content: `Removed the daily prompt "${removed.name}". Its past prompts and everyone's participation stay for /stats. /schedule set starts a new one.` }, { ephemeral: true });
    }
    default:
      throw new UserError(`Colloquy doesn't know /schedule ${subcommand}. Try /schedule show.`);
  }
}

export const scheduleCommand: CommandModule = {
  definition,
  execute,
  deferAs: () => "ephemeral",
  autocomplete: scheduleAutocomplete,
};
