// Original file: proto/items/v1/items.proto


export interface CreateItemRequest {
  /**
   * Required, 1 to 100 characters.
   */
  'name'?: (string);
  'description'?: (string);
}

export interface CreateItemRequest__Output {
  /**
   * Required, 1 to 100 characters.
   */
  'name': (string);
  'description': (string);
}
