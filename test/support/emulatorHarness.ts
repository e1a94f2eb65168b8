// Test lifecycle around the emulator: start it with the OpenAPI checker installed, and at the
// end destroy clients, close it and fail if any request broke Discord's spec.
import type { Client } from "discord.js";
import { startEmulator, type Emulator, type EmulatorOptions } from "../../src/emulator/index.js";
import { expectRequestsValid, specValidator } from "./discordSpec.js";

export function startCheckedEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ validateRequest: specValidator(), ...options });
}

/** Destroys the clients, closes the emulator, then fails if a request broke the spec. */
export async function finishEmulator(emulator: Emulator | undefined, ...clients: (Client | undefined)[]): Promise<void> {
  for (const client of clients) await client?.destroy();
  if (!emulator) return;
  await emulator.close();
  expectRequestsValid(emulator);
}
