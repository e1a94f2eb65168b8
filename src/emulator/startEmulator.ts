// Starts the Discord emulator: state seeded with the given guilds, the REST pipeline and the
// WebSocket gateway on one HTTP server (127.0.0.1, an ephemeral port by default). Point
// discord.js at `emulator.apiUrl`; see docs/emulator.md.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Emulator } from "./emulator.js";
import { FaultInjector } from "./faults.js";
import { connectDispatcher } from "./gateway/dispatcher.js";
import { GatewayServer } from "./gateway/server.js";
import { toGuildSeed } from "./guildBuilder.js";
import type { EmulatorServices } from "./http/context.js";
import { createRequestHandler } from "./http/server.js";
import { InteractionDriver } from "./interactions/driver.js";
import { InteractionRegistry } from "./interactions/registry.js";
import { resolveOptions, type EmulatorOptions } from "./options.js";
import { RateLimiter } from "./rateLimits.js";
import { RequestLog } from "./requestLog.js";
import { allRoutes } from "./routes/index.js";
import { CommandRegistry } from "./state/commands.js";
import { seedGuild } from "./state/seedGuild.js";
import { EmulatorState } from "./state/store.js";

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const settings = resolveOptions(options);
  const state = new EmulatorState(settings.clock, {
    id: settings.botUserId,
    username: settings.botUsername,
    applicationId: settings.applicationId,
  });
  const commands = new CommandRegistry(state.applicationId, state.ids);
  const interactions = new InteractionRegistry(settings.clock);
  const gateway = new GatewayServer({
    state,
    acceptedTokens: settings.acceptedTokens,
    heartbeatIntervalMs: settings.heartbeatIntervalMs,
    maxGuildsPerShard: settings.maxGuildsPerShard,
    resumeBufferLimit: settings.resumeBufferLimit,
    resumeWindowMs: settings.resumeWindowMs,
    logger: settings.logger,
  });
  const stopDispatching = connectDispatcher(state, gateway);
  for (const seed of settings.guilds) seedGuild(state, toGuildSeed(seed));

  const services: EmulatorServices = {
    state,
    commands,
    interactions,
    settings: { nonceWindowMs: settings.nonceWindowMs, interactionResponseWindowMs: settings.interactionResponseWindowMs },
    gateway: {
      get url() {
        return gateway.url;
      },
      recommendedShards: () => Math.max(1, Math.ceil(state.botGuilds().length / 1000)),
      identifyCount: () => gateway.identifyCount,
    },
  };
  const requests = new RequestLog(settings.maxRecordedRequests);
  const faults = new FaultInjector();
  const limiter =
    settings.globalPerSecond !== null || settings.routeLimits.length > 0
      ? new RateLimiter({ globalPerSecond: settings.globalPerSecond, routes: settings.routeLimits })
      : null;
  let emulator: Emulator | undefined;
  const server: Server = createServer(
    createRequestHandler({
      services,
      routes: allRoutes,
      log: requests,
      faults,
      limiter,
      acceptedTokens: settings.acceptedTokens,
      validate: settings.validateRequest,
      rejectInvalid: settings.rejectInvalidRequests,
      logger: settings.logger,
      onRequest: (request) => emulator?.events.emit("request", request),
    }),
  );
  server.on("upgrade", (request, socket, head: Buffer) => gateway.handleUpgrade(request, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  gateway.setBaseUrl(`ws://${settings.host}:${port}`);
  settings.logger.info({ port }, "Discord emulator listening");

  emulator = new Emulator({
    apiUrl: `http://${settings.host}:${port}/api`,
    token: settings.token,
    state,
    requests,
    faults,
    gateway,
    commands,
    interactions: new InteractionDriver(services, gateway),
    close: async () => {
      stopDispatching();
      gateway.shutdown();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
  return emulator;
}
