export 'src/app.dart' show buildHandler;
export 'src/item_store.dart' show Item, ItemStore;
export 'src/settings.dart' show Settings;
export 'src/shutdown.dart' show stopServer;
