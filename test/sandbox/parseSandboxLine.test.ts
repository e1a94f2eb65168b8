import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { parseSandboxLine } from "../../src/sandbox/parseSandboxLine.js";
import { typeCommandOptions } from "../../src/sandbox/typeCommandOptions.js";

describe("reading a line typed at the sandbox prompt", () => {
  it("reads a slash command with name:value options, quoted or not", () => {
    expect(parseSandboxLine('/excerpt section:2 search:"two words" private:true')).toEqual({
      kind: "slash",
      path: ["excerpt"],
      options: [
        { name: "section", value: "2", autocomplete: false },
        { name: "search", value: "two words", autocomplete: false },
        { name: "private", value: "true", autocomplete: false },
      ],
    });
    expect(parseSandboxLine("/excerpt search:'it\\'s' ")).toMatchObject({ options: [{ name: "search", value: "it's" }] });
    expect(parseSandboxLine('/excerpt search:""')).toMatchObject({ options: [{ name: "search", value: "" }] });
  });

  it("reads subcommands and an autocomplete request", () => {
    expect(parseSandboxLine("/schedule set time:9am channel:#study-group")).toMatchObject({ kind: "slash", path: ["schedule", "set"] });
    expect(parseSandboxLine("/excerpt section:san?")).toMatchObject({ options: [{ name: "section", value: "san", autocomplete: true }] });
    expect(parseSandboxLine('/excerpt search:"why?"')).toMatchObject({ options: [{ name: "search", value: "why?", autocomplete: false }] });
  });

  it("reads buttons by [label] or number, and prompt words", () => {
    expect(parseSandboxLine("[Next section]")).toEqual({ kind: "button", target: "Next section" });
    expect(parseSandboxLine(" 2 ")).toEqual({ kind: "button", target: "2" });
    expect(parseSandboxLine("press More questions")).toEqual({ kind: "word", word: "press", rest: "More questions" });
    expect(parseSandboxLine("AS moderator")).toEqual({ kind: "word", word: "as", rest: "moderator" });
    expect(parseSandboxLine("   ")).toEqual({ kind: "empty" });
  });

  it("explains what is wrong with a line it cannot read", () => {
    const message = (line: string) => {
      const parsed = parseSandboxLine(line);
      return parsed.kind === "invalid" ? parsed.message : `not invalid: ${parsed.kind}`;
    };
    expect(message('/excerpt search:"open')).toBe('The quote after search: is not closed: add a closing ".');
    expect(message("/excerpt section:1 private")).toBe('"private" needs a value: write it as private:value (options go after the command name).');
    expect(message("/excerpt section:1 section:2")).toBe("The option section is given twice; give it once.");
    expect(message("/")).toBe("Type a command name after the slash, for example /excerpt or /help.");
    expect(message("/excerpt section:a? search:b?")).toBe("Ask for autocomplete on one option at a time (one value ending in ?).");
    expect(message('/excerpt search:"a"b')).toBe("Put a space after the closing quote of search.");
  });
});

describe("typing options by the command's definition", () => {
  const definitions = commands.map((command) => command.definition);
  const typed = (line: string) => {
    const parsed = parseSandboxLine(line);
    if (parsed.kind !== "slash") throw new Error(parsed.kind);
    return typeCommandOptions(definitions, parsed.path, parsed.options);
  };

  it("turns booleans into booleans and keeps strings", () => {
    expect(typed("/excerpt section:2 private:yes")).toEqual({ ok: true, name: "excerpt", options: { section: "2", private: true } });
    expect(typed("/excerpt section:ko?")).toEqual({ ok: true, name: "excerpt", options: { section: "ko" }, focused: "section" });
  });

  it("says what to type instead", () => {
    expect(typed("/excerpt private:maybe")).toEqual({ ok: false, message: "private takes true or false, for example private:true." });
    expect(typed("/excerpt sect:2")).toEqual({ ok: false, message: '/excerpt has no option "sect". Its options: section, search, private, essay.' });
    expect(typed("/help topic:x")).toEqual({ ok: false, message: '/help has no option "topic". It takes no options.' });
    expect(typed("/nope")).toMatchObject({ ok: false, message: expect.stringContaining("There is no /nope. Commands here: /excerpt") });
    expect(typed("/excerpt search:x?")).toEqual({ ok: false, message: "search has no suggestions to show; type its value instead." });
    expect(typed("/excerpt more")).toEqual({ ok: false, message: '/excerpt has no subcommand "more". Its options are written name:value: section:… search:… private:… essay:….' });
    expect(typed("/schedule start")).toEqual({ ok: false, message: expect.stringMatching(/^\/schedule has no subcommand "start"\. Try \/schedule set \| show \| pause/) });
  });

  it("reads a true/false option named on its own as true, as Discord shows a picked one", () => {
    expect(typed("/stats me")).toEqual({ ok: true, name: "stats", options: { me: true } });
    expect(typed("/stats")).toEqual({ ok: true, name: "stats", options: {} });
  });
});
