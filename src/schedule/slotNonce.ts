// The nonce a scheduled post is sent with. Derived from the slot's identity (guild, schedule, local
// date), not random, so every attempt, retry and restart - in any process - sends the same nonce and
// Discord's `enforce_nonce` turns a repeat into the original message. Discord allows 25 characters.
import { createHash } from "node:crypto";

export const nonceLength = 25;

export function slotNonce(guildId: string, scheduleId: number, localDate: string): string {
  return createHash("sha256").update(`slot:${guildId}:${scheduleId}:${localDate}`).digest("hex").slice(0, nonceLength);
}

/** For extra `/prompt now` posts that take no slot: unique per request, still deterministic. */
export function extraPostNonce(guildId: string, scheduleId: number, requestedAt: number): string {
  return createHash("sha256").update(`extra:${guildId}:${scheduleId}:${requestedAt}`).digest("hex").slice(0, nonceLength);
}
