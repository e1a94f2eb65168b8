// The sandbox's read–eval–print loop on node:readline. Works with a terminal (prompt, Tab
// completion of commands, options and autocomplete values) and with piped input (each line is
// echoed so a transcript reads like a session), handling one line fully before the next.
import { createInterface, type Completer } from "node:readline";
import type { Readable } from "node:stream";
import { parseSandboxLine } from "./parseSandboxLine.js";
import { placeName } from "./placeName.js";
import type { PromptContext } from "./promptContext.js";
import { quoteIfNeeded, renderChoices } from "./renderForTerminal.js";
import { pressCommand, sandboxCommands, type SandboxCommand } from "./sandboxCommands.js";
import { showOutcome } from "./showOutcome.js";
import { typeCommandOptions } from "./typeCommandOptions.js";

export interface PromptOptions {
  input: Readable;
  /** Where a terminal prompt is drawn (a TTY); omit for piped input. */
  terminal?: NodeJS.WritableStream;
  commands?: readonly SandboxCommand[];
}

export async function runPrompt(prompt: PromptContext, options: PromptOptions): Promise<void> {
  const commands = options.commands ?? sandboxCommands;
  const interactive = options.terminal !== undefined;
  const reader = createInterface({
    input: options.input,
    ...(interactive ? { output: options.terminal, terminal: true, completer: completerFor(prompt) } : { terminal: false }),
  });
  // Ctrl-C at the prompt leaves the sandbox the way `exit` does (the bot and emulator stop cleanly).
  reader.on("SIGINT", () => reader.close());
  const showPrompt = () => {
    if (!interactive) return;
    reader.setPrompt(`${prompt.session.username} ${placeName(prompt.session.emulator, prompt.session.channelId)?.short ?? "?"}> `);
    reader.prompt();
  };
  showPrompt();
  try {
    for await (const line of reader) {
      if (!interactive && line.trim() !== "") prompt.print(`\n${prompt.session.username} ${placeName(prompt.session.emulator, prompt.session.channelId)?.short ?? "?"}> ${line.trim()}`);
      if ((await runLine(line, prompt, commands)) === "exit") break;
      showPrompt();
    }
  } finally {
    reader.close();
  }
}

/** Runs one line typed at the prompt; never throws (problems are printed). */
export async function runLine(line: string, prompt: PromptContext, commands: readonly SandboxCommand[] = sandboxCommands): Promise<"exit" | void> {
  const parsed = parseSandboxLine(line);
  try {
    switch (parsed.kind) {
      case "empty":
        return;
      case "invalid":
        return prompt.print(parsed.message);
      case "button":
        return await pressCommand.run(parsed.target, prompt);
      case "word": {
        const command = commands.find((candidate) => candidate.names.includes(parsed.word));
        if (command) return await command.run(parsed.rest, prompt);
        // A newcomer types a button's label as it reads ("Next section"), without the brackets.
        const label = line.trim().toLowerCase();
        if (prompt.buttons?.list.some((button) => button.label.toLowerCase() === label)) return await pressCommand.run(line.trim(), prompt);
        return prompt.print(`I don't know "${parsed.word}". Discord commands start with a slash (try /help); type help for the sandbox's own commands.`);
      }
      case "slash": {
        const name = `/${parsed.path[0]}`;
        const own = commands.find((candidate) => candidate.names.includes(name));
        if (own) return await own.run(line.trim().slice(name.length), prompt);
        return await runSlashCommand(parsed.path, parsed.options, prompt);
      }
    }
  } catch (error) {
    prompt.print(`That didn't work: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function runSlashCommand(path: string[], typedOptions: Parameters<typeof typeCommandOptions>[2], prompt: PromptContext): Promise<void> {
  const { emulator, channelId, username, bot } = prompt.session;
  const typed = typeCommandOptions(bot.context.commands.map((command) => command.definition), path, typedOptions);
  if (!typed.ok) return prompt.print(typed.message);
  if (typed.focused !== undefined) {
    const choices = await emulator.autocomplete({ name: typed.name, channelId, user: username, options: typed.options, focused: typed.focused });
    return prompt.print(renderChoices(typed.focused, choices, prompt.style));
  }
  await showOutcome(prompt, await emulator.runCommand({ name: typed.name, channelId, user: username, options: typed.options }));
}

/** Tab: command names after "/", option names, and autocomplete values (asked of the bot). */
function completerFor(prompt: PromptContext): Completer {
  return ((line: string, callback: (error: null, result: [string[], string]) => void) => {
    void complete(line, prompt).then((result) => callback(null, result), () => callback(null, [[], line]));
  }) as unknown as Completer;
}

async function complete(line: string, prompt: PromptContext): Promise<[string[], string]> {
  const definitions = prompt.session.bot.context.commands.map((command) => command.definition);
  const commandOnly = /^\/(\S*)$/.exec(line);
  if (commandOnly) return [definitions.map((definition) => `/${definition.name} `).filter((name) => name.startsWith(line)), line];
  const parsed = parseSandboxLine(line);
  if (parsed.kind !== "slash") return [[], line];
  const definition = definitions.find((candidate) => candidate.name === parsed.path[0]);
  const last = /(\S+)$/.exec(line)?.[1] ?? "";
  if (!definition || line.endsWith(" ")) return [(definition?.options ?? []).map((option) => `${option.name}:`), ""];
  const option = /^([\w-]+):(.*)$/.exec(last);
  if (!option) return [(definition.options ?? []).map((candidate) => `${candidate.name}:`).filter((name) => name.startsWith(last)), last];
  const [, name = "", typed = ""] = option;
  const spec = (definition.options ?? []).find((candidate) => candidate.name === name);
  if (!spec || !("autocomplete" in spec && spec.autocomplete)) return [[], last];
  const others = Object.fromEntries(parsed.options.filter((candidate) => candidate.name !== name).map((candidate) => [candidate.name, candidate.value]));
  const typedCommand = typeCommandOptions(definitions, parsed.path, parsed.options.filter((candidate) => candidate.name !== name));
  const choices = await prompt.session.emulator.autocomplete({
    name: parsed.path.join(" "),
    channelId: prompt.session.channelId,
    user: prompt.session.username,
    options: { ...(typedCommand.ok ? typedCommand.options : others), [name]: typed.replace(/^["']/, "") },
    focused: name,
  });
  return [choices.map((choice) => `${name}:${quoteIfNeeded(String(choice.value))}`), last];
}
