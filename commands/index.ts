// Every slash command Colloquy serves, in the order /help lists them. `npm run register` sends
// these definitions to Discord and the dispatcher routes to these modules: add a command here.
import type { CommandModule } from "../src/discord/commandModule.js";
import { excerptCommand } from "./excerpt.js";
import { forgetMeCommand } from "./forgetMe.js";
import { helpCommand } from "./help.js";
import { promptCommand } from "./prompt.js";
import { questionsCommand } from "./questions.js";
import { scheduleCommand } from "./schedule.js";
import { sectionsCommand } from "./sections.js";
import { statsCommand } from "./stats.js";

export const commands: readonly CommandModule[] = [
  excerptCommand,
  questionsCommand,
  sectionsCommand,
  statsCommand,
  forgetMeCommand,
  scheduleCommand,
  promptCommand,
  helpCommand,
];
