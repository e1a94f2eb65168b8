// Snowflake ids for everything the emulator creates, built the way Discord builds them
// (milliseconds since the Discord epoch in the top bits), so that ids sort by creation time
// and `before`/`after` queries and discord.js's SnowflakeUtil work on them.

const DISCORD_EPOCH = 1_420_070_400_000n;
const MAX_INCREMENT = 4095n;

/** Makes strictly increasing snowflakes from a clock that may stand still or go backwards. */
export class SnowflakeFactory {
  private lastMillis = 0n;
  private increment = 0n;

  constructor(private readonly now: () => number) {}

  next(): string {
    let millis = BigInt(Math.floor(this.now()));
    if (millis <= this.lastMillis) {
      // Same (or earlier) millisecond: keep ids increasing rather than trusting the clock.
      millis = this.lastMillis;
      this.increment += 1n;
      if (this.increment > MAX_INCREMENT) {
        millis += 1n;
        this.increment = 0n;
      }
    } else {
      this.increment = 0n;
    }
    this.lastMillis = millis;
    return (((millis - DISCORD_EPOCH) << 22n) | (1n << 17n) | this.increment).toString();
  }
}

/** The creation time (ms since the Unix epoch) encoded in a snowflake. */
export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** Compares two snowflakes numerically (they can exceed Number's precision). */
export function compareSnowflakes(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Which shard a guild belongs to: `(guild_id >> 22) % shard_count`. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
