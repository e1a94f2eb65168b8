// Reads the time of day a moderator types ("09:00", "9am", "9:30 pm", "noon") and writes it back
// in the one form Colloquy shows and stores ("09:00").
import type { LocalTime, Parsed } from "./scheduleRule.js";

const hint = "Use 24-hour HH:MM like 09:00 or 9am.";

const named: Record<string, LocalTime> = {
  noon: { hour: 12, minute: 0 },
  midday: { hour: 12, minute: 0 },
  midnight: { hour: 0, minute: 0 },
};

// hour, optional ":MM" (or ".MM"), optional am/pm with or without dots and a space before it.
const shape = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$/;

export function parseTime(input: string): Parsed<LocalTime> {
  const text = input.trim().toLowerCase();
  if (text === "") return { ok: false, error: `Please give a time of day. ${hint}` };
  const known = named[text];
  if (known) return { ok: true, value: { ...known } };

  const quoted = `'${input.trim()}'`;
  const match = shape.exec(text);
  if (!match) return { ok: false, error: `${quoted} is not a time of day. ${hint}` };
  const hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const half = match[3];
  if (minute > 59) return { ok: false, error: `${quoted} is not a time of day: minutes go from 00 to 59. ${hint}` };

  if (half !== undefined) {
    if (hour < 1 || hour > 12) {
      return { ok: false, error: `${quoted} is not a time of day: with am/pm the hour goes from 1 to 12. ${hint}` };
    }
    // 12am is midnight and 12pm is noon.
    const base = hour === 12 ? 0 : hour;
    return { ok: true, value: { hour: half === "p" ? base + 12 : base, minute } };
  }
  if (hour > 23) return { ok: false, error: `${quoted} is not a time of day. ${hint}` };
  return { ok: true, value: { hour, minute } };
}

/** "09:05": the form stored in the database and shown to moderators. */
export function formatLocalTime(time: LocalTime): string {
  return `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}`;
}
