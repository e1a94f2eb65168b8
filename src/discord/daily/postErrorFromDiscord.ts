// Turns what discord.js throws while posting a prompt into the scheduler's three kinds of failure:
// a 403 (stop, name the missing permission), a 404 for the channel (stop), or something that may
// pass (5xx, 429 beyond the REST client's own waiting, timeouts, network) to retry with backoff.
import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from "discord.js";
import { ForbiddenPostError, NotFoundPostError, TransientPostError } from "../../schedule/postErrors.js";

/** Discord error codes that mean the channel (or its whole server) is gone. */
const GONE_CODES = new Set<number | string>([RESTJSONErrorCodes.UnknownChannel, RESTJSONErrorCodes.UnknownGuild]);

export interface ErrorPlace {
  /** What was being done, for the message ("posting the prompt"). */
  doing: string;
  /** Works out which permission is missing (from the bot's permissions in the channel), or null. */
  missingPermission(): string | null;
}

export function postErrorFromDiscord(error: unknown, place: ErrorPlace): Error {
  if (error instanceof DiscordAPIError) {
    if (error.status === 403 || error.code === RESTJSONErrorCodes.MissingAccess || error.code === RESTJSONErrorCodes.MissingPermissions) {
      const known = place.missingPermission();
      const permission = known ?? (error.code === RESTJSONErrorCodes.MissingAccess ? "View Channel" : null);
      return new ForbiddenPostError(`Discord refused ${place.doing} (403 ${error.code}: ${error.message})`, permission, { cause: error });
    }
    if (error.status === 404 && GONE_CODES.has(error.code)) {
      return new NotFoundPostError(`Discord says the channel is gone (${error.code}: ${error.message})`, { cause: error });
    }
    if (error.status === 429) {
      const seconds = (error.rawError as { retry_after?: unknown }).retry_after;
      return new TransientPostError(`Discord rate-limited ${place.doing}`, {
        cause: error,
        ...(typeof seconds === "number" ? { retryAfterMs: Math.ceil(seconds * 1000) } : {}),
      });
    }
    if (error.status >= 500) return new TransientPostError(`Discord failed ${place.doing} (${error.status})`, { cause: error });
    // Any other 4xx is a request Discord will keep refusing; the scheduler still retries it a few
    // times (a plain Error counts as transient) and then reports it.
    return new Error(`Discord refused ${place.doing} (${error.status} ${error.code}: ${error.message})`, { cause: error });
  }
  if (error instanceof RateLimitError) {
    return new TransientPostError(`Discord rate-limited ${place.doing}`, { cause: error, retryAfterMs: error.retryAfter });
  }
  if (error instanceof HTTPError) return new TransientPostError(`Discord failed ${place.doing} (${error.status})`, { cause: error });
  if (error instanceof TransientPostError || error instanceof ForbiddenPostError || error instanceof NotFoundPostError) return error;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new TransientPostError(`${place.doing} did not complete (${message})`, { cause: error });
}

/** A thread or pin that Discord says already exists counts as done. */
export function isAlreadyDone(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage;
}

/** The message it acted on is gone (e.g. the previous prompt was deleted before its unpin). */
export function isUnknownMessage(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage;
}
