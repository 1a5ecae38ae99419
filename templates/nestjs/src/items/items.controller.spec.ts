import { Test } from '@nestjs/testing';

import { ItemsController } from './items.controller.js';
import { ItemsService } from './items.service.js';

describe('ItemsController', () => {
  let controller: ItemsController;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [ItemsController],
      providers: [ItemsService],
    }).compile();
    controller = moduleRef.get(ItemsController);
  });

  it('creates, lists and finds items through the service', () => {
    const item = controller.create({ name: 'Widget' });
    expect(item).toEqual({ id: 1, name: 'Widget' });
    expect(controller.findAll()).toEqual([item]);
    expect(controller.findOne(item.id)).toEqual(item);
  });
});
