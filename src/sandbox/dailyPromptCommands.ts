// The sandbox's commands for trying the daily prompts without waiting for tomorrow:
//   /tick 1d   moves the sandbox clock forward, stopping at every posting time on the way so each
//              due prompt is posted exactly when it would be (not a "missed" day);
//   thread     moves you into the latest prompt's thread;
//   say <text> posts a message as you where you are (e.g. your answer in the thread).
import { buttonsOf } from "./renderForTerminal.js";
import { SANDBOX } from "./sandboxGuild.js";
import type { PromptContext } from "./promptContext.js";
import type { SandboxCommand } from "./sandboxCommands.js";
import { nextPostHint, SET_UP_HINT } from "./nextPostHint.js";
import { parseDuration } from "./parseDuration.js";
import { inPlace } from "./placeName.js";
import { readableTimestamp } from "./readableTimestamps.js";

/** Runs the scheduler at `at` (waiting out a minute tick of node-cron that may be running). */
async function tickAt(prompt: PromptContext): Promise<number> {
  const { scheduler } = prompt.session.bot.context;
  for (;;) {
    await scheduler.idle();
    const report = await scheduler.tick(prompt.session.clock.now());
    if (!report.overlapped) return report.posted;
  }
}

export async function fastForward(prompt: PromptContext, ms: number): Promise<number> {
  const { clock, bot } = prompt.session;
  const target = clock.now().getTime() + ms;
  let posted = 0;
  let previous: number | null = null;
  for (let step = 0; step < 1000; step += 1) {
    const [due] = await bot.context.store.dueSchedules(target, null, 1);
    const next = due?.schedule.nextFireAt ?? null;
    // Nothing due before the target, or a schedule the last tick could not move on (it is failing).
    if (next === null || next === previous) break;
    previous = next;
    const now = clock.now().getTime();
    if (next > now) clock.advance(next - now);
    posted += await tickAt(prompt);
  }
  const now = clock.now().getTime();
  if (target > now) clock.advance(target - now);
  posted += await tickAt(prompt);
  await bot.dispatcher.settled();
  return posted;
}

/** Makes the latest daily prompt's buttons the ones `press` acts on. */
async function showLatestPrompt(prompt: PromptContext): Promise<string | null> {
  const { store } = prompt.session.bot.context;
  const [latest] = (await store.listPrompts(prompt.session.guildId, 0)).slice(-1);
  if (!latest) return null;
  const stored = prompt.session.emulator.message(latest.messageId);
  if (stored) prompt.buttons = { messageId: stored.message.id, list: buttonsOf(stored.message) };
  return latest.threadId;
}

export const tickCommand: SandboxCommand = {
  names: ["/tick"],
  usage: "/tick 1d | /tick 2h | /tick 30m",
  summary: "move the sandbox clock forward; daily prompts due meanwhile are posted",
  async run(rest, prompt) {
    const duration = parseDuration(rest);
    if (!duration.ok) return prompt.print(duration.message);
    const posted = await fastForward(prompt, duration.ms);
    const threadId = posted > 0 ? await showLatestPrompt(prompt) : null;
    const now = prompt.session.clock.now();
    prompt.print(`The sandbox clock is now ${readableTimestamp(now, "F", now)}.`);
    if (posted === 0) {
      const { bot, emulator, guildId } = prompt.session;
      return prompt.print(await nextPostHint(bot.context, guildId, (channelId) => inPlace(emulator, channelId)));
    }
    prompt.print(
      `${posted} daily prompt${posted === 1 ? "" : "s"} posted. Press [Answer] to answer in a form${threadId ? ", or type thread then say <your answer> to reply in its thread" : ""}; then try /stats.`,
    );
  },
};

export const threadCommand: SandboxCommand = {
  names: ["thread"],
  usage: "thread",
  summary: "go into the latest daily prompt's thread (back with in #study-group)",
  async run(_rest, prompt) {
    const threadId = await showLatestPrompt(prompt);
    if (!threadId) return prompt.print(`There is no daily prompt with a thread yet. Set one up (${SET_UP_HINT}), then /tick 1d.`);
    prompt.session.channelId = threadId;
    prompt.print(`Now in the thread "${prompt.session.emulator.channel(threadId).name}". Type say <your answer>.`);
  },
};

export const sayCommand: SandboxCommand = {
  names: ["say"],
  usage: "say <text>",
  summary: "post a message as yourself where you are (e.g. an answer in a thread)",
  async run(rest, prompt) {
    const text = rest.trim();
    if (text === "") return prompt.print("Say what? For example: say I think the summit mattered because…");
    const { emulator, channelId, username, bot } = prompt.session;
    emulator.memberPosts({ channelId, user: username, content: text });
    // Let the bot see the message (it counts answers from MESSAGE_CREATE) before the next line runs.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await bot.dispatcher.settled();
    prompt.print(`(${username} posted${inPlace(emulator, channelId)})`);
  },
};

export const dailyPromptCommands: SandboxCommand[] = [tickCommand, threadCommand, sayCommand];

/** The daily prompts from start to finish, as `help` shows them. */
export const DAILY_PROMPT_WALKTHROUGH: readonly string[] = [
  "Daily prompts, step by step (the sandbox's clock starts on a weekday at 07:00 UTC):",
  `  as ${SANDBOX.moderator}                                    only moderators may set a schedule`,
  `  /schedule set channel:${SANDBOX.channel} time:9am timezone:Europe/London   (also days:weekdays role:${SANDBOX.readerRole} pin:true)`,
  "  /tick 1d                                        the clock jumps a day; the 9:00 prompt appears",
  `  as ${SANDBOX.member}`,
  '  [Answer]  then  submit answer:"I think…"        answer in a form',
  "  thread    then  say I agree…                    or write in the prompt's thread",
  "  /stats                                          who took part (/schedule show, as moderator, for the schedule)",
];
