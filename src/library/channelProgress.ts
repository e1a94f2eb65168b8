// "The next section this channel hasn't seen": /excerpt with no option walks a channel through
// the reading in order, each section once, then round again (the rotation shared with the daily
// prompts). Progress lives in the Store, so it survives restarts.
//
// This process keeps a copy of the channels it serves and saves changes a moment later (by default
// within a second, all channels in one batch) instead of making each reply wait for a database
// write: the write would otherwise be a third of an /excerpt's work (see the bot bench). A guild is
// served by one process at a time (its shard), so the copy cannot go stale. The cost: a crash can
// forget the last second of progress, and then a channel is shown a section again. If a save
// fails, the copy is dropped, the store's last saved state is used again, and the failure is
// reported. `settled()` saves what is pending and waits (stop() calls it before closing the store).
// Only public replies count: a private excerpt was seen by one member, not by the channel.
import type { Section } from "../essay/types.js";
import { markUsed, nextInRotation, type RotationState } from "../prompts/rotation.js";
import type { PromptStore } from "../store/store.js";
import { KeyedQueue } from "./keyedQueue.js";
import type { Reading } from "./reading.js";

export type ChannelProgressStore = Pick<PromptStore, "getChannelProgress" | "saveChannelProgress">;

export interface ChannelPlace {
  guildId: string;
  channelId: string;
}

export interface NextSection {
  section: Section;
  /** 0 the first time through the reading; lets a later round show a different excerpt. */
  round: number;
}

export interface ChannelProgressOptions {
  /** Told about a save that failed (the state is read from the store again next time). */
  onSaveFailed?: (error: unknown, place: ChannelPlace) => void;
  /** How long changes wait to be saved together (default 1,000 ms; 0 saves on the next tick). */
  saveDelayMs?: number;
}

interface PendingSave {
  place: ChannelPlace;
  essayId: string;
  state: RotationState;
}

export class ChannelProgress {
  private readonly queue = new KeyedQueue();
  private readonly known = new Map<string, RotationState>();
  private readonly pending = new Map<string, PendingSave>();
  private readonly saving = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: ChannelProgressStore,
    private readonly now: () => number,
    private readonly options: ChannelProgressOptions = {},
  ) {}

  /** The next unseen section, recorded as seen. Undefined when the reading has no excerpts at all. */
  takeNext(place: ChannelPlace, reading: Reading): Promise<NextSection | undefined> {
    return this.queue.run(keyOf(place, reading), async () => {
      const step = nextInRotation(rotationIds(reading), await this.state(place, reading));
      if (!step) return undefined;
      this.save(place, reading, step.after);
      return { section: sectionById(reading, step.id), round: step.round };
    });
  }

  /** The next unseen section without recording it (a private look does not move the channel on). */
  peekNext(place: ChannelPlace, reading: Reading): Promise<NextSection | undefined> {
    return this.queue.run(keyOf(place, reading), async () => {
      const step = nextInRotation(rotationIds(reading), await this.state(place, reading));
      return step ? { section: sectionById(reading, step.id), round: step.round } : undefined;
    });
  }

  /** Records a section the channel was shown by number, search or button. */
  markSeen(place: ChannelPlace, reading: Reading, section: Section): Promise<void> {
    return this.queue.run(keyOf(place, reading), async () => {
      const state = await this.state(place, reading);
      const after = markUsed(rotationIds(reading), state, section.id);
      if (!sameState(state, after)) this.save(place, reading, after);
    });
  }

  /** The section the channel saw last, if any (what /questions talks about by default). */
  current(place: ChannelPlace, reading: Reading): Promise<Section | undefined> {
    return this.queue.run(keyOf(place, reading), async () => {
      const state = await this.state(place, reading);
      const lastId = state.usedIds[state.usedIds.length - 1];
      return reading.essay.sections.find((section) => section.id === lastId);
    });
  }

  /** Saves every pending change now and resolves once all saves have finished (successfully or not). */
  async settled(): Promise<void> {
    this.flush();
    while (this.saving.size > 0) await Promise.allSettled([...this.saving]);
  }

  private async state(place: ChannelPlace, reading: Reading): Promise<RotationState> {
    const key = keyOf(place, reading);
    const cached = this.known.get(key);
    if (cached) return cached;
    const stored = await this.store.getChannelProgress(place.guildId, place.channelId, reading.essay.id);
    this.known.set(key, stored);
    return stored;
  }

  private save(place: ChannelPlace, reading: Reading, state: RotationState): void {
    const key = keyOf(place, reading);
    this.known.set(key, state);
    this.pending.set(key, { place, essayId: reading.essay.id, state });
    if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), this.options.saveDelayMs ?? 1000);
      this.timer.unref();
    }
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const [key, { place, essayId, state }] of this.pending) {
      const saving = this.store.saveChannelProgress(place.guildId, place.channelId, essayId, state, this.now()).catch((error: unknown) => {
        // A later change may already have replaced this one: keep that (it will be saved too).
        if (this.known.get(key) === state) this.known.delete(key);
        this.options.onSaveFailed?.(error, place);
      });
      this.saving.add(saving);
      void saving.finally(() => this.saving.delete(saving));
    }
    this.pending.clear();
  }
}

/** Sections that have something to show, in reading order. */
function rotationIds(reading: Reading): string[] {
  return reading.essay.sections.filter((section) => section.excerpts.length > 0).map((section) => section.id);
}

function sectionById(reading: Reading, id: string): Section {
  return reading.essay.sections.find((section) => section.id === id) as Section;
}

function keyOf(place: ChannelPlace, reading: Reading): string {
  return `${place.guildId}:${place.channelId}:${reading.essay.id}`;
}

function sameState(a: RotationState, b: RotationState): boolean {
  return a.round === b.round && a.usedIds.length === b.usedIds.length && a.usedIds.every((id, index) => b.usedIds[index] === id);
}
