import 'dart:io';

/// The default database: an SQLite file under `data/`, relative to the
/// working directory (the project root).
const defaultDatabaseUrl = 'sqlite:///data/app.db';

/// The database `DATABASE_URL` names.
sealed class DatabaseUrl {
  const DatabaseUrl();

  /// The one place that reads `DATABASE_URL`: `sqlite:///relative/path.db`,
  /// `sqlite:////absolute/path.db`, or `postgresql://` (also `postgres://`)
  /// `user:password@host:port/name`. Unset or empty means [defaultDatabaseUrl].
  ///
  /// Throws a [FormatException] that says what is wrong.
  static DatabaseUrl parse(String? url, {String? projectRoot}) {
    final value = (url == null || url.trim().isEmpty)
        ? defaultDatabaseUrl
        : url.trim();
    const sqlitePrefix = 'sqlite:///';
    if (value.startsWith(sqlitePrefix)) {
      final path = value.substring(sqlitePrefix.length);
      if (path.isEmpty) {
        throw const FormatException(
          'DATABASE_URL names no SQLite file: sqlite:///data/app.db',
        );
      }
      final root = projectRoot ?? Directory.current.path;
      return SqliteUrl(path.startsWith('/') ? path : '$root/$path');
    }

    final uri = Uri.tryParse(value);
    if (uri == null ||
        !(uri.scheme == 'postgresql' || uri.scheme == 'postgres') ||
        uri.host.isEmpty) {
      throw const FormatException(
        'DATABASE_URL must start with sqlite:/// or postgresql://',
      );
    }
    final userInfo = uri.userInfo.split(':');
    final database = uri.pathSegments.isEmpty ? '' : uri.pathSegments.first;
    final sslMode = uri.queryParameters['sslmode'] ?? 'disable';
    return PostgresUrl(
      host: uri.host,
      port: uri.hasPort ? uri.port : 5432,
      database: Uri.decodeComponent(database),
      username: Uri.decodeComponent(userInfo.first),
      password: userInfo.length > 1
          ? Uri.decodeComponent(userInfo.sublist(1).join(':'))
          : null,
      requireSsl: sslMode != 'disable' && sslMode != 'prefer',
    );
  }
}

/// An SQLite file, by its absolute path.
final class SqliteUrl extends DatabaseUrl {
  const SqliteUrl(this.path);

  final String path;
}

/// A PostgreSQL server and database.
final class PostgresUrl extends DatabaseUrl {
  const PostgresUrl({
    required this.host,
    required this.port,
    required this.database,
    required this.username,
    required this.password,
    required this.requireSsl,
  });

  final String host;
  final int port;
  final String database;
  final String username;
  final String? password;

  /// `?sslmode=require` (or verify-*) in the URL; plain TCP otherwise, as
  /// on a local or private network.
  final bool requireSsl;
}
