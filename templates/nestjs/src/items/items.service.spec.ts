import { NotFoundException } from '@nestjs/common';

import { ItemsService } from './items.service.js';

describe('ItemsService', () => {
  let service: ItemsService;

  beforeEach(() => {
    service = new ItemsService();
  });

  it('starts empty', () => {
    expect(service.findAll()).toEqual([]);
  });

  it('gives each new item the next id', () => {
    const first = service.create({
      name: 'Widget',
      description: 'A small widget',
    });
    const second = service.create({ name: 'Gadget' });
    expect(first).toEqual({
      id: 1,
      name: 'Widget',
      description: 'A small widget',
    });
    expect(second).toEqual({ id: 2, name: 'Gadget' });
    expect(service.findAll()).toEqual([first, second]);
  });

  it('finds an item by id', () => {
    const item = service.create({ name: 'Widget' });
    expect(service.findOne(item.id)).toBe(item);
  });

  it('throws NotFoundException for a missing id', () => {
    expect(() => service.findOne(42)).toThrow(NotFoundException);
  });
});
