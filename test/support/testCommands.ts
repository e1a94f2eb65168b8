// Command modules that exist only in tests, to reach the dispatcher's failure paths through the
// real client: a handler that throws, one that is slow, and a card with out-of-date buttons.
import { ApplicationCommandOptionType, ButtonStyle, ComponentType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { replyWith } from "../../src/discord/answer.js";
import type { CommandModule } from "../../src/discord/commandModule.js";
import { encodeCustomId } from "../../src/discord/customIds.js";
import { UserError } from "../../src/discord/userError.js";

function definition(name: string, description: string): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return { name, description };
}

export const throwingCommand: CommandModule = {
  definition: {
    name: "boom",
    description: "Fails on purpose",
    options: [{ type: ApplicationCommandOptionType.String, name: "what", description: "Anything", autocomplete: true }],
  },
  async execute() {
    throw new Error("kaboom: a bug in a handler");
  },
  async autocomplete() {
    throw new Error("kaboom: a bug in autocomplete");
  },
};

/** Answers after `delayMs` (or fails then, with `fail`), to exercise the automatic deferral. */
export function slowCommand(delayMs: number, options: { ephemeral?: boolean; fail?: boolean } = {}): CommandModule {
  return {
    definition: definition("slow", "Answers slowly"),
    async execute() {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (options.fail) throw new UserError("That took long and still did not work: try again.");
      return replyWith({ content: "Finally, the answer." }, { ephemeral: options.ephemeral ?? false });
    },
    deferAs: () => (options.ephemeral ? "ephemeral" : "public"),
  };
}

/** A card whose buttons an older Colloquy (or an older reading) made. */
export const outdatedCardCommand: CommandModule = {
  definition: definition("oldcard", "A card with out-of-date buttons"),
  async execute() {
    const button = (label: string, custom_id: string) => ({ type: ComponentType.Button as const, style: ButtonStyle.Secondary as const, label, custom_id });
    return replyWith({
      content: "An old card",
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            button("Old format", "x0:next:summit:p1"),
            button("Removed action", encodeCustomId("retired", "summit")),
            button("Changed reading", encodeCustomId("next", "no-such-essay", "p1-1-abcdef")),
          ],
        },
      ],
    });
  },
};
