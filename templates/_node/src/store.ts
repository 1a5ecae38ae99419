export interface NewItem {
  name: string;
  description?: string | undefined;
}

export interface Item extends NewItem {
  id: number;
}

// Node runs request handlers on one thread, so a Map needs no locking.
export class ItemStore {
  readonly #items = new Map<number, Item>();
  #nextId = 1;

  list(): Item[] {
    return [...this.#items.values()];
  }

  get(id: number): Item | undefined {
    return this.#items.get(id);
  }

  create(input: NewItem): Item {
    const item: Item = { id: this.#nextId++, ...input };
    this.#items.set(item.id, item);
    return item;
  }
}
