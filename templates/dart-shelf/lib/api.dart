export 'src/app.dart' show buildHandler;
export 'src/item_store.dart' show Item, ItemStore;
