// Who a message actually pings. Discord parses <@user>, <@&role> and @everyone/@here from the
// content, then keeps only what `allowed_mentions` allows (all of it when the field is absent),
// and a role only pings if it is mentionable or the author may "Mention @everyone and all roles".
// A reply also pings the replied-to author: always when `allowed_mentions` is absent, otherwise
// only with `replied_user: true`.
import type { APIAllowedMentions } from "discord.js";
import { invalidFormBody, type ApiError } from "./errors.js";
import type { Pings } from "./state/records.js";

const USER_MENTION = /<@!?(\d{15,21})>/g;
const ROLE_MENTION = /<@&(\d{15,21})>/g;
const EVERYONE_MENTION = /@(everyone|here)\b/;

export interface MentionContext {
  allowedMentions: APIAllowedMentions | null;
  /** May the author ping @everyone and roles that aren't mentionable? */
  canMentionEveryone: boolean;
  isKnownRole(roleId: string): boolean;
  isMentionableRole(roleId: string): boolean;
  isKnownUser(userId: string): boolean;
  /** The author of the message this one replies to (not the author themself), if it is a reply. */
  repliedUserId?: string | null;
}

/** Discord rejects `parse: ["users"]` together with a `users` list (and likewise for roles). */
export function checkAllowedMentions(allowed: APIAllowedMentions | null | undefined): ApiError | null {
  if (!allowed) return null;
  const parse = allowed.parse ?? [];
  if (parse.includes("users" as never) && (allowed.users?.length ?? 0) > 0) {
    return invalidFormBody("allowed_mentions", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE", 'parse:["users"] and users: [ids...] are mutually exclusive.');
  }
  if (parse.includes("roles" as never) && (allowed.roles?.length ?? 0) > 0) {
    return invalidFormBody("allowed_mentions", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE", 'parse:["roles"] and roles: [ids...] are mutually exclusive.');
  }
  return null;
}

export function computePings(content: string, context: MentionContext): Pings {
  const allowed: APIAllowedMentions = context.allowedMentions ?? { parse: ["users", "roles", "everyone"] as APIAllowedMentions["parse"] };
  const parse = new Set<string>(allowed.parse ?? []);
  const allowedUsers = new Set(allowed.users ?? []);
  const allowedRoles = new Set(allowed.roles ?? []);

  const users = unique(content.matchAll(USER_MENTION)).filter(
    (id) => context.isKnownUser(id) && (parse.has("users") || allowedUsers.has(id)),
  );
  const replied = context.repliedUserId;
  if (replied && !users.includes(replied) && context.isKnownUser(replied) && (context.allowedMentions === null || allowed.replied_user === true)) {
    users.push(replied);
  }
  const roles = unique(content.matchAll(ROLE_MENTION)).filter(
    (id) =>
      (parse.has("roles") || allowedRoles.has(id)) &&
      context.isKnownRole(id) &&
      (context.isMentionableRole(id) || context.canMentionEveryone),
  );
  const everyone = parse.has("everyone") && context.canMentionEveryone && EVERYONE_MENTION.test(content);
  return { users, roles, everyone };
}

function unique(matches: IterableIterator<RegExpMatchArray>): string[] {
  const ids = new Set<string>();
  for (const match of matches) if (match[1]) ids.add(match[1]);
  return [...ids];
}
