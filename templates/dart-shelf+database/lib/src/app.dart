import 'dart:convert';
import 'dart:io';

import 'package:shelf/shelf.dart';
import 'package:shelf_router/shelf_router.dart';

import 'item_store.dart';
import 'json.dart';

const maxNameLength = 100;

/// How long GET /ready waits for the database.
const readyTimeout = Duration(seconds: 2);

/// The whole API as one shelf [Handler]: routes and JSON errors.
///
/// [stopping] tells GET /ready that the server is shutting down. Request
/// logging is left to the caller (bin/server.dart), so tests that call the
/// handler directly stay quiet.
Handler buildHandler(ItemStore store, {bool Function()? stopping}) {
  final items = _ItemRoutes(store);
  final isStopping = stopping ?? () => false;
  final router = Router(notFoundHandler: _notFound)
    ..get('/health', _health)
    ..get('/ready', (Request request) => _ready(store, isStopping))
    ..get('/api/items', items.list)
    ..post('/api/items', items.create)
    ..get('/api/items/<id>', items.get);
  return const Pipeline().addMiddleware(_jsonErrors).addHandler(router.call);
}

Response _health(Request request) => jsonResponse(200, {'status': 'ok'});

/// 200 while the database answers, 503 while it does not and from SIGTERM
/// on. GET /health, the liveness check, never touches the database.
Future<Response> _ready(ItemStore store, bool Function() stopping) async {
  if (stopping()) {
    return jsonResponse(503, {
      'status': 'unavailable',
      'error': 'shutting down',
    });
  }
  try {
    await store.ping(readyTimeout);
  } catch (_) {
    return jsonResponse(503, {
      'status': 'unavailable',
      'error': 'database unreachable',
    });
  }
  return jsonResponse(200, {'status': 'ready'});
}

Response _notFound(Request request) => jsonError(404, 'not found');

/// Answers an unexpected exception with a JSON 500 instead of shelf's plain
/// text one, and logs it.
Handler _jsonErrors(Handler inner) {
  return (Request request) async {
    try {
      return await inner(request);
    } on HijackException {
      rethrow;
    } catch (error, stackTrace) {
      stderr.writeln('Error handling ${request.method} ${request.url}: $error');
      stderr.writeln(stackTrace);
      return jsonError(500, 'internal server error');
    }
  };
}

final class _ItemRoutes {
  _ItemRoutes(this._store);

  final ItemStore _store;

  Future<Response> list(Request request) async {
    final all = await _store.all();
    return jsonResponse(200, [for (final item in all) item.toJson()]);
  }

  Future<Response> create(Request request) async {
    final Map<String, Object?> body;
    try {
      final decoded = jsonDecode(await request.readAsString());
      if (decoded is! Map<String, Object?>) {
        return jsonError(400, 'the body must be a JSON object');
      }
      body = decoded;
    } on FormatException {
      return jsonError(400, 'the body must be valid JSON');
    }

    final name = body['name'];
    if (name is! String || name.trim().isEmpty) {
      return jsonError(400, 'name is required and must be a string');
    }
    if (name.trim().runes.length > maxNameLength) {
      return jsonError(400, 'name must be at most $maxNameLength characters');
    }
    final description = body['description'];
    if (description is! String?) {
      return jsonError(400, 'description must be a string');
    }

    final item = await _store.add(name.trim(), description);
    final response = jsonResponse(201, item.toJson());
    return response.change(headers: {'location': '/api/items/${item.id}'});
  }

  Future<Response> get(Request request, String id) async {
    final number = int.tryParse(id);
    if (number == null) {
      return jsonError(400, 'id must be an integer');
    }
    final item = await _store.find(number);
    if (item == null) {
      return jsonError(404, 'item not found');
    }
    return jsonResponse(200, item.toJson());
  }
}
