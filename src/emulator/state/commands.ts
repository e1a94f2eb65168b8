// Application commands, global and per guild. Bulk overwrite (PUT) replaces the set but keeps
// the id of a command whose name and type are unchanged, and its version unless it changed,
// which is what makes registration idempotent on Discord.
import type { APIApplicationCommand, APIApplicationCommandOption } from "discord.js";
import { invalidFormBody } from "../errors.js";
import { isObject } from "../messageBody.js";
import type { SnowflakeFactory } from "../ids.js";

export class CommandRegistry {
  private readonly global = new Map<string, APIApplicationCommand>();
  private readonly perGuild = new Map<string, Map<string, APIApplicationCommand>>();

  constructor(
    private readonly applicationId: string,
    private readonly ids: SnowflakeFactory,
  ) {}

  list(guildId: string | null): APIApplicationCommand[] {
    return [...this.scope(guildId).values()];
  }

  get(guildId: string | null, commandId: string): APIApplicationCommand | undefined {
    return this.list(guildId).find((command) => command.id === commandId);
  }

  /** The command an interaction named `name` would run in this guild (guild commands first). */
  resolve(guildId: string, name: string, type = 1): APIApplicationCommand | undefined {
    const key = commandKey(name, type);
    return this.perGuild.get(guildId)?.get(key) ?? this.global.get(key);
  }

  bulkOverwrite(guildId: string | null, bodies: unknown): APIApplicationCommand[] {
    if (!Array.isArray(bodies)) throw invalidFormBody("_root", "BASE_TYPE_ARRAY", "Must be an array.");
    const current = this.scope(guildId);
    const next = new Map<string, APIApplicationCommand>();
    for (const [index, body] of bodies.entries()) {
      const command = this.build(guildId, body, index, current);
      if (next.has(commandKey(command.name, command.type))) {
        throw invalidFormBody(`${index}.name`, "APPLICATION_COMMANDS_DUPLICATE_NAME", `Application command names must be unique`);
      }
      next.set(commandKey(command.name, command.type), command);
    }
    current.clear();
    for (const [key, command] of next) current.set(key, command);
    return [...current.values()];
  }

  upsert(guildId: string | null, body: unknown): { command: APIApplicationCommand; created: boolean } {
    const current = this.scope(guildId);
    const command = this.build(guildId, body, 0, current);
    const key = commandKey(command.name, command.type);
    const created = !current.has(key);
    current.set(key, command);
    return { command, created };
  }

  delete(guildId: string | null, commandId: string): boolean {
    const current = this.scope(guildId);
    for (const [key, command] of current) {
      if (command.id === commandId) return current.delete(key);
    }
    return false;
  }

  private scope(guildId: string | null): Map<string, APIApplicationCommand> {
    if (guildId === null) return this.global;
    let scope = this.perGuild.get(guildId);
    if (!scope) this.perGuild.set(guildId, (scope = new Map()));
    return scope;
  }

  private build(
    guildId: string | null,
    body: unknown,
    index: number,
    current: Map<string, APIApplicationCommand>,
  ): APIApplicationCommand {
    if (!isObject(body) || typeof body.name !== "string") {
      throw invalidFormBody(`${index}.name`, "BASE_TYPE_REQUIRED", "This field is required");
    }
    const type = typeof body.type === "number" ? body.type : 1;
    const previous = current.get(commandKey(body.name, type));
    const fields = {
      type,
      name: body.name,
      description: typeof body.description === "string" ? body.description : "",
      options: Array.isArray(body.options) ? (body.options as APIApplicationCommandOption[]) : [],
      // Discord accepts the bitfield as a string or an integer and always answers with a string.
      default_member_permissions:
        typeof body.default_member_permissions === "string" || typeof body.default_member_permissions === "number"
          ? String(body.default_member_permissions)
          : null,
      nsfw: body.nsfw === true,
      contexts: Array.isArray(body.contexts) ? (body.contexts as number[]) : null,
      integration_types: Array.isArray(body.integration_types) ? (body.integration_types as number[]) : [0],
    };
    const unchanged = previous !== undefined && JSON.stringify(definitionOf(previous)) === JSON.stringify(fields);
    return {
      id: previous?.id ?? this.ids.next(),
      application_id: this.applicationId,
      ...(guildId ? { guild_id: guildId } : {}),
      name_localizations: null,
      description_localizations: null,
      dm_permission: true,
      version: unchanged && previous ? previous.version : this.ids.next(),
      ...fields,
    } as APIApplicationCommand;
  }
}

function definitionOf(command: APIApplicationCommand): Record<string, unknown> {
  return {
    type: command.type,
    name: command.name,
    description: command.description,
    options: command.options ?? [],
    default_member_permissions: command.default_member_permissions,
    nsfw: command.nsfw ?? false,
    contexts: command.contexts ?? null,
    integration_types: command.integration_types ?? [0],
  };
}

function commandKey(name: string, type: number): string {
  return `${type}:${name}`;
}
