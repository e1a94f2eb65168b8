// What a handler decides to answer, as data; the dispatcher sends it (reply, edit after a deferral,
// follow-up) so handlers never race the dispatcher's own deferral or error replies.
import type { APIModalInteractionResponseCallbackData } from "discord.js";
import type { MessageView } from "./render/messageView.js";

export type Answer =
  /** A new message: in the channel for everyone, or only for the member (ephemeral). */
  | { kind: "message"; view: MessageView; ephemeral: boolean }
  /** Replace the message the pressed button sits on. */
  | { kind: "update"; view: MessageView }
  /** Open a modal (must be the first response: such handlers must not be slow). */
  | { kind: "modal"; modal: APIModalInteractionResponseCallbackData }
  /** The handler answered by itself (e.g. deferred, posted elsewhere, then edited its reply). */
  | { kind: "answered" };

export function replyWith(view: MessageView, options: { ephemeral?: boolean } = {}): Answer {
  return { kind: "message", view, ephemeral: options.ephemeral ?? false };
}

export function updateWith(view: MessageView): Answer {
  return { kind: "update", view };
}
