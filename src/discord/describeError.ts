// Errors as they may be logged: name, message, Discord's code and status, the route with any
// interaction or webhook token masked, and the stack. Never the request body (it can carry what
// members wrote) nor a token.
export interface LoggedError {
  name: string;
  message: string;
  code?: number | string;
  status?: number;
  method?: string;
  route?: string;
  stack?: string;
}

export function describeError(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { name: "NonError", message: String(error) };
  const details = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  const described: LoggedError = { name: error.name, message: maskTokens(error.message) };
  if (typeof details.code === "number" || typeof details.code === "string") described.code = details.code;
  if (typeof details.status === "number") described.status = details.status;
  if (typeof details.method === "string") described.method = details.method;
  if (typeof details.url === "string") described.route = maskTokens(details.url);
  if (error.stack) described.stack = maskTokens(error.stack);
  return described;
}

/** Interaction and webhook tokens sit in URL paths: /interactions/{id}/{token}, /webhooks/{app}/{token}. */
export function maskTokens(text: string): string {
  return text.replace(/\/(interactions|webhooks)\/(\d+)\/[\w.-]+/g, "/$1/$2/[token]");
}
