// Moderator commands (/schedule, /prompt): hidden from members by `default_member_permissions`
// (Manage Server), and checked again in the handler, because a server admin can re-grant a
// command to anyone in Server Settings → Integrations.
import { PermissionFlagsBits, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { UserError } from "../userError.js";

/**
 * Manage Server (32). Sent as a number: Discord's OpenAPI description, which every request in our
 * tests is checked against, declares this field an integer bitfield, while discord-api-types types
 * it as the string form Discord returns. Discord accepts both.
 */
export const MODERATOR_ONLY: Pick<RESTPostAPIChatInputApplicationCommandsJSONBody, "default_member_permissions"> = {
  default_member_permissions: Number(PermissionFlagsBits.ManageGuild) as unknown as string,
};

export function requireManageServer(interaction: { memberPermissions: { has(flag: bigint): boolean } | null }): void {
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    throw new UserError(
      "Sorry, only members with the **Manage Server** permission can set up or change the daily prompt. Ask a moderator; you can still answer prompts and see /stats.",
    );
  }
}
