import { Test } from '@nestjs/testing';

import { ItemsController } from './items.controller.js';
import { ItemsService } from './items.service.js';

describe('ItemsController', () => {
  const item = { id: 7, name: 'Widget' };
  const service = {
    findAll: vi.fn(() => Promise.resolve([item])),
    findOne: vi.fn(() => Promise.resolve(item)),
    create: vi.fn(() => Promise.resolve(item)),
  };
  let controller: ItemsController;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [ItemsController],
      providers: [{ provide: ItemsService, useValue: service }],
    }).compile();
    controller = moduleRef.get(ItemsController);
  });

  it('creates, lists and finds items through the service', async () => {
    await expect(controller.create({ name: 'Widget' })).resolves.toEqual(item);
    expect(service.create).toHaveBeenCalledWith({ name: 'Widget' });
    await expect(controller.findAll()).resolves.toEqual([item]);
    await expect(controller.findOne(7)).resolves.toEqual(item);
    expect(service.findOne).toHaveBeenCalledWith(7);
  });
});
