// Turns a parsed slash-command line into what the emulator sends, typed by the command's own
// definition (booleans, numbers, channels…), or one sentence saying what to type instead.
import { ApplicationCommandOptionType, type APIApplicationCommandOption, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { TypedOption } from "./parseSandboxLine.js";

export type OptionValue = string | number | boolean;

export type TypedCommand =
  | { ok: true; name: string; options: Record<string, OptionValue>; focused?: string }
  | { ok: false; message: string };

export function typeCommandOptions(
  definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
  path: readonly string[],
  typed: readonly TypedOption[],
): TypedCommand {
  const [commandName = "", ...subPath] = path;
  const command = definitions.find((definition) => definition.name === commandName);
  if (!command) {
    return { ok: false, message: `There is no /${commandName}. Commands here: ${definitions.map((definition) => `/${definition.name}`).join(", ")} (and type help for the sandbox's own).` };
  }
  let level: readonly APIApplicationCommandOption[] = command.options ?? [];
  const options: Record<string, OptionValue> = {};
  const commandPath = [commandName];
  for (const [index, part] of subPath.entries()) {
    const sub = level.find((option) => option.name === part && isSubcommand(option));
    if (sub) {
      commandPath.push(part);
      level = "options" in sub ? (sub.options ?? []) : [];
      continue;
    }
    // "/stats me" reads as Discord's client shows a picked true/false option: me:True.
    const flag = level.find((option) => option.name === part && option.type === ApplicationCommandOptionType.Boolean);
    if (flag && index === subPath.length - 1) {
      options[part] = true;
      break;
    }
    return { ok: false, message: `/${commandPath.join(" ")} has no subcommand "${part}". ${subcommandHint(commandPath.join(" "), level)}` };
  }
  const subcommands = level.filter(isSubcommand);
  if (subcommands.length > 0) return { ok: false, message: `/${commandPath.join(" ")} needs a subcommand. ${subcommandHint(commandPath.join(" "), level)}` };

  let focused: string | undefined;
  for (const option of typed) {
    const definition = level.find((candidate) => candidate.name === option.name);
    if (!definition) {
      const known = level.map((candidate) => candidate.name).join(", ");
      return { ok: false, message: `/${commandPath.join(" ")} has no option "${option.name}". ${known ? `Its options: ${known}.` : "It takes no options."}` };
    }
    if (option.autocomplete) {
      if (!("autocomplete" in definition && definition.autocomplete)) return { ok: false, message: `${option.name} has no suggestions to show; type its value instead.` };
      focused = option.name;
      options[option.name] = option.value;
      continue;
    }
    const value = typedValue(definition, option.value);
    if (typeof value === "object") return { ok: false, message: value.message };
    options[option.name] = value;
  }
  if (focused === undefined) {
    const missing = level.filter((option) => "required" in option && option.required && !(option.name in options)).map((option) => option.name);
    if (missing.length > 0) return { ok: false, message: `/${commandPath.join(" ")} needs ${missing.map((name) => `${name}:…`).join(" ")}.` };
  }
  return { ok: true, name: commandPath.join(" "), options, ...(focused !== undefined ? { focused } : {}) };
}

function typedValue(definition: APIApplicationCommandOption, raw: string): OptionValue | { message: string } {
  switch (definition.type) {
    case ApplicationCommandOptionType.Boolean:
      if (/^(true|yes|on)$/i.test(raw)) return true;
      if (/^(false|no|off)$/i.test(raw)) return false;
      return { message: `${definition.name} takes true or false, for example ${definition.name}:true.` };
    case ApplicationCommandOptionType.Integer:
      return /^-?\d+$/.test(raw) ? Number(raw) : { message: `${definition.name} takes a whole number, for example ${definition.name}:2.` };
    case ApplicationCommandOptionType.Number:
      return raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : { message: `${definition.name} takes a number, for example ${definition.name}:1.5.` };
    case ApplicationCommandOptionType.Channel:
      return raw.replace(/^<#(\d+)>$/, "$1").replace(/^#/, "");
    case ApplicationCommandOptionType.User:
    case ApplicationCommandOptionType.Mentionable:
    case ApplicationCommandOptionType.Role:
      return raw.replace(/^@/, "");
    default:
      return raw;
  }
}

const isSubcommand = (option: APIApplicationCommandOption) => option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup;

/** `name`: the command path typed so far, without its slash ("stats", "schedule set"). */
function subcommandHint(name: string, level: readonly APIApplicationCommandOption[]): string {
  const shown = `/${name}`;
  const subcommands = level.filter(isSubcommand);
  if (subcommands.length > 0) return `Try ${shown} ${subcommands.map((option) => option.name).join(" | ")}.`;
  // No subcommands here: the word was meant as an option, which is written name:value.
  return level.length > 0 ? `Its options are written name:value: ${level.map((option) => `${option.name}:…`).join(" ")}.` : `${shown} takes no options.`;
}
