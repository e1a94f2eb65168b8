// GET /gateway and /gateway/bot: where discord.js finds the WebSocket gateway at login.
import { ok, type RouteDefinition } from "../http/context.js";

export const gatewayRoutes: RouteDefinition[] = [
  {
    method: "GET",
    route: "/gateway/bot",
    auth: "bot",
    handle: ({ services: { gateway } }) =>
      ok({
        url: gateway.url,
        shards: gateway.recommendedShards(),
        session_start_limit: {
          total: 1000,
          remaining: Math.max(0, 1000 - gateway.identifyCount()),
          reset_after: 14_400_000,
          max_concurrency: 1,
        },
      }),
  },
  {
    method: "GET",
    route: "/gateway",
    auth: "none",
    handle: ({ services: { gateway } }) => ok({ url: gateway.url }),
  },
];
