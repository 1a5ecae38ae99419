// Original file: proto/items/v1/items.proto

import type { Item as _items_v1_Item, Item__Output as _items_v1_Item__Output } from '../../items/v1/Item.js';

export interface ListItemsResponse {
  'items'?: (_items_v1_Item)[];
}

export interface ListItemsResponse__Output {
  'items': (_items_v1_Item__Output)[];
}
