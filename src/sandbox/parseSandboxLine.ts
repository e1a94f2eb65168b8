// What was typed at the sandbox prompt, before anything runs: a slash command with its
// `name:value` options (values may be "quoted"; an unquoted value ending in "?" asks for
// autocomplete), a button to press ("[Next section]" or its number), or a prompt command word.
export interface TypedOption {
  name: string;
  value: string;
  /** `section:san?`: show the autocomplete choices for what is typed so far. */
  autocomplete: boolean;
}

export type SandboxLine =
  | { kind: "empty" }
  | { kind: "slash"; path: string[]; options: TypedOption[] }
  | { kind: "button"; target: string }
  | { kind: "word"; word: string; rest: string }
  | { kind: "invalid"; message: string };

export function parseSandboxLine(line: string): SandboxLine {
  const text = line.trim();
  if (text === "") return { kind: "empty" };
  const bracketed = /^\[(.+)\]$/.exec(text);
  if (bracketed) return { kind: "button", target: (bracketed[1] as string).trim() };
  if (/^\d+$/.test(text)) return { kind: "button", target: text };
  if (text.startsWith("/")) return parseSlash(text.slice(1));
  const [word = "", ...rest] = text.split(/\s+/);
  return { kind: "word", word: word.toLowerCase(), rest: rest.join(" ") };
}

function parseSlash(text: string): SandboxLine {
  const path: string[] = [];
  const options: TypedOption[] = [];
  let position = 0;
  while (position < text.length) {
    while (text[position] === " " || text[position] === "\t") position += 1;
    if (position >= text.length) break;
    const nameMatch = /^([\w-]+)(:?)/u.exec(text.slice(position));
    if (!nameMatch) {
      return { kind: "invalid", message: `I can't read "${text.slice(position).split(/\s/)[0]}": write options as name:value, for example /excerpt section:2 or search:"two words".` };
    }
    const [whole, name = "", colon] = nameMatch;
    position += whole.length;
    if (!colon) {
      if (options.length > 0) return { kind: "invalid", message: `"${name}" needs a value: write it as ${name}:value (options go after the command name).` };
      path.push(name.toLowerCase());
      continue;
    }
    if (options.some((option) => option.name === name)) return { kind: "invalid", message: `The option ${name} is given twice; give it once.` };
    const value = readValue(text, position);
    if ("message" in value) return { kind: "invalid", message: value.message.replace("{name}", name) };
    position = value.end;
    const autocomplete = !value.quoted && value.text.endsWith("?");
    options.push({ name, value: autocomplete ? value.text.slice(0, -1) : value.text, autocomplete });
  }
  if (path.length === 0) return { kind: "invalid", message: "Type a command name after the slash, for example /excerpt or /help." };
  if (options.filter((option) => option.autocomplete).length > 1) return { kind: "invalid", message: "Ask for autocomplete on one option at a time (one value ending in ?)." };
  return { kind: "slash", path, options };
}

function readValue(text: string, start: number): { text: string; end: number; quoted: boolean } | { message: string } {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    let value = "";
    for (let index = start + 1; index < text.length; index += 1) {
      const char = text[index] as string;
      if (char === "\\" && index + 1 < text.length) {
        value += text[index + 1];
        index += 1;
      } else if (char === quote) {
        const after = text[index + 1];
        if (after !== undefined && after !== " " && after !== "\t") return { message: `Put a space after the closing quote of {name}.` };
        return { text: value, end: index + 1, quoted: true };
      } else {
        value += char;
      }
    }
    return { message: `The quote after {name}: is not closed: add a closing ${quote}.` };
  }
  const end = text.slice(start).search(/\s/);
  const stop = end === -1 ? text.length : start + end;
  return { text: text.slice(start, stop), end: stop, quoted: false };
}
