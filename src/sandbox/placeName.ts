// How the terminal names where something happens: "#study-group" for a channel, and for a thread
// its name in quotes, shortened — a daily prompt's thread is named from its question (up to 100
// characters), too long for a prompt or a heading.
import type { Emulator } from "../emulator/index.js";

const THREAD_NAME_SHOWN = 40;

export interface PlaceName {
  /** "#study-group", or "“Why did nobody expect much?”" for a thread. */
  short: string;
  thread: boolean;
}

export function placeName(emulator: Emulator, channelId: string): PlaceName | null {
  const channel = emulator.state.channels.get(channelId);
  if (!channel) return null;
  if (!channel.thread) return { short: `#${channel.name}`, thread: false };
  const name = channel.name.length > THREAD_NAME_SHOWN ? `${channel.name.slice(0, THREAD_NAME_SHOWN - 1).trimEnd()}…` : channel.name;
  return { short: `“${name}”`, thread: true };
}

/** " in #study-group", " in the thread “Why did nobody…”", or "" for a place that is gone. */
export function inPlace(emulator: Emulator, channelId: string): string {
  const place = placeName(emulator, channelId);
  if (!place) return "";
  return place.thread ? ` in the thread ${place.short}` : ` in ${place.short}`;
}
