// Reads a request body: JSON, or multipart/form-data (discord.js uses it when files are
// attached), from which the `payload_json` part is the JSON body and the rest are files.
import type { IncomingMessage } from "node:http";

export interface ReadBody {
  body: unknown;
  files: string[];
  /** Set when the body could not be parsed (Discord answers 400 "400: Bad Request"). */
  malformed: boolean;
}

export async function readBody(request: IncomingMessage, contentType: string | null): Promise<ReadBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return { body: undefined, files: [], malformed: false };
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: undefined, files: [], malformed: false };
  if (contentType?.startsWith("multipart/form-data")) return readMultipart(raw, contentType);
  try {
    return { body: JSON.parse(raw.toString("utf8")), files: [], malformed: false };
  } catch {
    return { body: undefined, files: [], malformed: true };
  }
}

function readMultipart(raw: Buffer, contentType: string): ReadBody {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return { body: undefined, files: [], malformed: true };
  let body: unknown;
  const files: string[] = [];
  // File contents are not needed, so splitting the latin1 text is enough to find the parts.
  for (const part of raw.toString("latin1").split(`--${marker}`)) {
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    const name = /name="([^"]*)"/.exec(headers)?.[1];
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (filename !== undefined) {
      files.push(filename);
    } else if (name === "payload_json") {
      const text = Buffer.from(part.slice(headerEnd + 4).replace(/\r\n$/, ""), "latin1").toString("utf8");
      try {
        body = JSON.parse(text);
      } catch {
        return { body: undefined, files, malformed: true };
      }
    }
  }
  return { body, files, malformed: false };
}
