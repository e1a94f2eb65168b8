// The bot's own user and application: GET /users/@me, /users/{id}, /applications/@me.
import { notFound } from "../errors.js";
import { ok, type RouteDefinition } from "../http/context.js";
import { userPayload } from "../state/serialize.js";

export const userRoutes: RouteDefinition[] = [
  {
    method: "GET",
    route: "/users/@me",
    auth: "bot",
    handle: ({ services: { state } }) => ok({ ...userPayload(state.botUser), verified: true, mfa_enabled: false, flags: 0 }),
  },
  {
    method: "GET",
    route: "/users/{user_id}",
    auth: "bot",
    handle: ({ services: { state }, params }) => {
      const user = state.users.get(params.user_id ?? "");
      if (!user) throw notFound();
      return ok(userPayload(user));
    },
  },
  {
    method: "GET",
    route: "/applications/@me",
    auth: "bot",
    handle: ({ services: { state } }) =>
      ok({
        id: state.applicationId,
        name: state.botUser.username,
        icon: null,
        description: "",
        summary: "",
        type: null,
        bot_public: true,
        bot_require_code_grant: false,
        verify_key: "0".repeat(64),
        flags: 0,
        team: null,
        bot: userPayload(state.botUser),
        owner: { id: "0", username: "emulator", discriminator: "0", global_name: null, avatar: null },
        approximate_guild_count: state.botGuilds().length,
        integration_types_config: { "0": {} },
      }),
  },
];
