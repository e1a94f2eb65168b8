// /forget-me: erases what Colloquy recorded about you in this server (which daily prompts you
// answered, and when; it never records what you wrote). Asks first, with buttons only you see.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { replyWith, updateWith } from "../src/discord/answer.js";
import type { CommandModule, ComponentHandler } from "../src/discord/commandModule.js";
import { encodeCustomId } from "../src/discord/customIds.js";
import { GUILD_ONLY, placeOf } from "../src/discord/readingOptions.js";
import { buttonRows } from "../src/discord/render/buttonRows.js";
import { UserError } from "../src/discord/userError.js";

const ACTIONS = { erase: "forget-yes", keep: "forget-no" } as const;

const definition = {
  name: "forget-me",
  description: "Erase your recorded participation in this server (asks first)",
  ...GUILD_ONLY,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The buttons carry the member's id: only they can confirm (the card is ephemeral anyway). */
function sameMember(interaction: { user: { id: string } }, args: readonly string[]): void {
  if (args[0] !== interaction.user.id) throw new UserError("These buttons belong to someone else's /forget-me. Run /forget-me yourself to erase your own record.");
}

const erase: ComponentHandler = {
  async handle(interaction, args, context) {
    sameMember(interaction, args);
    const removed = await context.store.eraseMember(placeOf(interaction).guildId, interaction.user.id);
    const what = removed === 0 ? "There was nothing recorded about you here." : `Erased ${removed} record${removed === 1 ? "" : "s"} of your participation.`;
    return updateWith({ content: `Done. ${what} Your answers posted in threads stay where they are (delete them in Discord if you wish). If you answer again, that will be recorded anew.`, components: [] });
  },
};

const keep: ComponentHandler = {
  async handle(interaction, args) {
    sameMember(interaction, args);
    return updateWith({ content: "Nothing was erased.", components: [] });
  },
};

export const forgetMeCommand: CommandModule = {
  definition,
  async execute(interaction) {
    placeOf(interaction);
    return replyWith(
      {
        content:
          "Colloquy records which daily prompts you answered in this server, and when — never what you wrote. Erase that record? Your /stats and streaks here start again from zero.",
        components: buttonRows([
          { label: "Erase my record", customId: encodeCustomId(ACTIONS.erase, interaction.user.id), style: "primary" },
          { label: "Keep it", customId: encodeCustomId(ACTIONS.keep, interaction.user.id) },
        ]),
      },
      { ephemeral: true },
    );
  },
  deferAs: () => "ephemeral",
  components: { [ACTIONS.erase]: erase, [ACTIONS.keep]: keep },
};
