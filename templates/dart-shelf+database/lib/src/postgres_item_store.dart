import 'package:postgres/postgres.dart';

import 'database_url.dart';
import 'item_store.dart';
import 'migrations.dart';

/// The items in PostgreSQL, through a pool of connections opened on demand.
final class PostgresItemStore implements ItemStore {
  PostgresItemStore(PostgresUrl url)
    : _pool = Pool.withEndpoints(
        [
          Endpoint(
            host: url.host,
            port: url.port,
            database: url.database,
            username: url.username,
            password: url.password,
          ),
        ],
        settings: PoolSettings(
          // A small service: a few connections are plenty.
          maxConnectionCount: 10,
          // An unreachable server fails the start check and /ready quickly.
          connectTimeout: const Duration(seconds: 3),
          sslMode: url.requireSsl ? SslMode.require : SslMode.disable,
        ),
      );

  final Pool<void> _pool;

  @override
  Future<List<Item>> all() async {
    final rows = await _pool.execute(
      'SELECT id, name, description FROM items ORDER BY id',
    );
    return [for (final row in rows) _item(row)];
  }

  @override
  Future<Item> add(String name, String? description) async {
    final rows = await _pool.execute(
      Sql.named(
        'INSERT INTO items (name, description) VALUES (@name, @description) '
        'RETURNING id, name, description',
      ),
      parameters: {'name': name, 'description': description},
    );
    return _item(rows.single);
  }

  @override
  Future<Item?> find(int id) async {
    final rows = await _pool.execute(
      Sql.named('SELECT id, name, description FROM items WHERE id = @id'),
      parameters: {'id': id},
    );
    return rows.isEmpty ? null : _item(rows.single);
  }

  @override
  Future<void> ping(Duration timeout) async {
    await _pool.execute('SELECT 1').timeout(timeout);
  }

  @override
  Future<int> migrate() {
    return _pool.runTx((tx) async {
      // One migrator at a time: a second server starting at the same time
      // waits here, then finds the migrations recorded.
      await tx.execute('SELECT pg_advisory_xact_lock(727073)');
      await tx.execute(
        'CREATE TABLE IF NOT EXISTS schema_migrations ('
        'version INTEGER PRIMARY KEY, name TEXT NOT NULL, '
        'applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
      );
      final recorded = await tx.execute(
        'SELECT version FROM schema_migrations',
      );
      final done = {for (final row in recorded) row[0] as int};
      var applied = 0;
      for (final migration in migrations) {
        if (done.contains(migration.version)) {
          continue;
        }
        await tx.execute(migration.postgres);
        await tx.execute(
          Sql.named(
            'INSERT INTO schema_migrations (version, name) '
            'VALUES (@version, @name)',
          ),
          parameters: {'version': migration.version, 'name': migration.name},
        );
        applied++;
      }
      return applied;
    });
  }

  @override
  Future<void> close() => _pool.close();

  static Item _item(ResultRow row) => Item(
    id: row[0] as int,
    name: row[1] as String,
    description: row[2] as String?,
  );
}
