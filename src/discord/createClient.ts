// The discord.js client, configured once: the fewest intents Colloquy needs, mentions disabled
// for everything it sends (essay text and members' answers are untrusted), and the REST base from
// configuration (Discord, a REST proxy or the local emulator; the gateway URL comes from
// /gateway/bot), and no message cache. Tests pass a no-op identify throttler so reconnecting
// doesn't wait 5 s.
import { Client, GatewayIntentBits, Options, type ClientOptions, type RESTOptions } from "discord.js";

/**
 * Guilds: channels, threads and the server list. GuildMessages: to notice that a member posted in
 * a daily-prompt thread (issue 5 counts participation by author and id; the privileged
 * MessageContent intent is not requested, so message text never reaches the bot).
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] as const;

export interface CreateClientOptions {
  /** REST base without the version, e.g. https://discord.com/api. */
  apiUrl: string;
  /** Replaces discord.js's 5-second IDENTIFY spacing (tests and the sandbox against the emulator). */
  identifyThrottler?: NonNullable<NonNullable<ClientOptions["ws"]>["buildIdentifyThrottler"]>;
  /** REST tuning, e.g. `globalRequestsPerSecond` for a bot whose global limit is not Discord's default 50. */
  rest?: Partial<Omit<RESTOptions, "api">>;
}

export function createClient(options: CreateClientOptions): Client {
  return new Client({
    intents: [...INTENTS],
    allowedMentions: { parse: [] },
    // Colloquy never reads cached messages (a button's message comes with the interaction, posts
    // go by id over REST); discord.js's default keeps 200 per channel, which only costs memory.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    rest: { ...options.rest, api: options.apiUrl },
    ...(options.identifyThrottler ? { ws: { buildIdentifyThrottler: options.identifyThrottler } } : {}),
  });
}

/** For tests and the sandbox: identify at once, every time. */
export const noIdentifyWait: CreateClientOptions["identifyThrottler"] = () => ({ waitForIdentify: async () => {} });
