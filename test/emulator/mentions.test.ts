import { describe, expect, it } from "vitest";
import { checkAllowedMentions, computePings, type MentionContext } from "../../src/emulator/mentions.js";

const USER = "111111111111111111";
const ROLE = "222222222222222222";
const LOCKED = "333333333333333333";
const context = (overrides: Partial<MentionContext>): MentionContext => ({
  allowedMentions: null,
  canMentionEveryone: false,
  isKnownRole: (id) => id === ROLE || id === LOCKED,
  isMentionableRole: (id) => id === ROLE,
  isKnownUser: (id) => id === USER,
  ...overrides,
});
const content = `<@${USER}> <@&${ROLE}> <@&${LOCKED}> @everyone`;

describe("who a message pings", () => {
  it("parses everything when allowed_mentions is absent, within what the author may ping", () => {
    expect(computePings(content, context({}))).toEqual({ users: [USER], roles: [ROLE], everyone: false });
    expect(computePings(content, context({ canMentionEveryone: true }))).toEqual({ users: [USER], roles: [ROLE, LOCKED], everyone: true });
  });

  it("pings nothing with parse: [] and exactly the listed role with roles: [id]", () => {
    expect(computePings(content, context({ allowedMentions: { parse: [] } }))).toEqual({ users: [], roles: [], everyone: false });
    expect(computePings(content, context({ allowedMentions: { roles: [ROLE] } }))).toEqual({ users: [], roles: [ROLE], everyone: false });
  });

  it("rejects parse: ['roles'] together with a roles list, as Discord does", () => {
    expect(checkAllowedMentions({ parse: ["roles"] as never, roles: [ROLE] })?.code).toBe(50035);
    expect(checkAllowedMentions({ parse: [], roles: [ROLE] })).toBeNull();
  });
});
