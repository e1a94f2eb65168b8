// What became of one interaction the driver sent: the bot's callback, follow-ups and edits of
// @original, recorded as they arrive, with promises to await them (no sleeping in tests).
import type {
  APIApplicationCommandOptionChoice,
  APIEmbed,
  APIMessage,
  APIModalInteractionResponseCallbackData,
} from "discord.js";
import { EventBus, type WaitOptions } from "../events.js";
import { isObject } from "../messageBody.js";

export interface CallbackRecord {
  /** 4 reply, 5 deferred reply, 6 deferred update, 7 update message, 8 autocomplete, 9 modal. */
  type: number;
  data: unknown;
  /** performance.now() when the callback request arrived. */
  at: number;
}

export interface EditRecord {
  /** "@original" or a follow-up's id. */
  target: string;
  body: unknown;
  message: APIMessage;
  at: number;
}

/** What the member finally sees in answer to the interaction. */
export interface VisibleResponse {
  via: "callback" | "edit" | "followUp";
  content: string;
  embeds: APIEmbed[];
  components: unknown[];
  flags: number;
  ephemeral: boolean;
  /** The message carrying it, when there is one (not for autocomplete or modals). */
  message: APIMessage | null;
}

interface OutcomeEvents {
  callback: CallbackRecord;
  followUp: APIMessage;
  edit: EditRecord;
}

const EPHEMERAL = 64;
const LOADING = 128;

export class InteractionOutcome {
  callback: CallbackRecord | null = null;
  readonly followUps: APIMessage[] = [];
  readonly edits: EditRecord[] = [];
  /** The current state of @original (the reply, or the message a component update edited). */
  original: APIMessage | null = null;
  private readonly events = new EventBus<OutcomeEvents>();

  constructor(
    readonly id: string,
    readonly token: string,
    /** Interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
    readonly interactionType: number,
    readonly guildId: string,
    readonly channelId: string,
    readonly userId: string,
    /** performance.now() when INTERACTION_CREATE was handed to the gateway. */
    readonly sentAt: number,
  ) {}

  /** Milliseconds from INTERACTION_CREATE sent to callback received. */
  get latencyMs(): number | null {
    return this.callback ? this.callback.at - this.sentAt : null;
  }

  get deferred(): boolean {
    return this.callback?.type === 5 || this.callback?.type === 6;
  }

  get ephemeral(): boolean {
    return ((this.original?.flags ?? 0) & EPHEMERAL) !== 0;
  }

  /** Autocomplete choices (callback type 8), or null. */
  get choices(): APIApplicationCommandOptionChoice[] | null {
    if (this.callback?.type !== 8 || !isObject(this.callback.data)) return null;
    const choices = this.callback.data.choices;
    return Array.isArray(choices) ? (choices as APIApplicationCommandOptionChoice[]) : [];
  }

  /** The modal the bot opened (callback type 9), or null. */
  get modal(): APIModalInteractionResponseCallbackData | null {
    if (this.callback?.type !== 9 || !isObject(this.callback.data)) return null;
    return this.callback.data as unknown as APIModalInteractionResponseCallbackData;
  }

  waitForCallback(options: WaitOptions = {}): Promise<CallbackRecord> {
    if (this.callback) return Promise.resolve(this.callback);
    return this.events.waitFor("callback", undefined, { description: `the callback of interaction ${this.id}`, ...options });
  }

  /** The next follow-up (or the one already sent, if `index` is given and exists). */
  nextFollowUp(options: WaitOptions & { index?: number } = {}): Promise<APIMessage> {
    const existing = options.index === undefined ? undefined : this.followUps[options.index];
    if (existing) return Promise.resolve(existing);
    return this.events.waitFor("followUp", undefined, { description: `a follow-up to interaction ${this.id}`, ...options });
  }

  nextEdit(options: WaitOptions = {}): Promise<EditRecord> {
    return this.events.waitFor("edit", undefined, { description: `an edit of interaction ${this.id}'s response`, ...options });
  }

  /**
   * What the member ends up seeing: the callback's message for an immediate reply or update;
   * after a deferral (5 or 6), the first edit of @original or the first follow-up.
   */
  async finalResponse(options: WaitOptions = {}): Promise<VisibleResponse> {
    const callback = await this.waitForCallback(options);
    if (callback.type !== 5 && callback.type !== 6) return this.visibleFromCallback(callback);
    const firstEdit = this.edits.find((edit) => edit.at >= callback.at);
    if (firstEdit) return visible("edit", firstEdit.message);
    const firstFollowUp = this.followUps[0];
    if (firstFollowUp) return visible("followUp", firstFollowUp);
    const description = `the response after interaction ${this.id} was deferred`;
    return new Promise<VisibleResponse>((resolve, reject) => {
      const stops: (() => void)[] = [];
      const finish = (result: VisibleResponse | Error) => {
        clearTimeout(timer);
        for (const stop of stops) stop();
        if (result instanceof Error) reject(result);
        else resolve(result);
      };
      const timeoutMs = options.timeoutMs ?? 5_000;
      const timer = setTimeout(() => finish(new Error(`Timed out after ${timeoutMs} ms waiting for ${description}`)), timeoutMs);
      stops.push(this.events.on("edit", (edit) => finish(visible("edit", edit.message))));
      stops.push(this.events.on("followUp", (message) => finish(visible("followUp", message))));
    });
  }

  // ---- recorded by the routes ------------------------------------------------------------

  recordCallback(callback: CallbackRecord, original: APIMessage | null): void {
    this.callback = callback;
    this.original = original;
    this.events.emit("callback", callback);
  }

  recordFollowUp(message: APIMessage): void {
    this.followUps.push(message);
    this.events.emit("followUp", message);
  }

  recordEdit(edit: EditRecord): void {
    this.edits.push(edit);
    if (edit.target === "@original") this.original = edit.message;
    this.events.emit("edit", edit);
  }

  private visibleFromCallback(callback: CallbackRecord): VisibleResponse {
    if ((callback.type === 4 || callback.type === 7) && this.original) return visible("callback", this.original);
    const data = isObject(callback.data) ? callback.data : {};
    return {
      via: "callback",
      content: typeof data.content === "string" ? data.content : "",
      embeds: Array.isArray(data.embeds) ? (data.embeds as APIEmbed[]) : [],
      components: Array.isArray(data.components) ? data.components : [],
      flags: typeof data.flags === "number" ? data.flags : 0,
      ephemeral: typeof data.flags === "number" && (data.flags & EPHEMERAL) !== 0,
      message: null,
    };
  }
}

function visible(via: VisibleResponse["via"], message: APIMessage): VisibleResponse {
  const flags = (message.flags ?? 0) & ~LOADING;
  return {
    via,
    content: message.content,
    embeds: message.embeds,
    components: message.components ?? [],
    flags,
    ephemeral: (flags & EPHEMERAL) !== 0,
    message,
  };
}
