import express from 'express';
import type { Express, NextFunction, Request, Response } from 'express';

import { itemsRouter } from './routes/items.js';
import { ItemStore } from './store.js';

interface HttpError extends Error {
  status: number;
  type?: string;
}

// body-parser and other http-errors raise these with a 4xx status.
function isClientError(err: unknown): err is HttpError {
  return (
    err instanceof Error &&
    'status' in err &&
    typeof err.status === 'number' &&
    err.status >= 400 &&
    err.status < 500
  );
}

export function createApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json());

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/api/items', itemsRouter(new ItemStore()));

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });

  // Express recognises an error handler by its four parameters.
  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (isClientError(err)) {
      const message =
        err.type === 'entity.parse.failed'
          ? 'malformed JSON body'
          : err.message;
      res.status(err.status).json({ error: message });
      return;
    }
    console.error(err);
    res.status(500).json({ error: 'internal server error' });
  });

  return app;
}
