// Reads the days a moderator types ("weekdays", "mon,wed,fri", "mon-fri", "Monday, Thursday",
// "sat-mon") into ISO weekdays, and writes a set of weekdays back in its shortest readable form
// (which parseDays reads again to the same set).
import { allWeekdays, type IsoWeekday, type Parsed } from "./scheduleRule.js";

const hint = "Use daily, weekdays, weekends, or days like mon,wed,fri or mon-fri.";

const shortNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const dayNames: Record<string, IsoWeekday> = {};
const spellings: readonly (readonly string[])[] = [
  ["mo", "mon", "monday"],
  ["tu", "tue", "tues", "tuesday"],
  ["we", "wed", "weds", "wednesday"],
  ["th", "thu", "thur", "thurs", "thursday"],
  ["fr", "fri", "friday"],
  ["sa", "sat", "saturday"],
  ["su", "sun", "sunday"],
];
spellings.forEach((names, index) => {
  for (const name of names) dayNames[name] = (index + 1) as IsoWeekday;
});

const groups: Record<string, readonly IsoWeekday[]> = {
  daily: allWeekdays,
  everyday: allWeekdays,
  all: allWeekdays,
  weekdays: [1, 2, 3, 4, 5],
  weekday: [1, 2, 3, 4, 5],
  weekends: [6, 7],
  weekend: [6, 7],
};

function dayOf(word: string): IsoWeekday | undefined {
  // "mondays" reads as "monday"
  return dayNames[word] ?? (word.endsWith("s") ? dayNames[word.slice(0, -1)] : undefined);
}

/** Days from `from` to `to` inclusive, wrapping past Sunday ("sat-mon" is Sat, Sun, Mon). */
function dayRange(from: IsoWeekday, to: IsoWeekday): IsoWeekday[] {
  const days: IsoWeekday[] = [from];
  let day = from;
  while (day !== to) {
    day = ((day % 7) + 1) as IsoWeekday;
    days.push(day);
  }
  return days;
}

export function parseDays(input: string): Parsed<IsoWeekday[]> {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/[–—]/g, "-")
    .replace(/\bevery\s+day\b/g, "daily")
    .replace(/\s+(?:to|through|thru|until)\s+/g, "-")
    .replace(/\s*-\s*/g, "-")
    .replace(/\band\b|&/g, ",");
  const tokens = text.split(/[\s,;/]+/).filter((token) => token !== "");
  if (tokens.length === 0) return { ok: false, error: `Please say which days to post on. ${hint}` };

  const chosen = new Set<IsoWeekday>();
  for (const token of tokens) {
    const group = groups[token];
    if (group) {
      group.forEach((day) => chosen.add(day));
      continue;
    }
    const ends = token.split("-");
    if (ends.length > 2 || ends.some((end) => end === "")) {
      return { ok: false, error: `'${token}' is not a range of days: write it like mon-fri. ${hint}` };
    }
    const days = ends.map(dayOf);
    const unknown = ends.find((_, index) => days[index] === undefined);
    if (unknown !== undefined) return { ok: false, error: `'${unknown}' is not a day of the week. ${hint}` };
    const [from, to] = days as [IsoWeekday, IsoWeekday | undefined];
    (to === undefined ? [from] : dayRange(from, to)).forEach((day) => chosen.add(day));
  }
  return { ok: true, value: [...chosen].sort((a, b) => a - b) };
}

/** Shortest readable form: "daily", "weekdays", "weekends", "mon-wed, fri", "sat-mon". */
export function formatDays(days: readonly IsoWeekday[]): string {
  const set = new Set(days);
  if (set.size === 7) return "daily";
  if (set.size === 0) return "never";
  if (set.size === 5 && [1, 2, 3, 4, 5].every((day) => set.has(day as IsoWeekday))) return "weekdays";
  if (set.size === 2 && set.has(6) && set.has(7)) return "weekends";

  // Walk the week starting just after a day that is not chosen, so a run like Sat-Sun-Mon stays whole.
  const gap = allWeekdays.find((day) => !set.has(day)) as IsoWeekday;
  const runs: IsoWeekday[][] = [];
  let run: IsoWeekday[] = [];
  for (let step = 1; step <= 7; step += 1) {
    const day = (((gap - 1 + step) % 7) + 1) as IsoWeekday;
    if (set.has(day)) run.push(day);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  runs.sort((a, b) => (a[0] as number) - (b[0] as number));

  const name = (day: IsoWeekday) => shortNames[day - 1] as string;
  return runs
    .map((days) =>
      days.length >= 3 ? `${name(days[0] as IsoWeekday)}-${name(days[days.length - 1] as IsoWeekday)}` : days.map(name).join(", "),
    )
    .join(", ");
}
