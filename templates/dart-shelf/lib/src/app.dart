import 'dart:convert';
import 'dart:io';

import 'package:shelf/shelf.dart';
import 'package:shelf_router/shelf_router.dart';

import 'item_store.dart';
import 'json.dart';

const maxNameLength = 100;

/// The whole API as one shelf [Handler]: routes and JSON errors.
///
/// Request logging is left to the caller (bin/server.dart), so tests that
/// call the handler directly stay quiet.
Handler buildHandler(ItemStore store) {
  final items = _ItemRoutes(store);
  final router = Router(notFoundHandler: _notFound)
    ..get('/health', _health)
    ..get('/api/items', items.list)
    ..post('/api/items', items.create)
    ..get('/api/items/<id>', items.get);
  return const Pipeline().addMiddleware(_jsonErrors).addHandler(router.call);
}

Response _health(Request request) => jsonResponse(200, {'status': 'ok'});

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

  Response list(Request request) {
    return jsonResponse(200, [for (final item in _store.all()) item.toJson()]);
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

    final item = _store.add(name.trim(), description);
    final response = jsonResponse(201, item.toJson());
    return response.change(headers: {'location': '/api/items/${item.id}'});
  }

  Response get(Request request, String id) {
    final number = int.tryParse(id);
    if (number == null) {
      return jsonError(400, 'id must be an integer');
    }
    final item = _store.find(number);
    if (item == null) {
      return jsonError(404, 'item not found');
    }
    return jsonResponse(200, item.toJson());
  }
}
