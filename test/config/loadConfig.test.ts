import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/loadConfig.js";

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, "/srv/colloquy");
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("loadConfig", () => {
  it("runs with nothing set: offline sandbox, files under the working folder", () => {
    const config = loadConfig({}, "/srv/colloquy");
    expect(config.discordToken).toBeUndefined();
    expect(config.discordApiUrl).toBe("https://discord.com/api");
    expect(config.seedsDir).toBe("/srv/colloquy/seeds");
    expect(config.databaseUrl).toBe("/srv/colloquy/data/colloquy.db");
    expect(config.logLevel).toBe("info");
    expect(config.llm).toBeUndefined();
  });

  it("treats empty values as unset, as .env files write them", () => {
    const config = loadConfig({ DISCORD_TOKEN: "", DEV_GUILD_ID: " ", LLM_BASE_URL: "", LLM_MODEL: "" }, "/srv");
    expect(config.discordToken).toBeUndefined();
    expect(config.devGuildId).toBeUndefined();
    expect(config.llm).toBeUndefined();
  });

  it("names every wrong variable and says how to fix it, without echoing secrets", () => {
    const problems = problemsOf({
      DISCORD_TOKEN: "not-a-token",
      DEV_GUILD_ID: "12",
      LOG_LEVEL: "loud",
      DISCORD_API_URL: "ftp://example.com",
      LLM_TIMEOUT_MS: "soon",
    });
    expect(problems.map((p) => p.split(/[ :]/)[0]).sort()).toEqual(
      ["DEV_GUILD_ID", "DISCORD_API_URL", "DISCORD_TOKEN", "LLM_TIMEOUT_MS", "LOG_LEVEL"].sort(),
    );
    expect(problems.join("\n")).not.toContain("not-a-token");
    expect(problems.find((p) => p.startsWith("DEV_GUILD_ID"))).toMatch(/Copy Server ID/);
  });

  it("asks for both halves of the LLM settings", () => {
    expect(problemsOf({ LLM_BASE_URL: "http://127.0.0.1:11434/v1" })[0]).toMatch(/^LLM_MODEL: is needed/);
    expect(problemsOf({ LLM_MODEL: "llama3.1" })[0]).toMatch(/^LLM_BASE_URL: is needed/);
    const config = loadConfig({ LLM_BASE_URL: "http://127.0.0.1:11434/v1/", LLM_MODEL: "llama3.1" }, "/srv");
    expect(config.llm).toEqual({ baseUrl: "http://127.0.0.1:11434/v1", model: "llama3.1", apiKey: undefined, timeoutMs: 20000 });
  });

  it("keeps :memory: and file: database URLs as given", () => {
    expect(loadConfig({ DATABASE_URL: ":memory:" }, "/srv").databaseUrl).toBe(":memory:");
    expect(loadConfig({ DATABASE_URL: "file:/tmp/x.db" }, "/srv").databaseUrl).toBe("file:/tmp/x.db");
  });

  it("documents every variable it reads in .env.example", () => {
    const example = readFileSync(new URL("../../.env.example", import.meta.url), "utf8");
    const documented = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    const source = readFileSync(new URL("../../src/config/loadConfig.ts", import.meta.url), "utf8");
    const read = [...source.matchAll(/^  ([A-Z_]+): /gm)].map((m) => m[1]);
    expect(read.length).toBeGreaterThan(5);
    expect(documented.sort()).toEqual(read.sort());
  });
});
