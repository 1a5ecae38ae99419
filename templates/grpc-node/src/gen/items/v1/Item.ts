// Original file: proto/items/v1/items.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Item is the sample resource.
 */
export interface Item {
  /**
   * Assigned by the server, starting at 1.
   */
  'id'?: (number | string | Long);
  'name'?: (string);
  'description'?: (string);
}

/**
 * Item is the sample resource.
 */
export interface Item__Output {
  /**
   * Assigned by the server, starting at 1.
   */
  'id': (number);
  'name': (string);
  'description': (string);
}
