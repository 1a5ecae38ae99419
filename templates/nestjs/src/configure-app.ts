import { isUtf8 } from 'node:buffer';

import {
  BadRequestException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { json } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

import type { EnvironmentVariables } from './env.validation.js';
import { ShutdownService } from './shutdown.service.js';

/**
 * The Express middleware in front of Nest's routes, for an app created with
 * { bodyParser: false }: main.ts and the e2e tests call it before init().
 */
export function configureApp(app: NestExpressApplication): void {
  const config =
    app.get<ConfigService<EnvironmentVariables, true>>(ConfigService);
  const maxBodyBytes = config.get('MAX_BODY_BYTES', { infer: true });
  const corsOrigins = config.get('CORS_ORIGINS', { infer: true });
  const shutdown = app.get(ShutdownService);
  const tooLarge = `request body exceeds ${String(maxBodyBytes)} bytes`;

  // While draining, every answer asks keep-alive clients to reconnect, so that
  // they move to another instance before this one stops accepting.
  app.use((_req: Request, res: Response, next: NextFunction) => {
    if (shutdown.draining) res.setHeader('Connection', 'close');
    next();
  });
  app.use(helmet());
  // Without CORS_ORIGINS browsers allow only pages of the API's own origin.
  if (corsOrigins.length > 0) app.enableCors({ origin: corsOrigins });
  app.use(limitBody(maxBodyBytes, tooLarge));
  // JSON only. strict: false lets JsonBodyMiddleware refuse a JSON array,
  // string or number with its own message.
  app.use(json({ limit: maxBodyBytes, strict: false, verify: requireUtf8 }));
  // body-parser's errors go on to Nest's exception filters; a body cut off by
  // limitBody() has had its answer already.
  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (!res.headersSent) next(bodyParserException(err, tooLarge));
  });
}

// JSON is UTF-8 (RFC 8259); body-parser would replace invalid bytes with U+FFFD.
function requireUtf8(_req: unknown, _res: unknown, body: Buffer): void {
  if (!isUtf8(body)) throw new Error('request body is not valid UTF-8');
}

/**
 * Answers 413 as soon as a body passes the limit. body-parser refuses it too,
 * but only once the client has sent all of it, which a client streaming an
 * endless body never does; the connection is closed instead of read on.
 */
function limitBody(limit: number, message: string): RequestHandler {
  return (req, res, next) => {
    const refuse = () => {
      const error = new PayloadTooLargeException(message);
      res.setHeader('Connection', 'close');
      res.status(error.getStatus()).json(error.getResponse());
    };
    if (Number(req.headers['content-length']) > limit) {
      refuse();
      return;
    }
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit && !res.headersSent) refuse();
    });
    next();
  };
}

/** The errors body-parser raises, in the API's words. */
function bodyParserException(err: unknown, tooLarge: string): unknown {
  switch (err instanceof Error && 'type' in err ? err.type : undefined) {
    case 'entity.too.large':
      return new PayloadTooLargeException(tooLarge);
    case 'entity.parse.failed':
      return new BadRequestException('malformed JSON body');
    case 'entity.verify.failed':
      return new BadRequestException('request body is not valid UTF-8');
    case 'charset.unsupported':
      return new UnsupportedMediaTypeException(
        'Content-Type charset must be utf-8',
      );
    case 'encoding.unsupported':
      return new UnsupportedMediaTypeException(
        'Content-Encoding is not supported',
      );
    default:
      return err;
  }
}
