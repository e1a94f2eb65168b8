// A polite answer to something that went wrong: what happened and what to do. Plain text so it
// reads the same everywhere; always sent ephemerally by the dispatcher.
import { truncateAtBoundary } from "../../text/truncateAtBoundary.js";
import { LIMITS } from "./limits.js";
import type { MessageView } from "./messageView.js";

export function problemMessage(text: string): MessageView {
  return { content: truncateAtBoundary(text, LIMITS.content), embeds: [], components: [] };
}

export const INTERNAL_ERROR_TEXT =
  "Sorry, something went wrong on Colloquy's side while answering that. Please try again in a moment; if it keeps happening, tell a server moderator.";

export const STALE_BUTTON_TEXT =
  "This button is from an older version of Colloquy and no longer works. Run /excerpt again for a fresh one.";
