// Reads a message body (create, edit, interaction reply) defensively and enforces the limits
// Discord enforces on the server side: 2,000 characters of content, 10 embeds of at most 6,000
// characters together, and no empty message. Field-by-field shape checks are the OpenAPI
// checker's job in tests; these are the ones a bot hits in production.
import type { APIAllowedMentions, APIEmbed, APIMessageReference } from "discord.js";
import { emptyMessage, invalidFormBody, type ApiError } from "./errors.js";

export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: unknown[];
  allowed_mentions?: APIAllowedMentions | null;
  flags?: number;
  tts?: boolean;
  nonce?: string | number;
  enforce_nonce?: boolean;
  message_reference?: APIMessageReference;
  attachments?: unknown[];
  sticker_ids?: string[];
  poll?: unknown;
}

export function readMessageBody(body: unknown): MessageBody {
  if (!isObject(body)) return {};
  const read: MessageBody = {};
  if (typeof body.content === "string") read.content = body.content;
  if (Array.isArray(body.embeds)) read.embeds = body.embeds.filter(isObject) as APIEmbed[];
  if (Array.isArray(body.components)) read.components = body.components;
  if (isObject(body.allowed_mentions)) read.allowed_mentions = body.allowed_mentions as APIAllowedMentions;
  if (typeof body.flags === "number") read.flags = body.flags;
  if (typeof body.tts === "boolean") read.tts = body.tts;
  if (typeof body.nonce === "string" || typeof body.nonce === "number") read.nonce = body.nonce;
  if (typeof body.enforce_nonce === "boolean") read.enforce_nonce = body.enforce_nonce;
  if (isObject(body.message_reference)) read.message_reference = body.message_reference as unknown as APIMessageReference;
  if (Array.isArray(body.attachments)) read.attachments = body.attachments;
  if (Array.isArray(body.sticker_ids)) read.sticker_ids = body.sticker_ids.filter((id): id is string => typeof id === "string");
  if (body.poll !== undefined && body.poll !== null) read.poll = body.poll;
  return read;
}

/** The first limit this body breaks, or null. `creating` adds the "not empty" rule. */
export function checkMessageLimits(body: MessageBody, creating: boolean, hasFiles = false): ApiError | null {
  if (body.content !== undefined && [...body.content].length > 2000) {
    return invalidFormBody("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
  }
  if (body.embeds && body.embeds.length > 10) {
    return invalidFormBody("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
  }
  if (body.embeds && body.embeds.reduce((sum, embed) => sum + embedLength(embed), 0) > 6000) {
    return invalidFormBody("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
  }
  if (creating && isEmpty(body) && !hasFiles) return emptyMessage();
  return null;
}

function isEmpty(body: MessageBody): boolean {
  return (
    !body.content &&
    !body.embeds?.length &&
    !body.components?.length &&
    !body.sticker_ids?.length &&
    !body.attachments?.length &&
    body.poll === undefined
  );
}

function embedLength(embed: APIEmbed): number {
  let total = (embed.title ?? "").length + (embed.description ?? "").length;
  total += (embed.footer?.text ?? "").length + (embed.author?.name ?? "").length;
  for (const field of embed.fields ?? []) total += (field.name ?? "").length + (field.value ?? "").length;
  return total;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
