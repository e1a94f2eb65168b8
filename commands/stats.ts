// /stats [me]: the server's participation in the daily prompts (members per day, active members,
// streaks), for everyone to see; with me:true, your own, only for you.
import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { replyWith } from "../src/discord/answer.js";
import type { CommandModule } from "../src/discord/commandModule.js";
import { ownStats, serverStats } from "../src/discord/daily/participationStats.js";
import { GUILD_ONLY, placeOf } from "../src/discord/readingOptions.js";
import { groupStatsMessage, memberStatsMessage } from "../src/discord/render/statsMessage.js";

const definition = {
  name: "stats",
  description: "Who is taking part in the daily prompts: per day, active members, streaks",
  ...GUILD_ONLY,
  options: [{ type: ApplicationCommandOptionType.Boolean, name: "me", description: "Show your own participation instead (only you see it)" }],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const statsCommand: CommandModule = {
  definition,
  async execute(interaction, context) {
    const { guildId } = placeOf(interaction);
    if (interaction.options.getBoolean("me")) return replyWith(memberStatsMessage(await ownStats(context, guildId, interaction.user.id)), { ephemeral: true });
    const { stats, zone } = await serverStats(context, guildId);
    return replyWith(groupStatsMessage(stats, zone));
  },
  deferAs: (interaction) => (interaction.options.getBoolean("me") ? "ephemeral" : "public"),
};
