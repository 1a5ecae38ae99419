// Original file: proto/items/v1/items.proto


export interface ListItemsRequest {
}

export interface ListItemsRequest__Output {
}
