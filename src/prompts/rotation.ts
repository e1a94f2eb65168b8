// "Each once, then round again": the order shared by the daily prompt (per schedule) and by
// `/excerpt` with no option (per channel). Sections come in reading order, none repeats until all
// have been used, then a new round starts. Ids no longer in the essay (it was reloaded and changed)
// are forgotten, so a changed essay never blocks the rotation.

export interface RotationState {
  /** 0 for the first time through the essay, 1 for the second… */
  round: number;
  /** Section ids already used in this round. */
  usedIds: readonly string[];
}

export const freshRotation: RotationState = { round: 0, usedIds: [] };

export interface RotationStep {
  /** The id to use next. */
  id: string;
  /** The round it belongs to (may be one more than before, when the last round was complete). */
  round: number;
  /** State to save once the item has actually been used. */
  after: RotationState;
}

/** Next id in `ids` (reading order) not used this round; null only when `ids` is empty. */
export function nextInRotation(ids: readonly string[], state: RotationState): RotationStep | null {
  if (ids.length === 0) return null;
  const current = new Set(ids);
  let round = state.round;
  let used = new Set(state.usedIds.filter((id) => current.has(id)));
  if (used.size >= current.size) {
    round += 1;
    used = new Set();
  }
  const id = ids.find((candidate) => !used.has(candidate)) as string;
  return { id, round, after: { round, usedIds: [...used, id] } };
}

/** The state after `id` has been used (what nextInRotation's `after` would be, recomputed at posting time). */
export function markUsed(ids: readonly string[], state: RotationState, id: string): RotationState {
  const current = new Set(ids);
  const used = state.usedIds.filter((usedId) => current.has(usedId));
  // A complete round means this use opened the next one (as nextInRotation decided).
  if (used.length >= current.size) return { round: state.round + 1, usedIds: [id] };
  if (used.includes(id)) return { round: state.round, usedIds: used };
  return { round: state.round, usedIds: [...used, id] };
}
