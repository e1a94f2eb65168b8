// What a reply looks like before it is sent: plain API JSON (content, embeds, button rows), so the
// same view goes out as a reply, an edit or a follow-up, and tests can read it without a client.
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from "discord.js";

export interface MessageView {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
}

/** Colloquy's accent colour on embeds (a calm teal). */
export const EMBED_COLOUR = 0x2a9d8f;
