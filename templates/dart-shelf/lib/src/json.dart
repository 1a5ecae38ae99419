import 'dart:convert';

import 'package:shelf/shelf.dart';

const _jsonHeaders = {'content-type': 'application/json'};

/// A response whose body is [body] encoded as JSON.
Response jsonResponse(int status, Object? body) =>
    Response(status, body: jsonEncode(body), headers: _jsonHeaders);

/// An error response: `{"error": message}`.
Response jsonError(int status, String message) =>
    jsonResponse(status, {'error': message});
