export 'src/app.dart' show buildHandler, readyTimeout;
export 'src/database_url.dart'
    show DatabaseUrl, PostgresUrl, SqliteUrl, defaultDatabaseUrl;
export 'src/item_store.dart' show Item, ItemStore;
export 'src/migrations.dart' show Migration, migrations;
export 'src/settings.dart' show Settings;
export 'src/shutdown.dart' show stopServer;
