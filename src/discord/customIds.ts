// Ids of the buttons (and modals) Colloquy puts on its messages: "c1:<action>:<arg>…", where "c1"
// says which version of the format wrote it. Messages outlive deployments, so an id the running
// version cannot read (an older format, an action since removed) is answered politely, never
// guessed at. Compact, because Discord allows 100 characters and ids carry essay and section ids.
export const CUSTOM_ID_VERSION = "c1";
export const MAX_CUSTOM_ID_LENGTH = 100;

const actionPattern = /^[a-z][a-z0-9-]{0,23}$/;

export interface ParsedCustomId {
  action: string;
  args: string[];
}

/** Throws (a programming error, caught by tests) when the id would be unreadable or too long. */
export function encodeCustomId(action: string, ...args: readonly (string | number)[]): string {
  if (!actionPattern.test(action)) throw new Error(`Custom id action ${JSON.stringify(action)} must be a short lower-case word`);
  const parts = args.map(String);
  const bad = parts.find((part) => part.includes(":") || part === "");
  if (bad !== undefined) throw new Error(`Custom id argument ${JSON.stringify(bad)} must be non-empty and contain no ":"`);
  const id = [CUSTOM_ID_VERSION, action, ...parts].join(":");
  if (id.length > MAX_CUSTOM_ID_LENGTH) throw new Error(`Custom id ${JSON.stringify(id)} is ${id.length} characters; Discord allows ${MAX_CUSTOM_ID_LENGTH}`);
  return id;
}

/** Null for an id this version did not write (another format or version). */
export function parseCustomId(id: string): ParsedCustomId | null {
  const [version, action, ...args] = id.split(":");
  if (version !== CUSTOM_ID_VERSION || action === undefined || !actionPattern.test(action)) return null;
  if (args.some((arg) => arg === "")) return null;
  return { action, args };
}
