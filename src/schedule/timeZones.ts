// Time zones a moderator can pick: validation of IANA names (case-insensitive, old and new
// spellings, a city on its own) and ranked suggestions for Discord autocomplete, each showing the
// zone's current UTC offset. Abbreviations and fixed offsets are refused on purpose: "EST" or
// "+01:00" would not follow daylight saving, which is exactly what users of peer bots complain about.
import { IANAZone } from "luxon";
import type { Parsed } from "./scheduleRule.js";

export interface TimeZoneChoice {
  /** What the moderator sees, e.g. "Europe/London (UTC+01:00)"; at most 100 characters. */
  name: string;
  /** The zone name to store, e.g. "Europe/London"; at most 100 characters. */
  value: string;
}

// Node's ICU may list a zone under its old name; show the current spelling, accept both.
const renamed: Record<string, string> = {
  "Europe/Kiev": "Europe/Kyiv",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "America/Godthab": "America/Nuuk",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Africa/Asmera": "Africa/Asmara",
  "Atlantic/Faeroe": "Atlantic/Faroe",
};

const utcAliases = ["UTC", "Etc/UTC", "GMT", "Etc/GMT", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu"];

/** Shown first when nothing is typed, and preferred on ties: where most study groups are. */
const commonZones = [
  "UTC",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "America/Toronto",
  "America/Mexico_City",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Paris",
  "Europe/Berlin",
  "Europe/Madrid",
  "Europe/Rome",
  "Europe/Amsterdam",
  "Europe/Istanbul",
  "Africa/Lagos",
  "Africa/Cairo",
  "Africa/Johannesburg",
  "Africa/Nairobi",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Australia/Sydney",
];

/** Abbreviations people type, and the city zone they most likely mean. */
const abbreviations: Record<string, string> = {
  est: "America/New_York",
  edt: "America/New_York",
  et: "America/New_York",
  cst: "America/Chicago",
  cdt: "America/Chicago",
  ct: "America/Chicago",
  mst: "America/Denver",
  mdt: "America/Denver",
  pst: "America/Los_Angeles",
  pdt: "America/Los_Angeles",
  pt: "America/Los_Angeles",
  bst: "Europe/London",
  cet: "Europe/Paris",
  cest: "Europe/Paris",
  eet: "Europe/Athens",
  ist: "Asia/Kolkata",
  jst: "Asia/Tokyo",
  kst: "Asia/Seoul",
  sgt: "Asia/Singapore",
  aest: "Australia/Sydney",
  aedt: "Australia/Sydney",
  nzst: "Pacific/Auckland",
  nzdt: "Pacific/Auckland",
};

interface ZoneEntry {
  name: string;
  /** Lower-case names it answers to (current, old spelling). */
  keys: string[];
  /** Lower-case last part ("new_york"), for city search. */
  city: string;
  commonRank: number;
}

function intlAccepts(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

let catalogue: { entries: ZoneEntry[]; byKey: Map<string, ZoneEntry> } | undefined;

function zoneCatalogue() {
  if (catalogue) return catalogue;
  const entries = new Map<string, ZoneEntry>();
  const add = (name: string, alias?: string) => {
    const entry =
      entries.get(name) ??
      ({
        name,
        keys: [name.toLowerCase()],
        city: (name.split("/").pop() ?? name).toLowerCase(),
        commonRank: commonZones.indexOf(name) === -1 ? commonZones.length : commonZones.indexOf(name),
      } satisfies ZoneEntry);
    if (alias && !entry.keys.includes(alias.toLowerCase())) entry.keys.push(alias.toLowerCase());
    entries.set(name, entry);
  };
  for (const listed of Intl.supportedValuesOf("timeZone")) {
    const modern = renamed[listed];
    if (modern && intlAccepts(modern)) add(modern, listed);
    else add(listed);
  }
  for (const alias of utcAliases) if (intlAccepts(alias)) add("UTC", alias);
  const byKey = new Map<string, ZoneEntry>();
  for (const entry of entries.values()) for (const key of entry.keys) byKey.set(key, entry);
  catalogue = { entries: [...entries.values()], byKey };
  return catalogue;
}

/** "UTC+05:30" for the zone's offset at that instant. */
export function formatUtcOffset(zone: string, at: Date): string {
  const minutes = IANAZone.create(zone).offset(at.getTime());
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}:${String(absolute % 60).padStart(2, "0")}`;
}

const pickHint = "Start typing a city and pick from the list, for example Europe/London or America/New_York.";

/** The zone name to store for what the moderator typed, or why it is not usable. */
export function resolveTimeZone(input: string): Parsed<string> {
  const text = input.trim();
  if (text === "") return { ok: false, error: `Please give a time zone. ${pickHint}` };
  const { byKey, entries } = zoneCatalogue();
  const lower = text.toLowerCase();
  const listed = byKey.get(lower);
  if (listed) return { ok: true, value: listed.name };

  if (/^(?:utc|gmt)?\s*[+-]\s*\d/.test(lower)) {
    return {
      ok: false,
      error: `'${text}' is a fixed offset, which would not follow daylight saving. Pick the city zone you live by (or UTC). ${pickHint}`,
    };
  }
  const meant = abbreviations[lower];
  if (meant) {
    return {
      ok: false,
      error: `'${text}' is an abbreviation, not a place, so daylight saving could not be followed. Pick a city zone such as ${meant}.`,
    };
  }
  const city = lower.replace(/\s+/g, "_");
  const sameCity = entries.filter((entry) => entry.city === city);
  if (sameCity.length === 1) return { ok: true, value: (sameCity[0] as ZoneEntry).name };

  // Old links such as US/Eastern: accept what the runtime knows, stored under its current name.
  if (text.includes("/") && intlAccepts(text)) {
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: text }).resolvedOptions().timeZone;
    const entry = byKey.get(resolved.toLowerCase());
    if (entry) return { ok: true, value: entry.name };
  }
  const guesses = rankZones(text).slice(0, 3).map((entry) => entry.name);
  const guess = guesses.length > 0 ? ` Did you mean ${guesses.join(", ")}?` : "";
  return { ok: false, error: `'${text}' is not a time zone I know.${guess} ${pickHint}` };
}

function rankZones(query: string): ZoneEntry[] {
  const { entries } = zoneCatalogue();
  const q = query.trim().toLowerCase().replace(/\s+/g, "_");
  const byCommonThenName = (a: ZoneEntry, b: ZoneEntry) => a.commonRank - b.commonRank || a.name.localeCompare(b.name);
  if (q === "") return entries.filter((entry) => entry.commonRank < commonZones.length).sort(byCommonThenName);

  const scored: { entry: ZoneEntry; score: number }[] = [];
  for (const entry of entries) {
    let score = Number.POSITIVE_INFINITY;
    for (const key of entry.keys) {
      const city = key.split("/").pop() ?? key;
      if (city.startsWith(q) || key.startsWith(q)) score = Math.min(score, 0);
      else if (key.split("/").some((part) => part.startsWith(q))) score = Math.min(score, 1);
      else if (key.includes(q)) score = Math.min(score, 2);
    }
    if (score !== Number.POSITIVE_INFINITY) scored.push({ entry, score });
  }
  return scored.sort((a, b) => a.score - b.score || byCommonThenName(a.entry, b.entry)).map(({ entry }) => entry);
}

function clip(text: string): string {
  return text.length <= 100 ? text : `${text.slice(0, 99)}…`;
}

/** Up to `limit` (≤ 25) zones for autocomplete: city prefix first, then contains; common zones first on ties. */
export function suggestTimeZones(query: string, now: Date, limit = 25): TimeZoneChoice[] {
  return rankZones(query)
    .slice(0, Math.min(limit, 25))
    .map((entry) => ({ name: clip(`${entry.name} (${formatUtcOffset(entry.name, now)})`), value: clip(entry.name) }));
}
