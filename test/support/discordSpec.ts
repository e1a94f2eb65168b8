// Checks requests against Discord's own contract, test/fixtures/discord-openapi.json (OpenAPI 3.1,
// i.e. JSON Schema 2020-12): the method and path must be an operation of the spec, path and query
// parameters must fit their schemas, and a JSON body must satisfy the operation's request schema.
// Validators are compiled on first use per operation and cached.
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject, type Format, type ValidateFunction } from "ajv/dist/2020.js";
import type { Emulator, RecordedRequest } from "../../src/emulator/index.js";

const SPEC_URL = new URL("../fixtures/discord-openapi.json", import.meta.url);
const BASE = "https://discord.test/openapi.json";
const METHODS = ["get", "put", "post", "patch", "delete"] as const;

interface ParameterSpec {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema?: Record<string, unknown>;
}

interface Operation {
  method: string;
  template: string;
  pointer: string;
  segments: (string | null)[];
  literalCount: number;
  parameters: ParameterSpec[];
  hasJsonBody: boolean;
  bodyRequired: boolean;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
}

/** The parts of a request the checker reads (a RecordedRequest has them all). */
export type CheckedRequest = Pick<RecordedRequest, "method" | "path" | "query" | "body">;

export class DiscordSpec {
  private readonly ajv: Ajv2020;
  private readonly operations = new Map<number, Operation[]>();
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, formats: FORMATS });
    this.ajv.addSchema(document as object, BASE);
    for (const [template, item] of Object.entries(document.paths)) {
      const shared = (item.parameters as ParameterSpec[] | undefined) ?? [];
      for (const method of METHODS) {
        const operation = item[method] as
          | { parameters?: ParameterSpec[]; requestBody?: { required?: boolean; content?: Record<string, unknown> } }
          | undefined;
        if (!operation) continue;
        const segments = template.split("/").slice(1).map((part) => (/^\{\w+\}$/.test(part) ? null : part));
        const entry: Operation = {
          method: method.toUpperCase(),
          template,
          pointer: `#/paths/${escapePointer(template)}/${method}`,
          segments,
          literalCount: segments.filter((s) => s !== null).length,
          parameters: [...shared, ...(operation.parameters ?? [])],
          hasJsonBody: operation.requestBody?.content?.["application/json"] !== undefined,
          bodyRequired: operation.requestBody?.required === true,
        };
        const list = this.operations.get(segments.length) ?? [];
        list.push(entry);
        this.operations.set(segments.length, list);
      }
    }
    for (const list of this.operations.values()) list.sort((a, b) => b.literalCount - a.literalCount);
  }

  /** Everything wrong with this request according to the spec (empty when it conforms). */
  check(request: CheckedRequest): string[] {
    const where = `${request.method} ${request.path}`;
    const parts = request.path.split("/").slice(1);
    const candidates = (this.operations.get(parts.length) ?? []).filter((op) =>
      op.segments.every((segment, i) => segment === null || segment === parts[i]),
    );
    if (candidates.length === 0) return [`${where}: no such path in Discord's API`];
    const best = candidates[0]?.literalCount;
    const operation = candidates.find((op) => op.literalCount === best && op.method === request.method);
    if (!operation) return [`${where}: ${candidates[0]?.template} has no ${request.method} operation`];
    const problems: string[] = [];
    const pathValues = new Map<string, string>();
    operation.segments.forEach((segment, i) => {
      const name = segment === null ? /^\{(\w+)\}$/.exec(operation.template.split("/")[i + 1] ?? "")?.[1] : undefined;
      if (name) pathValues.set(name, parts[i] ?? "");
    });
    for (const parameter of operation.parameters) {
      if (parameter.in === "path") {
        problems.push(...this.checkValue(parameter, pathValues.get(parameter.name), `path parameter ${parameter.name}`));
      } else if (parameter.in === "query" && request.query[parameter.name] !== undefined) {
        problems.push(...this.checkValue(parameter, request.query[parameter.name], `query parameter ${parameter.name}`));
      }
    }
    const knownQuery = new Set(operation.parameters.filter((p) => p.in === "query").map((p) => p.name));
    for (const name of Object.keys(request.query)) {
      if (!knownQuery.has(name)) problems.push(`query parameter ${name} is not part of ${operation.method} ${operation.template}`);
    }
    if (request.body === undefined) {
      if (operation.bodyRequired) problems.push("a request body is required");
    } else if (!operation.hasJsonBody) {
      problems.push(`${operation.method} ${operation.template} takes no request body`);
    } else {
      const validate = this.validator(`${operation.pointer}/requestBody/content/application~1json/schema`);
      if (!validate(request.body)) problems.push(...describe(validate.errors ?? [], "body"));
    }
    return problems.map((problem) => `${where}: ${problem}`);
  }

  private checkValue(parameter: ParameterSpec, raw: string | undefined, label: string): string[] {
    if (raw === undefined) return parameter.required ? [`${label} is missing`] : [];
    if (!parameter.schema) return [];
    const key = JSON.stringify(parameter.schema);
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile({ $id: `${BASE}/parameter/${this.validators.size}`, ...rebase(parameter.schema) });
      this.validators.set(key, validate);
    }
    const value = coerce(raw, parameter.schema, this.ajv);
    return validate(value) ? [] : describe(validate.errors ?? [], label);
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${BASE}${pointer}` });
      this.validators.set(pointer, validate);
    }
    return validate;
  }
}

let loaded: DiscordSpec | undefined;

/** The spec, parsed once per test worker. */
export function discordSpec(): DiscordSpec {
  loaded ??= new DiscordSpec(JSON.parse(readFileSync(SPEC_URL, "utf8")) as OpenApiDocument);
  return loaded;
}

/** A `validateRequest` hook for startEmulator: records violations on each request as it arrives. */
export function specValidator(): (request: RecordedRequest) => readonly string[] {
  const spec = discordSpec();
  return (request) => spec.check(request);
}

/** Violations among all requests the emulator recorded (checked now if no hook checked them). */
export function requestViolations(emulator: Emulator): string[] {
  const spec = discordSpec();
  return emulator.requests.all.flatMap((request) =>
    request.violations.length > 0 ? [...request.violations] : spec.check(request),
  );
}

/** Fails the test, listing every request the bot sent that Discord's spec does not allow. */
export function expectRequestsValid(emulator: Emulator): void {
  const violations = requestViolations(emulator);
  if (violations.length > 0) {
    throw new Error(`${violations.length} request(s) break Discord's OpenAPI spec:\n  ${violations.join("\n  ")}`);
  }
}

