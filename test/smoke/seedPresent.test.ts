import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("repository", () => {
  it("ships the seed essay exactly as the user supplied it (hard wraps and all)", () => {
    const bytes = readFileSync(new URL("../../seeds/singapore-summit.txt", import.meta.url));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe("6e0da45ba4ba7d25afef879dd78890b456406ac32b820d0a5addb9107c5ffa42");
    expect(bytes.toString("utf8")).toContain("partly-foreign-\neducated");
  });
});
