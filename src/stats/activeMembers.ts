// `/stats`: members active lately, i.e. who answered at least one prompt in the last N days.

const dayMs = 86_400_000;

export function activeMembers(answers: readonly { userId: string; answeredAt: number }[], now: number, days: number): number {
  const since = now - days * dayMs;
  const members = new Set<string>();
  for (const answer of answers) if (answer.answeredAt > since && answer.answeredAt <= now) members.add(answer.userId);
  return members.size;
}
