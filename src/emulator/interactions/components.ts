// Finding a component by custom_id in a message (action rows and the nested layouts of
// components v2), and building the fields of a modal submission from the modal the bot sent.
import { isObject } from "../messageBody.js";

export interface FoundComponent {
  type: number;
  custom_id: string;
  options?: { value: string }[];
}

/** Every component with a custom_id, depth first. */
export function componentsWithIds(components: unknown): FoundComponent[] {
  const found: FoundComponent[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!isObject(node)) return;
    if (typeof node.custom_id === "string" && typeof node.type === "number") {
      found.push(node as unknown as FoundComponent);
    }
    visit(node.components);
    visit(node.component);
    visit(node.accessory);
  };
  visit(components);
  return found;
}

export type ModalFieldValue = string | readonly string[];

/**
 * The `components` of a modal submit, mirroring the modal: action rows of text inputs come back
 * as action rows, label-wrapped inputs as labels. Text inputs not filled in are sent empty
 * unless required (then it throws, as the Discord client would not let the member submit).
 */
export function modalSubmitComponents(modalComponents: unknown, fields: Readonly<Record<string, ModalFieldValue>>): unknown[] {
  const used = new Set<string>();
  const answer = (input: Record<string, unknown>): Record<string, unknown> => {
    const customId = String(input.custom_id);
    const given = fields[customId];
    used.add(customId);
    if (input.type === 4) {
      if (given === undefined && input.required !== false) throw new Error(`The modal's required field "${customId}" was not filled in`);
      return { type: 4, custom_id: customId, value: typeof given === "string" ? given : (given ?? []).join(" ") };
    }
    // Select menus inside a modal answer with the chosen values.
    return { type: input.type, custom_id: customId, values: given === undefined ? [] : typeof given === "string" ? [given] : [...given] };
  };
  const rows: unknown[] = [];
  for (const row of Array.isArray(modalComponents) ? modalComponents : []) {
    if (!isObject(row)) continue;
    if (row.type === 1 && Array.isArray(row.components)) {
      rows.push({ type: 1, components: row.components.filter(isObject).map(answer) });
    } else if (row.type === 18 && isObject(row.component)) {
      rows.push({ type: 18, ...(typeof row.id === "number" ? { id: row.id } : {}), component: answer(row.component) });
    }
  }
  const unknown = Object.keys(fields).filter((customId) => !used.has(customId));
  if (unknown.length > 0) throw new Error(`The modal has no field(s) ${unknown.join(", ")}`);
  return rows;
}
