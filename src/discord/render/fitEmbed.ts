// The guard every embed passes through before it is sent: each part cut to its limit at a word
// or sentence boundary (with "…"), at most 25 fields, and the whole within the 6,000-character
// total, shrinking the description first (the quoted excerpt is the longest part and the one a
// reader can open in full with "Another excerpt" or /sections) and then the last fields.
import type { APIEmbed, APIEmbedField } from "discord.js";
import { truncateAtBoundary } from "../../text/truncateAtBoundary.js";
import { LIMITS } from "./limits.js";

const EMPTY_FIELD = "\u200b"; // Discord rejects empty field names and values.

export function fitEmbed(embed: APIEmbed, total: number = LIMITS.embedTotal): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncateAtBoundary(embed.title, LIMITS.embedTitle);
  if (embed.description !== undefined) fitted.description = truncateAtBoundary(embed.description, LIMITS.embedDescription);
  if (embed.author) fitted.author = { ...embed.author, name: truncateAtBoundary(embed.author.name, LIMITS.authorName) };
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncateAtBoundary(embed.footer.text, LIMITS.footerText) };
  if (embed.fields) fitted.fields = embed.fields.slice(0, LIMITS.embedFields).map(fitField);

  let excess = embedLength(fitted) - total;
  if (excess > 0 && fitted.description) {
    fitted.description = shrink(fitted.description, excess);
    if (fitted.description === "") delete fitted.description;
    excess = embedLength(fitted) - total;
  }
  const fields = fitted.fields ?? [];
  for (let index = fields.length - 1; excess > 0 && index >= 0; index -= 1) {
    const field = fields[index] as APIEmbedField;
    const value = shrink(field.value, excess);
    if (value === "" || value.length <= 1) fields.splice(index, 1);
    else fields[index] = { ...field, value };
    excess = embedLength(fitted) - total;
  }
  for (const part of ["footer", "author", "title"] as const) {
    if (excess <= 0) break;
    delete fitted[part];
    excess = embedLength(fitted) - total;
  }
  return fitted;
}

/** The characters Discord counts towards the 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function fitField(field: APIEmbedField): APIEmbedField {
  const name = truncateAtBoundary(field.name.trim() === "" ? EMPTY_FIELD : field.name, LIMITS.fieldName);
  const value = truncateAtBoundary(field.value.trim() === "" ? EMPTY_FIELD : field.value, LIMITS.fieldValue);
  return { ...field, name, value };
}

function shrink(text: string, by: number): string {
  const target = text.length - by;
  return target <= 0 ? "" : truncateAtBoundary(text, target);
}
