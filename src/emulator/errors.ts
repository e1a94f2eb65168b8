// Discord's JSON error answers. Route handlers throw an ApiError; the HTTP server turns it
// into the status and body Discord would send (discord.js turns those into DiscordAPIError).

export interface ApiErrorBody {
  message: string;
  code: number;
  errors?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiError";
  }

  toBody(): ApiErrorBody {
    return this.errors ? { message: this.message, code: this.code, errors: this.errors } : { message: this.message, code: this.code };
  }
}

export const unauthorized = (): ApiError => new ApiError(401, 0, "401: Unauthorized");
export const notFound = (): ApiError => new ApiError(404, 0, "404: Not Found");
export const methodNotAllowed = (): ApiError => new ApiError(405, 0, "405: Method Not Allowed");
export const missingAccess = (): ApiError => new ApiError(403, 50001, "Missing Access");
export const missingPermissions = (): ApiError => new ApiError(403, 50013, "Missing Permissions");
export const unknownChannel = (): ApiError => new ApiError(404, 10003, "Unknown Channel");
export const unknownGuild = (): ApiError => new ApiError(404, 10004, "Unknown Guild");
export const unknownMember = (): ApiError => new ApiError(404, 10007, "Unknown Member");
export const unknownMessage = (): ApiError => new ApiError(404, 10008, "Unknown Message");
export const unknownRole = (): ApiError => new ApiError(404, 10011, "Unknown Role");
export const unknownWebhook = (): ApiError => new ApiError(404, 10015, "Unknown Webhook");
export const unknownInteraction = (): ApiError => new ApiError(404, 10062, "Unknown interaction");
export const unknownCommand = (): ApiError => new ApiError(404, 10063, "Unknown application command");
export const emptyMessage = (): ApiError => new ApiError(400, 50006, "Cannot send an empty message");
export const nonTextChannel = (): ApiError => new ApiError(400, 50008, "Cannot send messages in a non-text channel");
export const alreadyAcknowledged = (): ApiError => new ApiError(400, 40060, "Interaction has already been acknowledged.");
export const threadAlreadyCreated = (): ApiError =>
  new ApiError(400, 160004, "A thread has already been created for this message");
export const threadArchived = (): ApiError => new ApiError(400, 50083, "Thread is archived");
export const tooManyPins = (): ApiError => new ApiError(400, 30003, "Maximum number of pins reached (50)");

/** 400 "Invalid Form Body" with Discord's nested `errors` object for one field. */
export function invalidFormBody(field: string, code: string, message: string): ApiError {
  let errors: Record<string, unknown> = { _errors: [{ code, message }] };
  for (const key of field.split(".").reverse()) errors = { [key]: errors };
  return new ApiError(400, 50035, "Invalid Form Body", errors);
}
