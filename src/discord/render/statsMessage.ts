// /stats (the group's participation: members per day over two weeks, active members, best current
// streaks) and /stats me (a member's own). Members appear as mentions, which show their names and,
// with mentions disabled on every message Colloquy sends, ping nobody.
import { TimestampStyles, time } from "discord.js";
import { isoWeekdayOf } from "../../schedule/localDate.js";
import type { GroupStats } from "../../stats/groupStats.js";
import type { MemberStats } from "../../stats/memberStats.js";
import { fitEmbed } from "./fitEmbed.js";
import { EMBED_COLOUR, type MessageView } from "./messageView.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const BAR_WIDTH = 12;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

function dayLines(stats: GroupStats): string {
  const most = Math.max(1, ...stats.byDay.map((day) => day.members));
  return stats.byDay
    .map((day) => {
      const label = `${WEEKDAYS[isoWeekdayOf(day.date) - 1]} ${day.date.slice(5)}`;
      if (day.prompts === 0) return `\`${label}\` · no prompt`;
      const bar = "█".repeat(Math.round((day.members / most) * BAR_WIDTH)) || "·";
      return `\`${label}\` ${bar} ${plural(day.members, "member")}`;
    })
    .join("\n");
}

export function groupStatsMessage(stats: GroupStats, zone: string): MessageView {
  if (stats.promptsPosted === 0) {
    return { content: "No daily prompt has been posted here yet, so there is nothing to count. A moderator can start one with /schedule set." };
  }
  const streaks =
    stats.topStreaks.length > 0
      ? stats.topStreaks.map(({ userId, streak }, index) => `${index + 1}. <@${userId}> · ${plural(streak.current, "prompt day")}${streak.longest > streak.current ? ` (best ${streak.longest})` : ""}`).join("\n")
      : "Nobody has a streak going yet: answer today's prompt to start one.";
  return {
    embeds: [
      fitEmbed({
        title: "Participation",
        description: `Members who answered each day's prompt (last 14 days, ${zone}):\n${dayLines(stats)}`,
        color: EMBED_COLOUR,
        fields: [
          { name: "Active members", value: `${stats.activeLast7Days} in the last 7 days · ${stats.activeLast30Days} in the last 30`, inline: false },
          { name: "Current streaks", value: streaks },
          { name: "Prompts posted", value: `${stats.promptsPosted} · longest streak ever ${plural(stats.longestStreak, "prompt day")}`, inline: false },
        ],
        footer: { text: "A streak counts prompt days in a row that you answered; days without a prompt don't break it. /stats me:True shows yours." },
      }),
    ],
  };
}

export function memberStatsMessage(stats: MemberStats): MessageView {
  if (stats.answered === 0) {
    return { content: "You haven't answered a daily prompt here yet (or you erased your record). Answer in the prompt's thread, or press its Answer button." };
  }
  const last = stats.lastAnsweredAt === null ? "" : `, the last one ${time(Math.floor(stats.lastAnsweredAt / 1000), TimestampStyles.RelativeTime)}`;
  return {
    embeds: [
      fitEmbed({
        title: "Your participation",
        description: `You answered ${plural(stats.answered, "prompt")} of the ${stats.postedSinceFirst} posted since your first answer${last}.`,
        color: EMBED_COLOUR,
        fields: [
          { name: "Current streak", value: plural(stats.streak.current, "prompt day"), inline: true },
          { name: "Longest streak", value: plural(stats.streak.longest, "prompt day"), inline: true },
        ],
        footer: { text: "Colloquy records only that you answered and when, never what you wrote. /forget-me erases it." },
      }),
    ],
  };
}
