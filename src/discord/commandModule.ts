// The shape of a command module in commands/: its definition as plain API JSON, a thin handler,
// and optionally autocomplete and the handlers of the buttons (or modals) its messages carry,
// keyed by custom-id action. The dispatcher routes to these; nothing else registers listeners.
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageComponentInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { BotContext } from "../bot/botContext.js";
import type { Choice } from "../library/autocompleteChoices.js";
import type { Answer } from "./answer.js";

/**
 * How a slow answer is deferred: a public or ephemeral "thinking…" reply, or (components) a silent
 * update; "never" for handlers that open a modal, which must be the first response (so they must
 * answer quickly, and do).
 */
export type DeferAs = "public" | "ephemeral" | "update" | "never";

export interface ComponentHandler {
  handle(interaction: MessageComponentInteraction, args: readonly string[], context: BotContext): Promise<Answer>;
  deferAs?(interaction: MessageComponentInteraction, args: readonly string[]): DeferAs;
}

export interface ModalHandler {
  handle(interaction: ModalSubmitInteraction, args: readonly string[], context: BotContext): Promise<Answer>;
  deferAs?(interaction: ModalSubmitInteraction, args: readonly string[]): DeferAs;
}

export interface CommandModule {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<Answer>;
  /** How to defer the reply should it be slow (default public). Known before the work starts. */
  deferAs?(interaction: ChatInputCommandInteraction): Exclude<DeferAs, "update">;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<Choice[]>;
  components?: Readonly<Record<string, ComponentHandler>>;
  modals?: Readonly<Record<string, ModalHandler>>;
}
