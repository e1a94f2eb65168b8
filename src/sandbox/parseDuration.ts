// Reads how far `/tick` should move the sandbox's clock: "1d", "2h", "30m", "1d 2h", "90 minutes".
export type DurationResult = { ok: true; ms: number } | { ok: false; message: string };

const UNIT_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000 };
const PART = /(\d+)\s*(d|days?|h|hours?|hrs?|m|mins?|minutes?)\b/gi;
const HINT = "Say how far to move the clock, e.g. /tick 1d, /tick 2h, /tick 30m or /tick 1d 2h.";
const MAX_MS = 366 * 86_400_000;

export function parseDuration(text: string): DurationResult {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: HINT };
  let ms = 0;
  let consumed = "";
  for (const match of trimmed.matchAll(PART)) {
    ms += Number(match[1]) * (UNIT_MS[(match[2] as string)[0]!.toLowerCase()] as number);
    consumed += match[0];
  }
  if (consumed.replace(/\s+/g, "") !== trimmed.replace(/\s+/g, "")) return { ok: false, message: `I can't read "${trimmed}". ${HINT}` };
  if (ms <= 0) return { ok: false, message: `Move the clock forward by at least a minute. ${HINT}` };
  if (ms > MAX_MS) return { ok: false, message: "That is more than a year; try at most /tick 366d." };
  return { ok: true, ms };
}
