// Discord messages as readable terminal text: embed title, description, fields and footer,
// buttons as [labels], ephemeral replies marked "(only you can see this)". Markdown is shown
// plainly (bold as bold when the terminal has colour, inline code without its backticks, escapes
// removed), mentions and timestamps as Discord shows them, long lines wrapped.
import type { APIApplicationCommandOptionChoice, APIEmbed, APIModalInteractionResponseCallbackData } from "discord.js";
import { readableMentions, type MentionNames } from "./readableMentions.js";
import { readableTimestamps } from "./readableTimestamps.js";

export interface TerminalStyle {
  colour: boolean;
  /** Wrap lines at this many characters. */
  width: number;
  /** Whom `<#id>`, `<@&id>` and `<@id>` name. */
  names: MentionNames;
  /** The sandbox's clock, for relative timestamps ("in 2 days"). */
  now(): Date;
}

export interface RenderableMessage {
  content?: string;
  embeds?: readonly APIEmbed[];
  components?: readonly unknown[];
  flags?: number;
}

export interface ButtonOnScreen {
  label: string;
  customId: string;
  disabled: boolean;
}

const EPHEMERAL = 64;

export function isEphemeral(message: RenderableMessage): boolean {
  return ((message.flags ?? 0) & EPHEMERAL) !== 0;
}

export function renderMessage(message: RenderableMessage, heading: string, style: TerminalStyle): string {
  const lines: string[] = [rule(`${heading}${isEphemeral(message) ? " (only you can see this)" : ""}`, style)];
  if (message.content) lines.push(...wrap(markdown(message.content, style), style.width));
  for (const embed of message.embeds ?? []) lines.push(...renderEmbed(embed, style));
  const buttons = buttonsOf(message);
  if (buttons.length > 0) {
    lines.push("");
    lines.push(buttons.map((button) => `[${button.label}${button.disabled ? " (unavailable)" : ""}]`).join(" "));
  }
  return lines.join("\n");
}

function renderEmbed(embed: APIEmbed, style: TerminalStyle): string[] {
  const lines: string[] = [];
  if (embed.author?.name) lines.push(markdown(embed.author.name, style));
  if (embed.title) lines.push(bold(markdown(embed.title, style), style));
  if (embed.description) lines.push(...wrap(markdown(embed.description, style), style.width));
  for (const field of embed.fields ?? []) {
    lines.push("", bold(markdown(field.name, style), style), ...wrap(markdown(field.value, style), style.width));
  }
  if (embed.footer?.text) lines.push("", dim(markdown(embed.footer.text, style), style));
  return lines;
}

export function buttonsOf(message: RenderableMessage): ButtonOnScreen[] {
  const buttons: ButtonOnScreen[] = [];
  for (const row of message.components ?? []) {
    const children = (row as { components?: unknown[] }).components ?? [];
    for (const child of children) {
      const button = child as { type?: number; label?: string; custom_id?: string; disabled?: boolean };
      if (button.type === 2 && button.custom_id) buttons.push({ label: button.label ?? button.custom_id, customId: button.custom_id, disabled: button.disabled === true });
    }
  }
  return buttons;
}

export function renderChoices(option: string, choices: readonly APIApplicationCommandOptionChoice[], style: TerminalStyle): string {
  if (choices.length === 0) return `${rule(`Suggestions for ${option}`, style)}\n(none match what you typed)`;
  const lines = choices.map((choice) => `  ${choice.name}${String(choice.value) !== choice.name ? dim(`  → ${option}:${quoteIfNeeded(String(choice.value))}`, style) : ""}`);
  return [rule(`Suggestions for ${option}`, style), ...lines].join("\n");
}

export function renderModal(modal: APIModalInteractionResponseCallbackData, style: TerminalStyle): string {
  const fields: string[] = [];
  for (const row of modal.components ?? []) {
    // Action rows hold text inputs; newer Label components wrap one input and carry its label.
    const holder = row as { components?: unknown[]; component?: unknown; label?: string };
    for (const child of holder.components ?? [holder.component]) {
      const input = child as { custom_id?: string; label?: string } | undefined;
      const label = holder.label ?? input?.label;
      if (input?.custom_id) fields.push(`  ${input.custom_id}${label ? ` (${label})` : ""}`);
    }
  }
  const example = fields[0]?.trim().split(" ")[0] ?? "field";
  return [rule(`Colloquy opened a form: ${modal.title}`, style), ...fields, `Fill it in with: submit ${example}:"your text"`].join("\n");
}

export function quoteIfNeeded(value: string): string {
  return /[\s"']/.test(value) || value === "" ? `"${value.replace(/(["\\])/g, "\\$1")}"` : value;
}

/** Discord Markdown shown plainly: **bold** as bold (or plain), `code` without backticks, backslash escapes removed, mentions and timestamps readable. */
function markdown(text: string, style: TerminalStyle): string {
  return readableMentions(readableTimestamps(text, style.now()), style.names)
    .replace(/\*\*(.+?)\*\*/gs, (_match, inner: string) => bold(inner, style))
    .replace(/(?<!\\)`([^`\n]+)`/g, "$1")
    .replace(/\\([\\*_~`|>#\-[\]().!])/g, "$1");
}

/** Word-wraps each line; a quote or list line's continuation keeps its "> " or indent. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const prefix = /^(> |\d+\. |• )/.exec(line)?.[0] ?? "";
    const continuation = prefix.startsWith(">") ? "> " : " ".repeat(prefix.length);
    let current = prefix;
    let hasWord = false;
    for (const word of line.slice(prefix.length).split(" ")) {
      const candidate = hasWord ? `${current} ${word}` : current + word;
      if (hasWord && visibleLength(candidate) > width) {
        out.push(current);
        current = continuation + word;
      } else {
        current = candidate;
      }
      hasWord = true;
    }
    out.push(current.trimEnd());
  }
  return out;
}

function visibleLength(text: string): number {
  return text.replace(/\x1b\[[0-9;]*m/g, "").length;
}

function rule(title: string, style: TerminalStyle): string {
  const text = `── ${title} `;
  return bold(text + "─".repeat(Math.max(3, Math.min(style.width, 72) - text.length)), style);
}

function bold(text: string, style: TerminalStyle): string {
  return style.colour ? `\x1b[1m${text}\x1b[22m` : text;
}

function dim(text: string, style: TerminalStyle): string {
  return style.colour ? `\x1b[2m${text}\x1b[22m` : text;
}
