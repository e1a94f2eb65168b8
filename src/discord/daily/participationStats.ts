// Gathers what /stats and /stats me show: the server's prompts and answers of the last 180 days
// (older ones no longer move a streak that matters), dated in the zone of the server's first
// schedule (UTC when it has none).
import type { BotContext } from "../../bot/botContext.js";
import { localDateKey } from "../../schedule/localDate.js";
import { groupStats, type GroupStats } from "../../stats/groupStats.js";
import { memberStats, type MemberStats } from "../../stats/memberStats.js";
import { statsInput } from "../../stats/participationInput.js";

const HISTORY_MS = 180 * 86_400_000;

type StatsContext = Pick<BotContext, "store" | "clock">;

async function inputs(context: StatsContext, guildId: string, userId?: string) {
  const now = context.clock.now().getTime();
  const since = now - HISTORY_MS;
  const [prompts, answers, schedules] = await Promise.all([
    context.store.listPrompts(guildId, since),
    context.store.listAnswers(guildId, since, userId),
    context.store.listSchedules(guildId),
  ]);
  const zone = schedules[0]?.rule.zone ?? "UTC";
  return { now, zone, ...statsInput(prompts, answers) };
}

export async function serverStats(context: StatsContext, guildId: string): Promise<{ stats: GroupStats; zone: string }> {
  const { now, zone, prompts, answers } = await inputs(context, guildId);
  return { stats: groupStats(prompts, answers, now, localDateKey(now, zone)), zone };
}

export async function ownStats(context: StatsContext, guildId: string, userId: string): Promise<MemberStats> {
  const { prompts, answers } = await inputs(context, guildId, userId);
  return memberStats(userId, prompts, answers);
}
