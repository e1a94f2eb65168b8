// Structured logs (pino, JSON lines). Secrets are redacted wherever they might appear, and members'
// message content is never logged: callers log ids, not text.
import { pino, type DestinationStream, type Logger } from "pino";
import type { LogLevel } from "../config/loadConfig.js";

export type { Logger };

const redactedPaths = [
  "token",
  "*.token",
  "discordToken",
  "*.discordToken",
  "apiKey",
  "*.apiKey",
  "headers.authorization",
  "*.headers.authorization",
];

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = { level, base: { app: "colloquy" }, redact: { paths: redactedPaths, censor: "[redacted]" } };
  return destination ? pino(options, destination) : pino(options);
}
