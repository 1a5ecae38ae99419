import 'dart:io';

import 'package:sqlite3/sqlite3.dart';

import 'database_url.dart';
import 'item_store.dart';
import 'migrations.dart';

/// The items in an SQLite file, through one connection: this server runs in
/// one isolate, which handles one event at a time.
final class SqliteItemStore implements ItemStore {
  SqliteItemStore(this._url);

  final SqliteUrl _url;
  Database? _database;
  bool _closed = false;

  /// Opens the file on first use, with its folder.
  Database get _db {
    if (_closed) {
      throw StateError('the database is closed');
    }
    return _database ??= _open();
  }

  Database _open() {
    Directory(File(_url.path).parent.path).createSync(recursive: true);
    final database = sqlite3.open(_url.path);
    // WAL lets readers go on while one writes; a writer waits up to 5 s
    // for another one's lock; SQLite leaves foreign keys off by default.
    database
      ..execute('PRAGMA journal_mode = WAL')
      ..execute('PRAGMA busy_timeout = 5000')
      ..execute('PRAGMA foreign_keys = ON');
    return database;
  }

  @override
  Future<List<Item>> all() async {
    final rows = _db.select(
      'SELECT id, name, description FROM items ORDER BY id',
    );
    return [for (final row in rows) _item(row)];
  }

  @override
  Future<Item> add(String name, String? description) async {
    final rows = _db.select(
      'INSERT INTO items (name, description) VALUES (?, ?) '
      'RETURNING id, name, description',
      [name, description],
    );
    return _item(rows.single);
  }

  @override
  Future<Item?> find(int id) async {
    final rows = _db.select(
      'SELECT id, name, description FROM items WHERE id = ?',
      [id],
    );
    return rows.isEmpty ? null : _item(rows.single);
  }

  @override
  Future<void> ping(Duration timeout) async {
    _db.select('SELECT 1');
  }

  @override
  Future<int> migrate() async {
    final db = _db;
    db.execute(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER '
      'PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    var applied = 0;
    for (final migration in migrations) {
      // IMMEDIATE takes the write lock first: a second process starting at
      // the same time waits, then finds the migration recorded.
      db.execute('BEGIN IMMEDIATE');
      try {
        final done = db.select(
          'SELECT 1 FROM schema_migrations WHERE version = ?',
          [migration.version],
        );
        if (done.isEmpty) {
          db
            ..execute(migration.sqlite)
            ..execute(
              'INSERT INTO schema_migrations (version, name, applied_at) '
              'VALUES (?, ?, ?)',
              [
                migration.version,
                migration.name,
                DateTime.now().toUtc().toIso8601String(),
              ],
            );
          applied++;
        }
        db.execute('COMMIT');
      } catch (_) {
        db.execute('ROLLBACK');
        rethrow;
      }
    }
    return applied;
  }

  @override
  Future<void> close() async {
    _closed = true;
    _database?.close();
    _database = null;
  }

  static Item _item(Row row) => Item(
    id: row['id'] as int,
    name: row['name'] as String,
    description: row['description'] as String?,
  );
}
