// Public face of the Discord emulator (see docs/emulator.md).
export { Emulator, type EmulatorEvents, type MessageFilter, type RequestViolation } from "./emulator.js";
export { startEmulator } from "./startEmulator.js";
export type { EmulatorOptions } from "./options.js";
export { buildGuild, GuildBuilder, type GuildSeed, type ChannelSeed, type RoleSeed, type MemberSeed, type BotSeed, type OverwriteSeed } from "./guildBuilder.js";
export { ChannelHandle } from "./driver/channelHandle.js";
export { GuildHandle } from "./driver/guildHandle.js";
export { MemberHandle } from "./driver/memberHandle.js";
export { RoleHandle } from "./driver/roleHandle.js";
export type { MemberPostInput } from "./driver/memberPosts.js";
export type { UserRef } from "./driver/members.js";
export type { AutocompleteInput, ComponentInput, MessageRef, ModalInput, RunCommandInput } from "./interactions/driver.js";
export { InteractionOutcome, type CallbackRecord, type EditRecord, type VisibleResponse } from "./interactions/outcome.js";
export type { EmulatorGateway, SessionInfo } from "./gateway/controls.js";
export type { Fault, FaultHandle, FaultInjector, FaultMatch } from "./faults.js";
export type { RecordedRequest, RequestFilter, RequestLog } from "./requestLog.js";
export { DEFAULT_ROUTE_LIMITS, type RateLimitOptions, type RouteLimitRule } from "./rateLimits.js";
export type { EmulatorLogger } from "./logger.js";
export type { Pings, StoredMessage } from "./state/records.js";
export {
  ALL_PERMISSIONS,
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  permissionNames,
  resolvePermissions,
  type PermissionInput,
  type PermissionName,
} from "./permissions.js";
export { snowflakeTimestamp } from "./ids.js";
