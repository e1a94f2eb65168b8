import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/emulator/rateLimits.js";

const ROUTE = "/channels/{channel_id}/messages";

describe("the emulator's rate limiter", () => {
  it("lets N requests through in any rolling second and tells the next one how long to wait", () => {
    let now = 0;
    const limiter = new RateLimiter({ globalPerSecond: 3, routes: [] }, () => now);
    for (let i = 0; i < 3; i++) expect(limiter.check("GET", "/a", {}, true).limited).toBeNull();
    now = 400;
    expect(limiter.check("GET", "/a", {}, true).limited).toEqual({ retryAfterMs: 600, global: true });
    now = 1_000;
    expect(limiter.check("GET", "/a", {}, true).limited).toBeNull();
    // Interaction callbacks and webhooks are outside the global limit.
    expect(limiter.check("POST", "/interactions/x", {}, false).limited).toBeNull();
  });

  it("keeps a bucket per route and channel, with Discord's headers", () => {
    let now = 0;
    const limiter = new RateLimiter({ globalPerSecond: null, routes: [{ method: "POST", route: ROUTE, limit: 2, windowMs: 5_000 }] }, () => now);
    const first = limiter.check("POST", ROUTE, { channel_id: "1" }, true);
    expect(first.headers).toMatchObject({ "X-RateLimit-Limit": "2", "X-RateLimit-Remaining": "1", "X-RateLimit-Reset-After": "5.000" });
    limiter.check("POST", ROUTE, { channel_id: "1" }, true);
    now = 1_000;
    const third = limiter.check("POST", ROUTE, { channel_id: "1" }, true);
    expect(third.limited).toEqual({ retryAfterMs: 4_000, global: false });
    expect(third.headers["X-RateLimit-Scope"]).toBe("user");
    expect(limiter.check("POST", ROUTE, { channel_id: "2" }, true).limited).toBeNull();
    now = 5_000;
    expect(limiter.check("POST", ROUTE, { channel_id: "1" }, true).limited).toBeNull();
  });
});
