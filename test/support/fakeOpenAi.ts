// A fake OpenAI-compatible chat-completions server on 127.0.0.1 (port 0) for the LLM provider's
// tests: each test sets how it answers (a reply, an HTTP error, a delay, a broken body) and reads
// back the requests it received.
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRequest {
  path: string;
  authorization: string | undefined;
  body: {
    model: string;
    messages: Array<{ role: string; content: string }>;
    response_format?: { type: string };
  };
}

export interface FakeAnswer {
  status?: number;
  /** A string is sent as is (for broken bodies); anything else as JSON. */
  body?: unknown;
  /** Wait this long before answering (to trip the client's timeout). */
  delayMs?: number;
}

export type FakeBehaviour = (request: FakeRequest) => FakeAnswer;

export interface FakeOpenAi {
  baseUrl: string;
  requests: FakeRequest[];
  behave(behaviour: FakeBehaviour): void;
  close(): Promise<void>;
}

/** A chat-completions response whose assistant message is `content`. */
export function completion(content: string): unknown {
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content } }],
  };
}

/** What a cooperative model writes: questions built on the key phrases the prompt lists. */
export function goodCandidates(request: FakeRequest) {
  const user = request.body.messages.find((m) => m.role === "user")?.content ?? "";
  const phrases = (/^Key phrases: (.*)\.$/m.exec(user)?.[1] ?? "").split("; ");
  const [first = "", second = first] = phrases;
  return [
    { type: "connect", text: `How does what the author says about "${first}" prepare the ground for the argument that follows, and is the link convincing?`, quote: first },
    { type: "example", text: `What would a concrete case look like that tests the author's view of "${second}" in a different country or decade?`, quote: second },
  ];
}

/** The section text the client fenced into its prompt. */
export function sectionOf(request: FakeRequest): string {
  const user = request.body.messages.find((m) => m.role === "user")?.content ?? "";
  const match = /BEGIN SECTION \S+\n([\s\S]*)\n\S+ END SECTION/.exec(user);
  return match?.[1] ?? "";
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const requests: FakeRequest[] = [];
  let behaviour: FakeBehaviour = () => ({ status: 500, body: { error: "no behaviour set" } });
  const timers = new Set<NodeJS.Timeout>();

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      let body: FakeRequest["body"];
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as FakeRequest["body"];
      } catch {
        res.writeHead(400).end();
        return;
      }
      const request: FakeRequest = { path: req.url ?? "", authorization: req.headers.authorization, body };
      requests.push(request);
      const answer = req.url === "/v1/chat/completions" ? behaviour(request) : { status: 404, body: { error: "not found" } };
      const send = () => {
        if (res.destroyed) return;
        const payload = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body ?? {});
        res.writeHead(answer.status ?? 200, { "content-type": "application/json" }).end(payload);
      };
      if (answer.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          send();
        }, answer.delayMs);
        timers.add(timer);
      } else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    behave(next) {
      behaviour = next;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
