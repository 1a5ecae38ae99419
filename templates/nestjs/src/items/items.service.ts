import { Injectable, NotFoundException } from '@nestjs/common';

import type { CreateItemDto } from './dto/create-item.dto.js';
import type { Item } from './interfaces/item.interface.js';

// Node runs request handlers on one thread, so a Map needs no locking.
@Injectable()
export class ItemsService {
  readonly #items = new Map<number, Item>();
  #nextId = 1;

  findAll(): Item[] {
    return [...this.#items.values()];
  }

  findOne(id: number): Item {
    const item = this.#items.get(id);
    if (!item) throw new NotFoundException(`item ${String(id)} not found`);
    return item;
  }

  create({ name, description }: CreateItemDto): Item {
    const item: Item = { id: this.#nextId++, name, description };
    this.#items.set(item.id, item);
    return item;
  }
}
