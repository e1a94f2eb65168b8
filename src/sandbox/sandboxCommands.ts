// The sandbox prompt's own commands (besides Discord's slash commands): press a button, switch
// user or channel, fill in a form, help, exit. A command is a word (or "/word", such as the
// `/tick` the daily prompts add) with a handler; add new ones to `sandboxCommands`.
import { DAILY_PROMPT_WALKTHROUGH, dailyPromptCommands } from "./dailyPromptCommands.js";
import { SANDBOX } from "./sandboxGuild.js";
import { parseSandboxLine } from "./parseSandboxLine.js";
import type { PromptContext } from "./promptContext.js";
import { showOutcome } from "./showOutcome.js";

export interface SandboxCommand {
  /** What starts the line, lower case: "press", "as", or "/tick" for one that looks like a slash command. */
  names: readonly string[];
  usage: string;
  summary: string;
  /** `rest` is the line after the name. Return "exit" to leave the prompt. */
  run(rest: string, prompt: PromptContext): Promise<"exit" | void>;
}

export const pressCommand: SandboxCommand = {
  names: ["press", "click"],
  usage: "press <label or number>   (or [Next section], or just 2)",
  summary: "press a button on the last message that had buttons",
  async run(rest, prompt) {
    const target = rest.trim().replace(/^\[|\]$/g, "").trim();
    const on = prompt.buttons;
    if (!on) return prompt.print("There are no buttons on screen yet. Run /excerpt first.");
    const wanted = target.toLowerCase();
    const button = /^\d+$/.test(target)
      ? on.list[Number(target) - 1]
      : (on.list.find((candidate) => candidate.label.toLowerCase() === wanted) ?? on.list.find((candidate) => candidate.label.toLowerCase().startsWith(wanted)));
    const labels = on.list.map((candidate, index) => `${index + 1} [${candidate.label}]`).join(", ");
    if (!button || target === "") return prompt.print(`There is no button "${target}" on screen. The buttons are: ${labels}.`);
    if (button.disabled) return prompt.print(`[${button.label}] is unavailable on this message.`);
    const { emulator, username } = prompt.session;
    await showOutcome(prompt, await emulator.clickButton({ message: on.messageId, customId: button.customId, user: username }));
  },
};

export const asCommand: SandboxCommand = {
  names: ["as"],
  usage: `as ${SANDBOX.member} | as ${SANDBOX.moderator}`,
  summary: "act as another member of the demo server",
  async run(rest, prompt) {
    const name = rest.trim().replace(/^@/, "");
    const guild = prompt.session.emulator.guild(prompt.session.guildId);
    try {
      guild.member(name);
    } catch {
      return prompt.print(`There is no member "${name}" here. Try: as ${SANDBOX.member}, or as ${SANDBOX.moderator} (who may manage the server).`);
    }
    prompt.session.username = name;
    prompt.print(`You are now ${name}.`);
  },
};

export const inCommand: SandboxCommand = {
  names: ["in"],
  usage: `in #${SANDBOX.channel}`,
  summary: "run the next commands in another channel",
  async run(rest, prompt) {
    const name = rest.trim().replace(/^#/, "");
    const guild = prompt.session.emulator.guild(prompt.session.guildId);
    try {
      prompt.session.channelId = guild.channel(name).id;
      prompt.print(`Now in #${name}.`);
    } catch {
      prompt.print(`There is no channel #${name}. Channels: ${guild.channels().map((channel) => `#${channel.name}`).join(", ")}.`);
    }
  },
};

export const submitCommand: SandboxCommand = {
  names: ["submit"],
  usage: 'submit <field>:"text"',
  summary: "fill in and send the last form Colloquy opened",
  async run(rest, prompt) {
    const modal = prompt.lastModal?.modal;
    if (!prompt.lastModal || !modal) return prompt.print("Colloquy has not opened a form yet.");
    const parsed = parseSandboxLine(`/submit ${rest}`);
    if (parsed.kind !== "slash") return prompt.print(parsed.kind === "invalid" ? parsed.message : 'Write the fields as name:"text".');
    const fields = Object.fromEntries(parsed.options.map((option) => [option.name, option.value]));
    const outcome = await prompt.session.emulator.submitModal({ customId: modal.custom_id, fields, user: prompt.session.username, from: prompt.lastModal });
    prompt.lastModal = null;
    await showOutcome(prompt, outcome);
  },
};

export const exitCommand: SandboxCommand = {
  names: ["exit", "quit"],
  usage: "exit",
  summary: "stop the sandbox (Ctrl-D works too)",
  async run() {
    return "exit";
  },
};

export const helpCommand: SandboxCommand = {
  names: ["help", "?"],
  usage: "help",
  summary: "this list",
  async run(_rest, prompt) {
    const slash = prompt.session.bot.context.commands.map((command) => `  /${command.definition.name.padEnd(14)} ${command.definition.description}`);
    const own = sandboxCommands.map((command) => `  ${command.usage.padEnd(40)} ${command.summary}`);
    prompt.print(
      [
        "Discord commands (type them as in Discord, options as name:value):",
        ...slash,
        '  e.g. /excerpt section:2    /excerpt search:"sanctions" private:true    /sections',
        "  end a value with ? to see autocomplete suggestions: /excerpt section:ko?  (Tab completes too)",
        "",
        ...DAILY_PROMPT_WALKTHROUGH,
        "",
        "Sandbox commands:",
        ...own,
      ].join("\n"),
    );
  },
};

export const sandboxCommands: SandboxCommand[] = [pressCommand, asCommand, inCommand, submitCommand, ...dailyPromptCommands, helpCommand, exitCommand];
