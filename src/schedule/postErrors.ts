// How the posting adapter tells the scheduler what went wrong, so the scheduler can decide between
// retrying (transient) and stopping until a moderator acts (403/404: Discord bans bots that keep
// sending requests that fail this way).

/** Worth retrying: 5xx, 429 that outlived the REST client's own retries, timeouts, network errors. */
export class TransientPostError extends Error {
  /** Discord's Retry-After, when it gave one. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "TransientPostError";
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** 403: the bot lacks a permission in the channel. */
export class ForbiddenPostError extends Error {
  /** Human name of the missing permission when known, e.g. "Send Messages". */
  readonly missingPermission: string | null;
  constructor(message: string, missingPermission: string | null = null, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ForbiddenPostError";
    this.missingPermission = missingPermission;
  }
}

/** 404: the channel (or the guild) is gone. */
export class NotFoundPostError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "NotFoundPostError";
  }
}
