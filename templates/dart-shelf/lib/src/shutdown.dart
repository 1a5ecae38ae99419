import 'dart:io';

/// How long requests in flight get to finish once the server stops accepting.
const inFlightTimeout = Duration(seconds: 10);

/// Stops [server] gracefully: it stops accepting and closes its idle
/// connections at once; the requests in flight get [inFlightTimeout] to
/// finish before their connections are closed.
Future<void> stopServer(HttpServer server) async {
  await server.close();
  final deadline = DateTime.now().add(inFlightTimeout);
  while (server.connectionsInfo().active > 0 &&
      DateTime.now().isBefore(deadline)) {
    await Future<void>.delayed(const Duration(milliseconds: 100));
  }
  await server.close(force: true);
}
