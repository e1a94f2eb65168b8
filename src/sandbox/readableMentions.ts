// Discord shows mentions by name: `<#id>` as #study-group (a channel's or thread's name), `<@&id>`
// as @Readers, `<@id>` and `<@!id>` as @ada (the member's server nickname, else their display name,
// else their username). The terminal does the same with names looked up in the sandbox's server;
// what it cannot find reads as Discord shows it ("#unknown", "@deleted-role", "@unknown-user").
// @everyone and @here are plain text already.
export interface MentionNames {
  channel(id: string): string | undefined;
  role(id: string): string | undefined;
  user(id: string): string | undefined;
}

const MENTION = /<(#|@&|@!?)(\d{15,21})>/g;

export function readableMentions(text: string, names: MentionNames): string {
  return text.replace(MENTION, (_whole, kind: string, id: string) => {
    if (kind === "#") return `#${names.channel(id) ?? "unknown"}`;
    if (kind === "@&") {
      const role = names.role(id) ?? "deleted-role";
      return role.startsWith("@") ? role : `@${role}`; // the @everyone role is named "@everyone"
    }
    return `@${names.user(id) ?? "unknown-user"}`;
  });
}
