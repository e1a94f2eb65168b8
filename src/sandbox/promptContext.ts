// What the sandbox prompt knows between lines: the running sandbox, how to print, the buttons
// on screen (so "press Next section" knows which message) and the last form the bot opened.
import type { InteractionOutcome } from "../emulator/index.js";
import type { ButtonOnScreen, TerminalStyle } from "./renderForTerminal.js";
import type { SandboxSession } from "./startSandbox.js";

export interface PromptContext {
  readonly session: SandboxSession;
  readonly style: TerminalStyle;
  print(text: string): void;
  /** The buttons of the last message shown that had any. */
  buttons: { messageId: string; list: ButtonOnScreen[] } | null;
  /** The last form (modal) the bot opened, for `submit`. */
  lastModal: InteractionOutcome | null;
}
