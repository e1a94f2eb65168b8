// Helpers for store tests: a temporary folder per test and a ready-made schedule.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ScheduleSettings } from "../../src/store/store.js";

export function temporaryFolder(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), "colloquy-store-"));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function settings(overrides: Partial<ScheduleSettings> = {}): ScheduleSettings {
  return {
    name: "main",
    channelId: "200000000000000001",
    channelKind: "text",
    rule: { time: { hour: 9, minute: 0 }, zone: "Europe/London", days: [1, 2, 3, 4, 5] },
    roleId: null,
    thread: true,
    pin: false,
    essayId: null,
    ...overrides,
  };
}
