import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import type { CreateItemDto } from './dto/create-item.dto.js';
import { ItemEntity } from './entities/item.entity.js';
import type { Item } from './interfaces/item.interface.js';

// The largest id the integer column holds: a larger one names no item.
const maxId = 2_147_483_647;

function toItem({ id, name, description }: ItemEntity): Item {
  // An item created without a description has none in its JSON either.
  return description === null ? { id, name } : { id, name, description };
}

@Injectable()
export class ItemsService {
  constructor(
    @InjectRepository(ItemEntity)
    private readonly items: Repository<ItemEntity>,
  ) {}

  async findAll(): Promise<Item[]> {
    const rows = await this.items.find({ order: { id: 'ASC' } });
    return rows.map(toItem);
  }

  async findOne(id: number): Promise<Item> {
    const row = id > maxId ? null : await this.items.findOneBy({ id });
    if (!row) throw new NotFoundException(`item ${String(id)} not found`);
    return toItem(row);
  }

  async create({ name, description }: CreateItemDto): Promise<Item> {
    const row = await this.items.save(
      this.items.create({ name, description: description ?? null }),
    );
    return toItem(row);
  }
}
