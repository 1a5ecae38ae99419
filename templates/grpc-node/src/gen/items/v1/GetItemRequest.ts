// Original file: proto/items/v1/items.proto

import type { Long } from '@grpc/proto-loader';

export interface GetItemRequest {
  'id'?: (number | string | Long);
}

export interface GetItemRequest__Output {
  'id': (number);
}
