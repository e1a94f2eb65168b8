// Prints what the bot did in answer to an interaction the prompt sent: its reply or the message it
// changed, follow-ups, autocomplete choices or a form, once the bot has finished answering.
import type { InteractionOutcome } from "../emulator/index.js";
import type { PromptContext } from "./promptContext.js";
import { inPlace } from "./placeName.js";
import { buttonsOf, renderMessage, renderModal, type RenderableMessage } from "./renderForTerminal.js";

export async function showOutcome(prompt: PromptContext, outcome: InteractionOutcome): Promise<void> {
  await prompt.session.bot.dispatcher.settled();
  const { emulator } = prompt.session;
  const modal = outcome.modal;
  if (modal) {
    prompt.lastModal = outcome;
    prompt.print(renderModal(modal, prompt.style));
    return;
  }
  const changed = outcome.callback?.type === 6 || outcome.callback?.type === 7;
  const shown: { message: RenderableMessage & { id: string }; heading: string }[] = [];
  if (outcome.original && !emulator.message(outcome.original.id)?.deleted) {
    shown.push({ message: outcome.original, heading: changed ? "Colloquy changed the message" : `Colloquy${inPlace(emulator, outcome.original.channel_id)}` });
  }
  for (const followUp of outcome.followUps) {
    if (!emulator.message(followUp.id)?.deleted) shown.push({ message: followUp, heading: `Colloquy${inPlace(emulator, followUp.channel_id)}` });
  }
  if (shown.length === 0) {
    prompt.print("(Colloquy acknowledged that without a visible reply.)");
    return;
  }
  for (const { message, heading } of shown) {
    prompt.print(renderMessage(message, heading, prompt.style));
    const buttons = buttonsOf(message);
    if (buttons.length > 0) prompt.buttons = { messageId: message.id, list: buttons };
  }
}
