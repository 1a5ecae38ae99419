import { eq } from 'drizzle-orm';

import type { Db } from './db/database.js';
import { items } from './db/schema.js';

export interface NewItem {
  name: string;
  description?: string | undefined;
}

export interface Item extends NewItem {
  id: number;
}

// The largest id the integer column holds: a larger one names no item.
const maxId = 2_147_483_647;

function toItem(row: typeof items.$inferSelect): Item {
  const { id, name, description } = row;
  // An item created without a description has none in its JSON either.
  return description === null ? { id, name } : { id, name, description };
}

export class ItemStore {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async list(): Promise<Item[]> {
    const rows = await this.#db.select().from(items).orderBy(items.id);
    return rows.map(toItem);
  }

  async get(id: number): Promise<Item | undefined> {
    if (id > maxId) return undefined;
    const [row] = await this.#db.select().from(items).where(eq(items.id, id));
    return row && toItem(row);
  }

  async create(input: NewItem): Promise<Item> {
    const [row] = await this.#db
      .insert(items)
      .values({ name: input.name, description: input.description ?? null })
      .returning();
    if (!row) throw new Error('the insert returned no row');
    return toItem(row);
  }
}
