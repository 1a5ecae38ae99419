import {
  BadRequestException,
  Injectable,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

// The ValidationPipe's class-transformer copies nested arrays and objects
// recursively: deep enough nesting would overflow the stack (a 500).
const maxDepth = 32;

/** Whether arrays and objects in `value` nest more than `limit` levels deep. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  let level = [value];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > limit) return true;
    level = level.flatMap((v) =>
      typeof v === 'object' && v !== null
        ? Object.values(v as Record<string, unknown>)
        : [],
    );
  }
  return false;
}

/**
 * For routes that take a JSON object, before the ValidationPipe looks at its
 * fields: 415 for another media type (the JSON parser leaves it unread), 400
 * for JSON that is not an object or nests too deep.
 */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    // req.is() is null for a request without a body, which the object check
    // below refuses.
    if (req.is('application/json') === false) {
      throw new UnsupportedMediaTypeException(
        'Content-Type must be application/json',
      );
    }
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new BadRequestException('body must be a JSON object');
    }
    if (nestsDeeperThan(body, maxDepth)) {
      throw new BadRequestException(
        `body must not nest deeper than ${String(maxDepth)} levels`,
      );
    }
    next();
  }
}
