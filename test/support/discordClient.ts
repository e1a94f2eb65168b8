// A real discord.js Client pointed at the emulator, for end-to-end tests and benches.
import { Client, GatewayIntentBits, type ClientOptions } from "discord.js";
import type { Emulator } from "../../src/emulator/index.js";

/** What a discord.js Client needs to talk to the emulator: its REST base and no 5 s identify wait. */
export function clientOptionsFor(emulator: Emulator): Pick<ClientOptions, "rest" | "ws"> {
  return {
    rest: { api: emulator.apiUrl },
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
  };
}

export interface TestClientOptions {
  intents?: ClientOptions["intents"];
  token?: string;
  /** Attach listeners before login (clientReady can fire before login() resolves). */
  setup?: (client: Client) => void;
  rest?: ClientOptions["rest"];
}

/** Logs a client in against the emulator and resolves once it is ready. */
export async function loginTestClient(emulator: Emulator, options: TestClientOptions = {}): Promise<Client<true>> {
  const base = clientOptionsFor(emulator);
  const client = new Client({
    intents: options.intents ?? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: { parse: [] },
    ...base,
    rest: { ...base.rest, ...options.rest },
  });
  options.setup?.(client);
  const ready = new Promise<void>((resolve) => client.once("clientReady", () => resolve()));
  await client.login(options.token ?? emulator.token);
  await ready;
  return client as Client<true>;
}
