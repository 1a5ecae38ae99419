import http from 'node:http';
import type { Reply } from './http.js';

/** A request the fetch API cannot send: a body that is cut short, or sent chunked and never finished. */
export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** Written after the headers; the request is left open so the server must answer before the body ends. */
  chunks: Buffer[];
}

/**
 * Sends the request's head and chunks on a fresh connection, without ending the body, and waits for the
 * answer. A server that bounds bodies before buffering them answers while the body is still open; one that
 * waits for the rest never does, which ends in the error "no answer within N s".
 */
export function sendUnfinished(base: string, request: RawRequest, timeoutMs: number): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(base + request.path, { method: request.method, headers: request.headers, agent: false });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    req.on('response', (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        const text = Buffer.concat(parts).toString();
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, json, text, type: String(res.headers['content-type'] ?? '') });
      });
    });
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`the connection ended without an answer (${(err as NodeJS.ErrnoException).code ?? err.message})`));
    });
    req.flushHeaders();
    for (const chunk of request.chunks) req.write(chunk);
  });
}
