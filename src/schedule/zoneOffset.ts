// A zone's UTC offset at an instant, remembered. Asking Intl (through luxon) costs microseconds each
// time, and a tick asks the same questions over and over: thousands of schedules share a handful of
// zones and times, and every schedule in a tick shares "now".
import { IANAZone } from "luxon";

const perZoneLimit = 4096;
const offsets = new Map<string, Map<number, number>>();
const zones = new Map<string, IANAZone>();

function zoneNamed(name: string): IANAZone {
  let zone = zones.get(name);
  if (!zone) {
    zone = IANAZone.create(name);
    if (!zone.isValid) throw new RangeError(`'${name}' is not a valid IANA time zone.`);
    zones.set(name, zone);
  }
  return zone;
}

/** Minutes to add to UTC to get the wall clock in `zone` at instant `ms`. */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  let known = offsets.get(zone);
  if (!known) {
    known = new Map();
    offsets.set(zone, known);
  }
  let offset = known.get(ms);
  if (offset === undefined) {
    offset = zoneNamed(zone).offset(ms);
    // Bounded: forget everything for the zone rather than track recency.
    if (known.size >= perZoneLimit) known.clear();
    known.set(ms, offset);
  }
  return offset;
}
