// Every REST route the emulator answers.
import type { RouteDefinition } from "../http/context.js";
import { channelRoutes } from "./channels.js";
import { applicationCommandRoutes } from "./commands.js";
import { gatewayRoutes } from "./gateway.js";
import { guildRoutes } from "./guilds.js";
import { interactionRoutes } from "./interactions.js";
import { messageRoutes } from "./messages.js";
import { pinRoutes } from "./pins.js";
import { threadRoutes } from "./threads.js";
import { userRoutes } from "./users.js";
import { webhookRoutes } from "./webhooks.js";

export const allRoutes: readonly RouteDefinition[] = [
  ...gatewayRoutes,
  ...userRoutes,
  ...applicationCommandRoutes,
  ...channelRoutes,
  ...messageRoutes,
  ...pinRoutes,
  ...threadRoutes,
  ...guildRoutes,
  ...interactionRoutes,
  ...webhookRoutes,
];
