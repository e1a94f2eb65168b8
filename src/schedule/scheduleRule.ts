// What a daily-prompt schedule says about time: a local time of day, an IANA time zone and the
// weekdays it posts on. The rule is kept in local terms (never converted to UTC once), so every
// posting instant is worked out afresh in the zone and daylight saving cannot move it.

/** ISO weekday: 1 = Monday … 7 = Sunday (luxon's numbering). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const allWeekdays: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** A wall-clock time, 24-hour. */
export interface LocalTime {
  hour: number;
  minute: number;
}

export interface ScheduleRule {
  time: LocalTime;
  /** IANA zone name, e.g. "Europe/London" (validated by resolveTimeZone). */
  zone: string;
  /** Sorted, distinct, never empty. */
  days: readonly IsoWeekday[];
}

/** Outcome of parsing moderator input: a value, or a sentence telling them what to type instead. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
