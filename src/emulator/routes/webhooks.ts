// The interaction webhook: follow-ups (POST /webhooks/{app}/{token}) and reading, editing and
// deleting @original or a follow-up. No Authorization header: the token in the path is the key.
import { MessageType } from "discord.js";
import { ApiError, unknownMessage, unknownWebhook } from "../errors.js";
import { noContent, ok, type RouteContext, type RouteDefinition } from "../http/context.js";
import { checkAllowedMentions } from "../mentions.js";
import { checkMessageLimits, readMessageBody } from "../messageBody.js";
import type { InteractionRecord } from "../interactions/registry.js";
import { applyEdit, buildMessage } from "../state/messageFactory.js";
import type { StoredMessage } from "../state/records.js";

const EPHEMERAL = 64;
const LOADING = 128;
const WEBHOOK = "/webhooks/{webhook_id}/{webhook_token}";

function interactionFor(context: RouteContext): InteractionRecord {
  const { state, interactions } = context.services;
  const record = interactions.byWebhookToken(context.params.webhook_token ?? "");
  if (!record || context.params.webhook_id !== state.applicationId) throw unknownWebhook();
  if (interactions.isExpired(record)) throw new ApiError(401, 50027, "Invalid Webhook Token");
  return record;
}

function targetMessage(context: RouteContext, record: InteractionRecord, target: string): StoredMessage {
  const id = target === "@original" ? record.originalMessageId : target;
  if (id === null || (target !== "@original" && !record.followUpIds.has(id))) throw unknownMessage();
  const stored = context.services.state.messages.get(id);
  if (!stored || stored.deleted) throw unknownMessage();
  return stored;
}

function targetOf(context: RouteContext): string {
  return context.params.message_id ?? "@original";
}

function followUp(context: RouteContext) {
  const { state } = context.services;
  const record = interactionFor(context);
  if (!record.acknowledged) throw unknownWebhook();
  const body = readMessageBody(context.body);
  const error = checkAllowedMentions(body.allowed_mentions) ?? checkMessageLimits(body, true, context.files.length > 0);
  if (error) throw error;
  const stored = buildMessage(state, {
    channel: state.requireChannel(record.channelId),
    author: state.botUser,
    body,
    source: "interaction",
    type: MessageType.Default,
    ephemeral: ((body.flags ?? 0) & EPHEMERAL) !== 0,
  });
  state.addMessage(stored);
  record.followUpIds.add(stored.message.id);
  context.afterResponse(() => record.outcome.recordFollowUp(stored.message));
  return context.query.wait === "true" ? ok(stored.message) : noContent();
}

function editMessage(context: RouteContext) {
  const { state } = context.services;
  const record = interactionFor(context);
  const target = targetOf(context);
  const stored = targetMessage(context, record, target);
  const body = readMessageBody(context.body);
  const error = checkAllowedMentions(body.allowed_mentions) ?? checkMessageLimits(body, false);
  if (error) throw error;
  // The first edit of a deferred reply replaces the "thinking…" state.
  if (body.flags === undefined) body.flags = (stored.message.flags ?? 0) & ~LOADING;
  applyEdit(state, stored, body);
  state.messageChanged(stored);
  const edit = { target, body: context.body, message: structuredClone(stored.message), at: context.request.receivedAt };
  context.afterResponse(() => record.outcome.recordEdit(edit));
  return ok(stored.message);
}

export const webhookRoutes: RouteDefinition[] = [
  { method: "POST", route: WEBHOOK, auth: "none", handle: followUp },
  ...["@original", "{message_id}"].flatMap((last): RouteDefinition[] => {
    const route = `${WEBHOOK}/messages/${last}`;
    return [
      {
        method: "GET",
        route,
        auth: "none",
        handle: (context) => ok(targetMessage(context, interactionFor(context), targetOf(context)).message),
      },
      { method: "PATCH", route, auth: "none", handle: editMessage },
      {
        method: "DELETE",
        route,
        auth: "none",
        handle: (context) => {
          const stored = targetMessage(context, interactionFor(context), targetOf(context));
          context.services.state.deleteMessage(stored);
          return noContent();
        },
      },
    ];
  }),
];
