// Turns the driver's friendly command input (`name: "schedule set"`, `options: { time: "9am" }`)
// into the option tree and `resolved` data Discord sends, typed from the command the bot
// registered (or, for an unregistered command, from the JavaScript values).
import type { APIApplicationCommand, APIApplicationCommandOption } from "discord.js";
import type { ChannelRecord, GuildRecord, UserRecord } from "../state/records.js";
import { channelPayload, memberPayload, rolePayload, userPayload } from "../state/serialize.js";
import type { EmulatorState } from "../state/store.js";

export type OptionValue = string | number | boolean;

export interface OptionPayload {
  name: string;
  type: number;
  value?: OptionValue;
  options?: OptionPayload[];
  focused?: boolean;
}

export interface ResolvedPayload {
  users?: Record<string, unknown>;
  members?: Record<string, unknown>;
  roles?: Record<string, unknown>;
  channels?: Record<string, unknown>;
}

export interface CommandInput {
  /** "excerpt", or with a subcommand "schedule set", or with a group "config schedule set". */
  name: string;
  options?: Readonly<Record<string, OptionValue>>;
  /** For autocomplete: the option being typed in (its value is the text typed so far). */
  focused?: string;
}

const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;
const TYPE_NAMES: Record<number, string> = {
  3: "string",
  4: "integer",
  5: "boolean",
  6: "user",
  7: "channel",
  8: "role",
  9: "mentionable",
  10: "number",
  11: "attachment",
};

export interface BuiltCommandData {
  commandName: string;
  options: OptionPayload[];
  resolved: ResolvedPayload;
}

export function buildCommandOptions(
  state: EmulatorState,
  guild: GuildRecord,
  channel: ChannelRecord,
  command: APIApplicationCommand | undefined,
  input: CommandInput,
  invokerId: string,
): BuiltCommandData {
  const [commandName = "", ...path] = input.name.trim().split(/\s+/);
  const resolved: ResolvedPayload = {};
  let definitions: readonly APIApplicationCommandOption[] | null = command ? (command.options ?? []) : null;
  const wrappers: { name: string; type: number }[] = [];
  for (const [index, part] of path.entries()) {
    const type = index === path.length - 1 ? SUBCOMMAND : SUBCOMMAND_GROUP;
    if (definitions) {
      const found = definitions.find((option) => option.name === part && (option.type === SUBCOMMAND || option.type === SUBCOMMAND_GROUP));
      if (!found) throw new Error(`Command /${commandName} has no subcommand "${part}"`);
      definitions = "options" in found ? (found.options ?? []) : [];
      wrappers.push({ name: part, type: found.type });
    } else {
      wrappers.push({ name: part, type });
    }
  }
  const leaf: OptionPayload[] = [];
  for (const [name, value] of Object.entries(input.options ?? {})) {
    const definition = definitions?.find((option) => option.name === name);
    if (definitions && !definition) {
      const known = definitions.map((option) => option.name).join(", ") || "none";
      throw new Error(`Command /${input.name} has no option "${name}" (its options: ${known})`);
    }
    const focused = input.focused === name;
    const type = definition?.type ?? inferType(value);
    leaf.push({
      name,
      type,
      value: focused ? String(value) : resolveValue({ state, guild, channel, resolved, invokerId }, name, type, value),
      ...(focused ? { focused: true } : {}),
    });
  }
  if (input.focused === undefined && definitions) {
    const missing = definitions.filter((option) => "required" in option && option.required && !(option.name in (input.options ?? {})));
    if (missing.length > 0) {
      throw new Error(`Command /${input.name} needs option(s) ${missing.map((option) => option.name).join(", ")}`);
    }
  }
  let options = leaf;
  for (const wrapper of [...wrappers].reverse()) options = [{ name: wrapper.name, type: wrapper.type, options }];
  return { commandName, options, resolved };
}

function inferType(value: OptionValue): number {
  if (typeof value === "boolean") return 5;
  if (typeof value === "number") return Number.isInteger(value) ? 4 : 10;
  return 3;
}

interface ResolveContext {
  state: EmulatorState;
  guild: GuildRecord;
  /** Where the command runs: resolved members carry their permissions there. */
  channel: ChannelRecord;
  resolved: ResolvedPayload;
  /** Resolved channels carry the invoking member's permissions in them. */
  invokerId: string;
}

function resolveValue(context: ResolveContext, name: string, type: number, value: OptionValue): OptionValue {
  const wrongType = () => new Error(`Option "${name}" is a ${TYPE_NAMES[type] ?? type} option; ${JSON.stringify(value)} doesn't fit`);
  switch (type) {
    case 3:
      if (typeof value !== "string") throw wrongType();
      return value;
    case 4:
      if (typeof value !== "number" || !Number.isInteger(value)) throw wrongType();
      return value;
    case 10:
      if (typeof value !== "number") throw wrongType();
      return value;
    case 5:
      if (typeof value !== "boolean") throw wrongType();
      return value;
    case 6:
      return resolveUser(context, String(value));
    case 7:
      return resolveChannel(context, String(value));
    case 8:
      return resolveRole(context, String(value));
    case 9: {
      const text = String(value);
      const { roles } = context.guild;
      const isRole = roles.has(text) || [...roles.values()].some((role) => role.name === text);
      return isRole ? resolveRole(context, text) : resolveUser(context, text);
    }
    default:
      throw new Error(`Option "${name}": the emulator cannot send ${TYPE_NAMES[type] ?? `type ${type}`} options`);
  }
}

function resolveUser({ state, guild, channel, resolved }: ResolveContext, idOrName: string): string {
  let user: UserRecord | undefined = state.users.get(idOrName);
  if (!user) {
    for (const member of guild.members.values()) {
      const candidate = state.users.get(member.userId);
      if (candidate?.username === idOrName) user = candidate;
    }
  }
  if (!user) throw new Error(`No user "${idOrName}" in guild "${guild.name}"`);
  (resolved.users ??= {})[user.id] = userPayload(user);
  const member = guild.members.get(user.id);
  if (member) {
    const { user: _user, ...partial } = memberPayload(member, user);
    (resolved.members ??= {})[user.id] = { ...partial, permissions: state.permissionsIn(channel, user.id).toString() };
  }
  return user.id;
}

function resolveChannel({ state, guild, resolved, invokerId }: ResolveContext, idOrName: string): string {
  let target = state.channels.get(idOrName);
  if (!target) {
    for (const id of [...guild.channelIds, ...guild.threadIds]) {
      const candidate = state.channels.get(id);
      if (candidate?.name === idOrName.replace(/^#/, "")) target = candidate;
    }
  }
  if (!target || target.guildId !== guild.id) throw new Error(`No channel "${idOrName}" in guild "${guild.name}"`);
  const full = channelPayload(target);
  (resolved.channels ??= {})[target.id] = {
    id: full.id,
    name: full.name,
    type: full.type,
    parent_id: full.parent_id,
    ...(full.thread_metadata ? { thread_metadata: full.thread_metadata } : {}),
    permissions: state.permissionsIn(target, invokerId).toString(),
  };
  return target.id;
}

function resolveRole({ guild, resolved }: ResolveContext, idOrName: string): string {
  const role = guild.roles.get(idOrName) ?? [...guild.roles.values()].find((candidate) => candidate.name === idOrName);
  if (!role) throw new Error(`No role "${idOrName}" in guild "${guild.name}"`);
  (resolved.roles ??= {})[role.id] = rolePayload(role);
  return role.id;
}
