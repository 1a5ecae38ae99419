import { NotFoundException } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getRepositoryToken } from '@nestjs/typeorm';

import { createTestDatabase } from '../../test/helpers/database.js';
import type { TestDatabase } from '../../test/helpers/database.js';
import { ItemEntity } from './entities/item.entity.js';
import { ItemsService } from './items.service.js';

// The service against a real, migrated database (test/helpers/database.ts).
describe('ItemsService', () => {
  let testDb: TestDatabase;
  let service: ItemsService;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    // Runs after the file's last test.
    return () => testDb.destroy();
  });

  beforeEach(async () => {
    await testDb.reset();
    const moduleRef = await Test.createTestingModule({
      providers: [
        ItemsService,
        {
          provide: getRepositoryToken(ItemEntity),
          useValue: testDb.dataSource.getRepository(ItemEntity),
        },
      ],
    }).compile();
    service = moduleRef.get(ItemsService);
  });

  it('starts empty', async () => {
    await expect(service.findAll()).resolves.toEqual([]);
  });

  it('gives each new item the next id and lists them in order', async () => {
    const first = await service.create({
      name: 'Widget',
      description: 'A small widget',
    });
    const second = await service.create({ name: 'Gadget' });
    expect(first).toEqual({
      id: first.id,
      name: 'Widget',
      description: 'A small widget',
    });
    // Without a description the item has none, rather than null.
    expect(second).toEqual({ id: second.id, name: 'Gadget' });
    expect(second.id).toBeGreaterThan(first.id);
    await expect(service.findAll()).resolves.toEqual([first, second]);
  });

  it('finds an item by id', async () => {
    const item = await service.create({ name: 'Widget' });
    await expect(service.findOne(item.id)).resolves.toEqual(item);
  });

  it('throws NotFoundException for a missing id', async () => {
    await expect(service.findOne(42)).rejects.toThrow(NotFoundException);
  });

  it('throws NotFoundException for an id larger than the column holds', async () => {
    await expect(service.findOne(2 ** 40)).rejects.toThrow(NotFoundException);
  });
});
