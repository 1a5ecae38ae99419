// Original file: proto/items/v1/items.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateItemRequest as _items_v1_CreateItemRequest, CreateItemRequest__Output as _items_v1_CreateItemRequest__Output } from '../../items/v1/CreateItemRequest.js';
import type { GetItemRequest as _items_v1_GetItemRequest, GetItemRequest__Output as _items_v1_GetItemRequest__Output } from '../../items/v1/GetItemRequest.js';
import type { Item as _items_v1_Item, Item__Output as _items_v1_Item__Output } from '../../items/v1/Item.js';
import type { ListItemsRequest as _items_v1_ListItemsRequest, ListItemsRequest__Output as _items_v1_ListItemsRequest__Output } from '../../items/v1/ListItemsRequest.js';
import type { ListItemsResponse as _items_v1_ListItemsResponse, ListItemsResponse__Output as _items_v1_ListItemsResponse__Output } from '../../items/v1/ListItemsResponse.js';

/**
 * ItemService manages the sample item resource.
 */
export interface ItemServiceClient extends grpc.Client {
  /**
   * CreateItem stores a new item and returns it with its assigned id.
   * An empty name, or one longer than 100 characters, is INVALID_ARGUMENT.
   */
  CreateItem(argument: _items_v1_CreateItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  CreateItem(argument: _items_v1_CreateItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  CreateItem(argument: _items_v1_CreateItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  CreateItem(argument: _items_v1_CreateItemRequest, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  /**
   * CreateItem stores a new item and returns it with its assigned id.
   * An empty name, or one longer than 100 characters, is INVALID_ARGUMENT.
   */
  createItem(argument: _items_v1_CreateItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  createItem(argument: _items_v1_CreateItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  createItem(argument: _items_v1_CreateItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  createItem(argument: _items_v1_CreateItemRequest, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  
  /**
   * GetItem returns one item, or NOT_FOUND.
   */
  GetItem(argument: _items_v1_GetItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  GetItem(argument: _items_v1_GetItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  GetItem(argument: _items_v1_GetItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  GetItem(argument: _items_v1_GetItemRequest, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  /**
   * GetItem returns one item, or NOT_FOUND.
   */
  getItem(argument: _items_v1_GetItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  getItem(argument: _items_v1_GetItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  getItem(argument: _items_v1_GetItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  getItem(argument: _items_v1_GetItemRequest, callback: grpc.requestCallback<_items_v1_Item__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListItems returns every item, ordered by id.
   */
  ListItems(argument: _items_v1_ListItemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_items_v1_ListItemsResponse__Output>): grpc.ClientUnaryCall;
  ListItems(argument: _items_v1_ListItemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_items_v1_ListItemsResponse__Output>): grpc.ClientUnaryCall;
  ListItems(argument: _items_v1_ListItemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_items_v1_ListItemsResponse__Output>): grpc.ClientUnaryCall;
  ListItems(argument: _items_v1_ListItemsRequest, callback: grpc.requestCallback<_items_v1_ListItemsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListItems returns every item, ordered by id.
   */
  listItems(argument: _items_v1_ListItemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_items_v1_ListItemsResponse__Output>): grpc.ClientUnaryCall;
  listItems(argument: _items_v1_ListItemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_items_v1_ListItemsResponse__Output>): grpc.ClientUnaryCall;
  listItems(argument: _items_v1_ListItemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_items_v1_ListItemsResponse__Output>): grpc.ClientUnaryCall;
  listItems(argument: _items_v1_ListItemsRequest, callback: grpc.requestCallback<_items_v1_ListItemsResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * ItemService manages the sample item resource.
 */
export interface ItemServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * CreateItem stores a new item and returns it with its assigned id.
   * An empty name, or one longer than 100 characters, is INVALID_ARGUMENT.
   */
  CreateItem: grpc.handleUnaryCall<_items_v1_CreateItemRequest__Output, _items_v1_Item>;
  
  /**
   * GetItem returns one item, or NOT_FOUND.
   */
  GetItem: grpc.handleUnaryCall<_items_v1_GetItemRequest__Output, _items_v1_Item>;
  
  /**
   * ListItems returns every item, ordered by id.
   */
  ListItems: grpc.handleUnaryCall<_items_v1_ListItemsRequest__Output, _items_v1_ListItemsResponse>;
  
}

export interface ItemServiceDefinition extends grpc.ServiceDefinition {
  CreateItem: MethodDefinition<_items_v1_CreateItemRequest, _items_v1_Item, _items_v1_CreateItemRequest__Output, _items_v1_Item__Output>
  GetItem: MethodDefinition<_items_v1_GetItemRequest, _items_v1_Item, _items_v1_GetItemRequest__Output, _items_v1_Item__Output>
  ListItems: MethodDefinition<_items_v1_ListItemsRequest, _items_v1_ListItemsResponse, _items_v1_ListItemsRequest__Output, _items_v1_ListItemsResponse__Output>
}
