import 'database_url.dart';
import 'postgres_item_store.dart';
import 'sqlite_item_store.dart';

/// An item as stored and returned by the API.
final class Item {
  Item({required this.id, required this.name, this.description});

  final int id;
  final String name;
  final String? description;

  Map<String, Object?> toJson() {
    return {'id': id, 'name': name, 'description': description};
  }
}

/// The items, kept in the database that `DATABASE_URL` names.
abstract interface class ItemStore {
  /// A store for [url]; nothing connects before the first call.
  factory ItemStore.open(DatabaseUrl url) {
    if (url is SqliteUrl) {
      return SqliteItemStore(url);
    }
    return PostgresItemStore(url as PostgresUrl);
  }

  Future<List<Item>> all();

  Future<Item> add(String name, String? description);

  Future<Item?> find(int id);

  /// Completes when the database answers a query within [timeout]; throws
  /// otherwise. The start check and GET /ready.
  Future<void> ping(Duration timeout);

  /// Applies the migrations the database lacks (lib/src/migrations.dart)
  /// and returns how many ran.
  Future<int> migrate();

  /// Closes the connections; the store cannot be used afterwards.
  Future<void> close();
}
