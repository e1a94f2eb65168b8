// Why the bot could not connect, in words a person setting it up can act on (main prints this
// and exits 1, instead of a stack trace).
import { GatewayCloseCodes } from "discord.js";

export class BotStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "BotStartError";
  }
}

const TOKEN_HELP = "Open https://discord.com/developers/applications → your application → Bot → Reset Token, put the new token in .env as DISCORD_TOKEN, and start again (or leave DISCORD_TOKEN empty to try the offline sandbox).";

export function explainLoginError(error: unknown, apiUrl: string): BotStartError {
  const details = error as { code?: unknown; status?: unknown; cause?: { code?: unknown } };
  if (details.code === "TokenInvalid" || details.status === 401) {
    return new BotStartError(`Discord rejected the bot token (DISCORD_TOKEN is not valid, or was reset). ${TOKEN_HELP}`, { cause: error });
  }
  const network = typeof details.cause?.code === "string" ? details.cause.code : typeof details.code === "string" ? details.code : undefined;
  if (network && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|UND_ERR_\w+)$/.test(network)) {
    return new BotStartError(`Colloquy could not reach Discord at ${apiUrl} (${network}). Check the network connection and DISCORD_API_URL.`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new BotStartError(`Colloquy could not connect to Discord: ${message}`, { cause: error });
}

/** A gateway close that discord.js will not retry. */
export function explainGatewayClose(code: number): BotStartError {
  switch (code) {
    case GatewayCloseCodes.AuthenticationFailed:
      return new BotStartError(`Discord's gateway rejected the bot token. ${TOKEN_HELP}`);
    case GatewayCloseCodes.DisallowedIntents:
      return new BotStartError("Discord refused the gateway intents Colloquy asks for (Guilds, Guild Messages). None of them is privileged; if this persists, check the application's Bot settings in the Developer Portal.");
    default:
      return new BotStartError(`Discord closed the gateway connection with code ${code} (${GatewayCloseCodes[code] ?? "unknown"}) and it cannot be resumed.`);
  }
}
