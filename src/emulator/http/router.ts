// Matches "METHOD /path" to a route template. Templates use the OpenAPI spelling
// (`/channels/{channel_id}/messages`) so recorded requests, fault matches and the spec agree;
// where two templates fit, the one with more literal segments wins (`…/messages/pins` over
// `…/messages/{message_id}`), as in the spec.

export interface RouteMatch<R> {
  route: R;
  template: string;
  params: Record<string, string>;
}

export type RouteLookup<R> =
  | { kind: "found"; match: RouteMatch<R> }
  | { kind: "methodNotAllowed"; template: string; params: Record<string, string> }
  | { kind: "notFound" };

interface CompiledTemplate<R> {
  template: string;
  segments: { literal: string | null; param: string | null }[];
  literalCount: number;
  byMethod: Map<string, R>;
}

export class Router<R extends { method: string; route: string }> {
  private readonly bySegmentCount = new Map<number, CompiledTemplate<R>[]>();

  constructor(routes: readonly R[]) {
    const byTemplate = new Map<string, CompiledTemplate<R>>();
    for (const route of routes) {
      let compiled = byTemplate.get(route.route);
      if (!compiled) {
        const segments = route.route
          .split("/")
          .slice(1)
          .map((part) => {
            const param = /^\{(\w+)\}$/.exec(part)?.[1] ?? null;
            return { literal: param ? null : part, param };
          });
        compiled = {
          template: route.route,
          segments,
          literalCount: segments.filter((s) => s.literal !== null).length,
          byMethod: new Map(),
        };
        byTemplate.set(route.route, compiled);
        const list = this.bySegmentCount.get(segments.length) ?? [];
        list.push(compiled);
        this.bySegmentCount.set(segments.length, list);
      }
      if (compiled.byMethod.has(route.method)) throw new Error(`Duplicate route ${route.method} ${route.route}`);
      compiled.byMethod.set(route.method, route);
    }
    for (const list of this.bySegmentCount.values()) list.sort((a, b) => b.literalCount - a.literalCount);
  }

  lookup(method: string, path: string): RouteLookup<R> {
    const parts = path.split("/").slice(1);
    for (const candidate of this.bySegmentCount.get(parts.length) ?? []) {
      const params = matchSegments(candidate, parts);
      if (!params) continue;
      const route = candidate.byMethod.get(method);
      if (!route) return { kind: "methodNotAllowed", template: candidate.template, params };
      return { kind: "found", match: { route, template: candidate.template, params } };
    }
    return { kind: "notFound" };
  }
}

function matchSegments<R>(candidate: CompiledTemplate<R>, parts: readonly string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const segment = candidate.segments[i];
    const part = parts[i];
    if (!segment || part === undefined || part === "") return null;
    if (segment.literal !== null) {
      if (segment.literal !== part) return null;
    } else if (segment.param) {
      params[segment.param] = part;
    }
  }
  return params;
}
