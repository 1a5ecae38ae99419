import 'dart:convert';
import 'dart:io';

import 'package:shelf/shelf.dart';
import 'package:shelf_router/shelf_router.dart';

import 'body_limit.dart';
import 'item_store.dart';
import 'json.dart';
import 'new_item.dart';

/// The whole API as one shelf [Handler]: routes and JSON errors.
///
/// Request bodies over [maxBodyBytes] get a 413. [draining] tells the handler
/// that the server got SIGTERM: GET /ready answers 503 and every answer asks
/// its client to close the connection. Request logging is left to the caller
/// (bin/server.dart), so tests that call the handler directly stay quiet.
Handler buildHandler(
  ItemStore store, {
  int maxBodyBytes = 1024 * 1024,
  bool Function()? draining,
}) {
  final items = _ItemRoutes(store);
  final isDraining = draining ?? () => false;
  // GET routes answer HEAD too; any other method on a known path is a 405.
  final router = Router(notFoundHandler: _notFound)
    ..get('/health', _health)
    ..get('/ready', (Request request) => _ready(isDraining))
    ..get('/api/items', items.list)
    ..post('/api/items', items.create)
    ..all('/api/items', _itemsNotAllowed)
    ..get('/api/items/<id>', items.get)
    ..all('/api/items/<id>', _itemNotAllowed);
  return const Pipeline()
      .addMiddleware(_closeWhileDraining(isDraining))
      .addMiddleware(_jsonErrors)
      .addMiddleware(limitBody(maxBodyBytes))
      .addHandler(router.call);
}

Response _health(Request request) => jsonResponse(200, {'status': 'ok'});

/// 200 while the server takes traffic, 503 from SIGTERM on, so that a load
/// balancer stops sending requests during the drain.
Response _ready(bool Function() draining) {
  if (draining()) {
    return jsonResponse(503, {
      'status': 'unavailable',
      'error': 'shutting down',
    });
  }
  return jsonResponse(200, {'status': 'ready'});
}

Response _notFound(Request request) => jsonError(404, 'not found');

Response _itemsNotAllowed(Request request) =>
    _methodNotAllowed(request, 'GET, HEAD, POST');

Response _itemNotAllowed(Request request, String id) =>
    _methodNotAllowed(request, 'GET, HEAD');

Response _methodNotAllowed(Request request, String allow) {
  final response = jsonError(405, '${request.method} is not allowed here');
  return response.change(headers: {'allow': allow});
}

/// While the server drains, every answer carries Connection: close, so that
/// keep-alive clients reconnect (to another instance) instead of reusing a
/// connection that is about to close.
Middleware _closeWhileDraining(bool Function() draining) {
  return (Handler inner) {
    return (Request request) async {
      final response = await inner(request);
      if (!draining()) return response;
      return response.change(headers: {'connection': 'close'});
    };
  };
}

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
    if (request.mimeType != 'application/json') {
      return jsonError(415, 'Content-Type must be application/json');
    }
    final NewItem input;
    try {
      // JSON is UTF-8: invalid bytes are an error, whatever the charset says.
      input = NewItem.fromJson(jsonDecode(await request.readAsString(utf8)));
    } on InvalidItem catch (error) {
      return jsonError(400, error.message);
    } on FormatException {
      return jsonError(400, 'body is not valid JSON');
    }

    final item = _store.add(input.name, input.description);
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