const FORMATS: Record<string, Format> = {
  snowflake: /^(0|[1-9][0-9]*)$/,
  nonce: true,
  uri: (value: string) => URL.canParse(value),
  "date-time": (value: string) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(value) && !Number.isNaN(Date.parse(value)),
  int32: { type: "number" as const, validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 },
  int64: { type: "number" as const, validate: (n: number) => Number.isInteger(n) },
  double: { type: "number" as const, validate: () => true },
};

// Parameter schemas hold refs like "#/components/schemas/SnowflakeType": point them at the spec.
function rebase(schema: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/', `"${BASE}#/`)) as Record<string, unknown>;
}

// Query and path values arrive as text; the spec types them.
function coerce(raw: string, schema: Record<string, unknown>, ajv: Ajv2020): unknown {
  const resolved = typeof schema.$ref === "string" ? (ajv.getSchema(`${BASE}${schema.$ref}`)?.schema as Record<string, unknown> | undefined) : schema;
  const type = resolved?.type;
  const types = Array.isArray(type) ? type : [type];
  if (types.includes("boolean")) return raw === "true" ? true : raw === "false" ? false : raw;
  if ((types.includes("integer") || types.includes("number")) && raw.trim() !== "" && !Number.isNaN(Number(raw))) return Number(raw);
  return raw;
}

// Ajv reports every failed branch of a oneOf/anyOf. Discord's unions are discriminated by a
// `type` field, so branches that failed on `type` are noise: keep the errors of the branch that
// matched, and only if none is left say which types would have been accepted.
function describe(errors: readonly ErrorObject[], label: string): string[] {
  const allowedTypes = new Map<string, Set<unknown>>();
  const isTypeCheck = (error: ErrorObject) =>
    (error.keyword === "enum" || error.keyword === "const") && error.instancePath.endsWith("/type");
  for (const error of errors) {
    if (!isTypeCheck(error)) continue;
    const object = error.instancePath.slice(0, -"/type".length);
    const set = allowedTypes.get(object) ?? new Set();
    const params = error.params as { allowedValues?: unknown[]; allowedValue?: unknown };
    for (const value of params.allowedValues ?? [params.allowedValue]) set.add(value);
    allowedTypes.set(object, set);
  }
  const union = (path: string) => (allowedTypes.get(path)?.size ?? 0) >= 2;
  const branchNoise = (error: ErrorObject) =>
    error.keyword === "oneOf" ||
    error.keyword === "anyOf" ||
    error.keyword === "if" ||
    (isTypeCheck(error) && union(error.instancePath.slice(0, -"/type".length))) ||
    (error.keyword === "required" && union(error.instancePath));
  let kept = errors.filter((error) => !branchNoise(error));
  const lines = new Set<string>();
  if (kept.length === 0) {
    for (const [object, types] of allowedTypes) lines.add(`${label}${object}/type must be one of ${JSON.stringify([...types])}`);
    kept = errors.filter((error) => !isTypeCheck(error) && error.keyword !== "required");
  }
  for (const error of [...kept].sort((a, b) => b.instancePath.length - a.instancePath.length)) {
    const allowed = "allowedValues" in error.params ? ` ${JSON.stringify(error.params.allowedValues)}` : "";
    lines.add(`${label}${error.instancePath} ${error.message ?? error.keyword}${allowed}`);
    if (lines.size >= 4) break;
  }
  return [...lines].slice(0, 4);
}

function escapePointer(text: string): string {
  return text.replaceAll("~", "~0").replaceAll("/", "~1");
}
