// Colloquy's configuration, read once at start-up from the environment (and `.env`, loaded by the
// caller with dotenv). Every other module receives the typed `Config`; none reads process.env.
// A wrong value stops start-up with a message that names the variable and says how to fix it.
import { isAbsolute, resolve } from "node:path";
import { z } from "zod";

const snowflake = /^\d{17,20}$/;
const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Empty strings in .env files mean "not set" (e.g. `DEV_GUILD_ID=`). */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

function httpUrl(example: string) {
  return z
    .string()
    .trim()
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === "http:" || url.protocol === "https:";
      } catch {
        return false;
      }
    }, `must be an http(s) URL such as ${example}`)
    .transform((value) => value.replace(/\/+$/, ""));
}

const schema = z.object({
  DISCORD_TOKEN: optionalText.refine(
    (value) => value === undefined || /^[\w-]+\.[\w-]+\.[\w-]+$/.test(value),
    "does not look like a bot token (three dot-separated parts). Copy it from the Developer Portal → your application → Bot → Reset Token, or leave it empty to run the offline sandbox",
  ),
  DISCORD_API_URL: httpUrl("https://discord.com/api").default("https://discord.com/api"),
  DEV_GUILD_ID: optionalText.refine(
    (value) => value === undefined || snowflake.test(value),
    "must be a server id (17–20 digits). In Discord: User Settings → Advanced → Developer Mode, then right-click the server → Copy Server ID",
  ),
  SEEDS_DIR: z.string().trim().min(1, "must name a folder of .md/.txt essays").default("seeds"),
  DATABASE_URL: z
    .string()
    .trim()
    .min(1, "must be a SQLite file path such as data/colloquy.db, a file: URL, or :memory:")
    .default("data/colloquy.db"),
  LOG_LEVEL: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(logLevels, { error: `must be one of ${logLevels.join(", ")}` }))
    .default("info"),
  LLM_BASE_URL: optionalText.pipe(httpUrl("http://127.0.0.1:11434/v1").optional()),
  LLM_MODEL: optionalText,
  LLM_API_KEY: optionalText,
  LLM_TIMEOUT_MS: z
    .string()
    .trim()
    .default("20000")
    .refine((value) => /^\d+$/.test(value), "must be a whole number of milliseconds, such as 20000")
    .transform(Number)
    .pipe(z.number().int().min(1000, "must be at least 1000 (one second)").max(300_000, "must be at most 300000 (five minutes)")),
  QUESTION_CACHE_DIR: z.string().trim().min(1).default("data/question-cache"),
});

export type LogLevel = (typeof logLevels)[number];

export interface Config {
  /** Absent: `npm start` runs the offline sandbox instead of connecting to Discord. */
  discordToken: string | undefined;
  /** REST base without the version, e.g. https://discord.com/api; the gateway URL comes from /gateway/bot. */
  discordApiUrl: string;
  devGuildId: string | undefined;
  seedsDir: string;
  databaseUrl: string;
  logLevel: LogLevel;
  /** Present only when both LLM_BASE_URL and LLM_MODEL are set. */
  llm: { baseUrl: string; model: string; apiKey: string | undefined; timeoutMs: number } | undefined;
  questionCacheDir: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Colloquy cannot start: its configuration needs fixing.\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for every variable and its meaning.`);
    this.name = "ConfigError";
  }
}

/** Parses the given environment (process.env at start-up; a plain object in tests). */
export function loadConfig(env: Record<string, string | undefined>, cwd: string): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "configuration");
      const shown = name === "DISCORD_TOKEN" || name === "LLM_API_KEY" ? "" : ` (got ${JSON.stringify(env[name])})`;
      return `${name}${shown}: ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  const values = parsed.data;
  const problems: string[] = [];
  if (Boolean(values.LLM_BASE_URL) !== Boolean(values.LLM_MODEL)) {
    problems.push(
      values.LLM_BASE_URL
        ? "LLM_MODEL: is needed when LLM_BASE_URL is set (for example llama3.1 or gpt-4o-mini); or clear LLM_BASE_URL to use the offline question generator"
        : "LLM_BASE_URL: is needed when LLM_MODEL is set (for example http://127.0.0.1:11434/v1 for Ollama); or clear LLM_MODEL",
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const inCwd = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  const databaseUrl =
    values.DATABASE_URL === ":memory:" || values.DATABASE_URL.startsWith("file:") ? values.DATABASE_URL : inCwd(values.DATABASE_URL);
  return {
    discordToken: values.DISCORD_TOKEN,
    discordApiUrl: values.DISCORD_API_URL,
    devGuildId: values.DEV_GUILD_ID,
    seedsDir: inCwd(values.SEEDS_DIR),
    databaseUrl,
    logLevel: values.LOG_LEVEL,
    llm:
      values.LLM_BASE_URL && values.LLM_MODEL
        ? { baseUrl: values.LLM_BASE_URL, model: values.LLM_MODEL, apiKey: values.LLM_API_KEY, timeoutMs: values.LLM_TIMEOUT_MS }
        : undefined,
    questionCacheDir: inCwd(values.QUESTION_CACHE_DIR),
  };
}
