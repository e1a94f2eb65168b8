// Buttons laid out in action rows within Discord's limits: at most 5 to a row, 5 rows, labels of
// 80 characters; custom ids are checked when they are made (customIds.ts).
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from "discord.js";
import { truncateAtBoundary } from "../../text/truncateAtBoundary.js";
import { LIMITS } from "./limits.js";

export interface ButtonSpec {
  label: string;
  customId: string;
  style?: "primary" | "secondary";
  disabled?: boolean;
}

export function buttonRows(buttons: readonly ButtonSpec[]): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  const usable = buttons.slice(0, LIMITS.actionRows * LIMITS.buttonsPerRow);
  for (let start = 0; start < usable.length; start += LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: usable.slice(start, start + LIMITS.buttonsPerRow).map(toButton) });
  }
  return rows;
}

function toButton(spec: ButtonSpec): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: spec.style === "primary" ? ButtonStyle.Primary : ButtonStyle.Secondary,
    label: truncateAtBoundary(spec.label, LIMITS.buttonLabel),
    custom_id: spec.customId,
    ...(spec.disabled ? { disabled: true } : {}),
  };
}
