// HTTP plumbing of the Konnect stand-in: JSON and problem+json answers (as Konnect sends them), request bodies, errors.
import * as http from "node:http";
import { randomUUID } from "node:crypto";

const MAX_BODY = 1024 * 1024;

/** An error answered as `application/problem+json` ({status, title, type, instance, detail}), as Konnect does. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly invalidParameters?: { field: string; reason: string }[],
    readonly headers: http.OutgoingHttpHeaders = {},
  ) {
    super(detail);
  }
}

export const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

export function badRequest(field: string, reason: string): ApiError {
  return new ApiError(400, `Invalid parameters: ${field} ${reason}`, [{ field, reason }]);
}

export function notFound(what: string): ApiError {
  return new ApiError(404, `${what} not found`);
}

export function conflict(detail: string): ApiError {
  return new ApiError(409, detail);
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendNoContent(res: http.ServerResponse): void {
  res.writeHead(204);
  res.end();
}

export function sendProblem(res: http.ServerResponse, e: ApiError): void {
  const body: Record<string, unknown> = {
    status: e.status,
    title: TITLES[e.status] ?? "Error",
    type: `https://httpstatuses.com/${e.status}`,
    instance: `kong:trace:${randomUUID().replace(/-/g, "").slice(0, 19)}`,
    detail: e.detail,
  };
  if (e.status === 400) body.invalid_parameters = e.invalidParameters ?? [];
  const text = JSON.stringify(body);
  res.writeHead(e.status, {
    "content-type": "application/problem+json",
    "content-length": Buffer.byteLength(text),
    ...e.headers,
  });
  res.end(text);
}

/** A request body of at most maxBytes; beyond that, rejects with tooLarge() and discards the rest. */
export function readBody(
  req: http.IncomingMessage,
  maxBytes = MAX_BODY,
  tooLarge: () => Error = () => new ApiError(413, "Request body too large"),
): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) {
        reject(tooLarge());
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** The JSON object of a request body; 400 when it is not one, 415 when it is not sent as JSON. */
export async function readJsonObject(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req);
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw new ApiError(415, `Content-Type must be application/json, not ${type || "none"}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ApiError(400, "The request body is not valid JSON", [{ field: "body", reason: "is not valid JSON" }]);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw badRequest("body", "must be a JSON object");
  // Null means "not set" (the provider's SDK may send explicit nulls for unset optional fields).
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== null));
}
