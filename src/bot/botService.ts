// Long-running parts of the bot besides answering interactions (issue 5: the daily-prompt
// scheduler, participation counting in threads). createBot starts each one once the client is
// ready and stops them, in reverse order, before it disconnects.
import type { Client } from "discord.js";
import { dailyPromptsService } from "../discord/daily/dailyPromptsService.js";
import type { BotContext } from "./botContext.js";

export interface BotService {
  /** For logs. */
  name: string;
  /** Called once, after the first clientReady; may attach client listeners (e.g. messageCreate). */
  start(): Promise<void> | void;
  stop(): Promise<void> | void;
}

export type BotServiceFactory = (client: Client, context: BotContext) => BotService;

/** The services every bot runs: the daily prompts (scheduler ticks, answers counted in threads). */
export const defaultServices: readonly BotServiceFactory[] = [dailyPromptsService()];
