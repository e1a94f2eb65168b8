// The one `interactionCreate` listener: slash commands by name, autocomplete, and buttons and
// modals by the action in their custom id. It logs each interaction structurally (ids, names,
// outcome, time; never a token or what anyone typed), defers answers that are slow, and turns
// every failure into a polite ephemeral reply. Its promise never rejects: no unhandled rejection.
import {
  Events,
  MessageFlags,
  type Client,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type RepliableInteraction,
} from "discord.js";
import type { BotContext } from "../bot/botContext.js";
import type { Logger } from "../logging/createLogger.js";
import type { Answer } from "./answer.js";
import type { CommandModule, ComponentHandler, DeferAs, ModalHandler } from "./commandModule.js";
import { parseCustomId } from "./customIds.js";
import { describeError } from "./describeError.js";
import { MAX_CHOICES } from "../library/autocompleteChoices.js";
import type { MessageView } from "./render/messageView.js";
import { INTERNAL_ERROR_TEXT, problemMessage, STALE_BUTTON_TEXT } from "./render/problemMessage.js";
import { UserError } from "./userError.js";

export interface DispatcherOptions {
  commands: readonly CommandModule[];
  context: BotContext;
  logger: Logger;
  /** Defer an answer that is not ready after this long (Discord allows 3 s for the first response). */
  autoDeferMs?: number;
}

export interface InteractionDispatcher {
  dispatch(interaction: Interaction): Promise<void>;
  /** Resolves once every interaction being handled now has been answered (for a graceful stop). */
  settled(): Promise<void>;
}

type Outcome = "answered" | "user-error" | "internal-error" | "send-failed";

export const DEFAULT_AUTO_DEFER_MS = 1000;

