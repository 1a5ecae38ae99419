import { Router } from 'express';
import { z } from 'zod';

import type { ItemStore } from '../store.js';

const NewItemSchema = z.object({
  name: z.string().min(1).max(100),
  description: z.string().optional(),
});

const ItemIdSchema = z
  .string()
  .regex(/^\d+$/, 'must be a positive integer')
  .transform(Number);

export function itemsRouter(store: ItemStore): Router {
  const router = Router();

  router.get('/', (_req, res) => {
    res.json(store.list());
  });

  router.post('/', (req, res) => {
    const parsed = NewItemSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({
        error: 'invalid request body',
        details: parsed.error.issues,
      });
      return;
    }
    res.status(201).json(store.create(parsed.data));
  });

  router.get('/:id', (req, res) => {
    const id = ItemIdSchema.safeParse(req.params.id);
    if (!id.success) {
      res
        .status(400)
        .json({ error: 'invalid item id', details: id.error.issues });
      return;
    }
    const item = store.get(id.data);
    if (!item) {
      res.status(404).json({ error: 'item not found' });
      return;
    }
    res.json(item);
  });

  return router;
}
