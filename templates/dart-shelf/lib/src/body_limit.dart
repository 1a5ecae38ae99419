import 'package:shelf/shelf.dart';

import 'json.dart';

/// Refuses a request body over [maxBytes] with a JSON 413: at once when its
/// Content-Length says so, before a byte of it is read, and as soon as a
/// body without one (chunked) passes the limit while the handler reads it.
///
/// shelf itself has no limit: without this a client could make the server
/// buffer a body of any size.
Middleware limitBody(int maxBytes) {
  return (Handler inner) {
    return (Request request) async {
      final declared = request.contentLength;
      if (declared != null && declared > maxBytes) {
        return _tooLarge(maxBytes);
      }
      try {
        return await inner(
          request.change(body: _counted(request.read(), maxBytes)),
        );
      } on _BodyTooLarge {
        return _tooLarge(maxBytes);
      }
    };
  };
}

Response _tooLarge(int maxBytes) =>
    jsonError(413, 'request body exceeds $maxBytes bytes');

Stream<List<int>> _counted(Stream<List<int>> body, int maxBytes) async* {
  var total = 0;
  await for (final chunk in body) {
    total += chunk.length;
    if (total > maxBytes) throw const _BodyTooLarge();
    yield chunk;
  }
}

final class _BodyTooLarge implements Exception {
  const _BodyTooLarge();
}