export function createDispatcher(options: DispatcherOptions): InteractionDispatcher {
  const { context, logger } = options;
  const autoDeferMs = options.autoDeferMs ?? DEFAULT_AUTO_DEFER_MS;
  const commands = new Map(options.commands.map((module) => [module.definition.name, module]));
  const components = routeTable(options.commands, "components");
  const modals = routeTable(options.commands, "modals");
  const inFlight = new Set<Promise<void>>();

  async function handle(interaction: Interaction): Promise<void> {
    const started = performance.now();
    const log = scopedLog(logger, {
      interactionId: interaction.id,
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      userId: interaction.user.id,
      ...nameOf(interaction),
    });
    try {
      if (interaction.isAutocomplete()) {
        const module = commands.get(interaction.commandName);
        let choices: { name: string; value: string }[] = [];
        try {
          choices = module?.autocomplete ? await module.autocomplete(interaction, context) : [];
        } catch (error) {
          log.error({ err: describeError(error) }, "autocomplete failed; answering with no suggestions");
        }
        await interaction.respond(choices.slice(0, MAX_CHOICES));
        log.debug({ ms: elapsed(started), choices: choices.length }, "autocomplete answered");
        return;
      }
      if (interaction.isChatInputCommand()) {
        const module = commands.get(interaction.commandName);
        const outcome = await answer(
          interaction,
          module
            ? () => module.execute(interaction, context)
            : () => Promise.reject(new UserError(`Colloquy doesn't know /${interaction.commandName} (it may have been removed). Run /help to see what it can do.`)),
          () => module?.deferAs?.(interaction) ?? "public",
          log,
        );
        log.info({ outcome, ms: elapsed(started) }, "command answered");
        return;
      }
      if (interaction.isMessageComponent() || interaction.isModalSubmit()) {
        const parsed = parseCustomId(interaction.customId);
        const handler: ComponentHandler | ModalHandler | undefined = parsed
          ? (interaction.isModalSubmit() ? modals : components).get(parsed.action)
          : undefined;
        const args = parsed?.args ?? [];
        const outcome = await answer(
          interaction,
          handler && parsed
            ? () => (handler as { handle(i: typeof interaction, a: readonly string[], c: BotContext): Promise<Answer> }).handle(interaction, args, context)
            : () => Promise.reject(new UserError(STALE_BUTTON_TEXT)),
          () => (handler?.deferAs as ((i: typeof interaction, a: readonly string[]) => DeferAs) | undefined)?.(interaction, args) ?? (interaction.isModalSubmit() ? "ephemeral" : "update"),
          log,
        );
        log.info({ outcome, ms: elapsed(started) }, "component answered");
        return;
      }
      log.debug({}, "interaction type not handled");
    } catch (error) {
      log.error({ err: describeError(error), ms: elapsed(started) }, "interaction could not be answered");
    }
  }

  async function answer(interaction: RepliableInteraction, work: () => Promise<Answer>, deferAs: () => DeferAs, log: ScopedLog): Promise<Outcome> {
    let deferredAs: DeferAs | undefined;
    let deferral: Promise<void> | undefined;
    const timer = setTimeout(() => {
      const as = safely(deferAs, "public");
      if (as === "never") return;
      deferredAs = as;
      deferral = defer(interaction, as).catch((error: unknown) => {
        deferredAs = undefined;
        log.warn({ err: describeError(error) }, "could not defer a slow answer");
      });
    }, autoDeferMs);

    let result: Answer;
    let outcome: Outcome = "answered";
    try {
      result = await work();
    } catch (error) {
      if (error instanceof UserError) {
        outcome = "user-error"; // its message may quote what the member typed: not logged
        result = { kind: "message", view: problemMessage(error.message), ephemeral: true };
      } else {
        outcome = "internal-error";
        log.error({ err: describeError(error) }, "handler failed");
        result = { kind: "message", view: problemMessage(INTERNAL_ERROR_TEXT), ephemeral: true };
      }
    } finally {
      clearTimeout(timer);
    }
    await deferral;

    try {
      await deliver(interaction, result, deferredAs);
      return outcome;
    } catch (error) {
      log.error({ err: describeError(error) }, "could not send the answer");
      try {
        await deliver(interaction, { kind: "message", view: problemMessage(INTERNAL_ERROR_TEXT), ephemeral: true }, deferredAs);
      } catch (second) {
        log.warn({ err: describeError(second) }, "could not send the apology either");
      }
      return "send-failed";
    }
  }

  return {
    dispatch(interaction) {
      const running = handle(interaction);
      inFlight.add(running);
      void running.finally(() => inFlight.delete(running));
      return running;
    },
    async settled() {
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** Wires the dispatcher to the client: the only interaction listener the bot has. */
export function listenForInteractions(client: Client, dispatcher: InteractionDispatcher): void {
  client.on(Events.InteractionCreate, (interaction) => {
    void dispatcher.dispatch(interaction);
  });
}

async function defer(interaction: RepliableInteraction, as: Exclude<DeferAs, "never">): Promise<void> {
  if (as === "update" && interaction.isMessageComponent()) await interaction.deferUpdate();
  else await interaction.deferReply(as === "ephemeral" ? { flags: MessageFlags.Ephemeral } : {});
}

async function deliver(interaction: RepliableInteraction, answer: Answer, deferredAs: DeferAs | undefined): Promise<void> {
  switch (answer.kind) {
    case "answered":
      return;
    case "modal":
      if (interaction.deferred || interaction.replied || !("showModal" in interaction)) {
        throw new Error("A modal can only be the first response to a command or button");
      }
      await interaction.showModal(answer.modal);
      return;
    case "update":
      if (interaction.isMessageComponent()) {
        if (interaction.deferred || interaction.replied) await interaction.editReply(editBody(answer.view));
        else await interaction.update(editBody(answer.view));
        return;
      }
      await deliverMessage(interaction, answer.view, false, deferredAs);
      return;
    case "message":
      await deliverMessage(interaction, answer.view, answer.ephemeral, deferredAs);
  }
}

async function deliverMessage(interaction: RepliableInteraction, view: MessageView, ephemeral: boolean, deferredAs: DeferAs | undefined): Promise<void> {
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  if (interaction.replied || deferredAs === "update") {
    await interaction.followUp({ ...replyBody(view), ...(flags ? { flags } : {}) });
  } else if (interaction.deferred) {
    const deferredEphemeral = interaction.ephemeral ?? deferredAs === "ephemeral";
    if (ephemeral && !deferredEphemeral) {
      // A public "thinking…" cannot become private: remove it and answer privately instead.
      await interaction.deleteReply();
      await interaction.followUp({ ...replyBody(view), flags: MessageFlags.Ephemeral });
    } else {
      await interaction.editReply(editBody(view));
    }
  } else {
    await interaction.reply({ ...replyBody(view), ...(flags ? { flags } : {}) });
  }
}

function replyBody(view: MessageView): InteractionReplyOptions {
  return {
    ...(view.content !== undefined ? { content: view.content } : {}),
    embeds: view.embeds ?? [],
    components: view.components ?? [],
  };
}

/** Edits replace everything: an absent part is cleared rather than left from the old message. */
function editBody(view: MessageView): InteractionEditReplyOptions {
  return { content: view.content ?? "", embeds: view.embeds ?? [], components: view.components ?? [] };
}

function routeTable<K extends "components" | "modals">(modules: readonly CommandModule[], kind: K): Map<string, NonNullable<CommandModule[K]>[string]> {
  const table = new Map<string, NonNullable<CommandModule[K]>[string]>();
  for (const module of modules) {
    for (const [action, handler] of Object.entries(module[kind] ?? {})) {
      if (table.has(action)) throw new Error(`Two commands handle the ${kind} action "${action}"; custom-id actions must be unique`);
      table.set(action, handler as NonNullable<CommandModule[K]>[string]);
    }
  }
  return table;
}

function nameOf(interaction: Interaction): Record<string, string> {
  if (interaction.isAutocomplete()) return { kind: "autocomplete", command: interaction.commandName };
  if (interaction.isChatInputCommand()) return { kind: "command", command: interaction.commandName };
  if (interaction.isMessageComponent()) return { kind: "component", action: parseCustomId(interaction.customId)?.action ?? "unknown" };
  if (interaction.isModalSubmit()) return { kind: "modal", action: parseCustomId(interaction.customId)?.action ?? "unknown" };
  return { kind: "other" };
}

type Level = "debug" | "info" | "warn" | "error";
type ScopedLog = Record<Level, (fields: object, message: string) => void>;

/**
 * Log calls carrying the interaction's ids. Not a pino child: creating one costs about 15 µs per
 * interaction even when logging is off, a measurable share of a reply (see the bot bench).
 */
function scopedLog(logger: Logger, bindings: object): ScopedLog {
  const at = (level: Level) => (fields: object, message: string) => {
    if (logger.isLevelEnabled(level)) logger[level]({ ...bindings, ...fields }, message);
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

function safely<T>(choose: () => T, fallback: T): T {
  try {
    return choose();
  } catch {
    return fallback;
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}
