// The sentences moderators read when a daily prompt could not be posted: what happened, and what to
// do about it. Kept together so their tone stays the same.
import type { ModeratorNotice, ModeratorNoticeKind } from "./promptPoster.js";
import type { ScheduleRecord } from "../store/store.js";

function channel(schedule: ScheduleRecord): string {
  return `<#${schedule.channelId}>`;
}

export function forbiddenMessage(schedule: ScheduleRecord, permission: string | null): string {
  const what = permission ? `the **${permission}** permission` : "a permission it needs";
  return `Colloquy couldn't post the daily prompt in ${channel(schedule)}: it is missing ${what} there. The "${schedule.name}" schedule is stopped until you fix the permission and run /schedule resume.`;
}

export function notFoundMessage(schedule: ScheduleRecord): string {
  return `Colloquy couldn't post the daily prompt: the channel ${channel(schedule)} no longer exists or Colloquy can't see it. The "${schedule.name}" schedule is stopped; choose a channel with /schedule set.`;
}

export function failedMessage(schedule: ScheduleRecord, localDate: string, error: string): string {
  return `Colloquy couldn't post the daily prompt for ${localDate} in ${channel(schedule)} after several tries (${error}). Run /prompt now to post it.`;
}

export function unconfirmedMessage(schedule: ScheduleRecord, localDate: string): string {
  return `Colloquy restarted while posting the daily prompt for ${localDate} in ${channel(schedule)} and cannot confirm it arrived. To avoid a duplicate it did not post again: if the prompt is missing, run /prompt now.`;
}

export function noEssayMessage(schedule: ScheduleRecord): string {
  return `The "${schedule.name}" schedule has no reading to post from (its essay is missing or has no usable sections). Load an essay; the next prompt will follow on schedule.`;
}

export function postProblemMessage(schedule: ScheduleRecord, problem: string): string {
  return `The daily prompt was posted in ${channel(schedule)}, but ${problem}`;
}

export function notice(schedule: ScheduleRecord, kind: ModeratorNoticeKind, message: string, missingPermission?: string | null): ModeratorNotice {
  return {
    guildId: schedule.guildId,
    scheduleId: schedule.id,
    scheduleName: schedule.name,
    channelId: schedule.channelId,
    kind,
    message,
    ...(missingPermission === undefined ? {} : { missingPermission }),
  };
}
