import 'dart:async';
import 'dart:convert';
import 'dart:io';

import 'package:test/test.dart';

// Runs the real server (bin/server.dart) on a free port, calls it over HTTP,
// then checks the drain after SIGTERM and the exit code.
void main() {
  test('serves over HTTP, drains on SIGTERM and exits 0', () async {
    if (Platform.isWindows) {
      markTestSkipped('Windows processes cannot receive SIGTERM');
      return;
    }

    final dart = Platform.resolvedExecutable;
    const script = ['bin/server.dart'];
    const env = {
      'HOST': '127.0.0.1',
      'PORT': '0',
      'SHUTDOWN_DRAIN_SECONDS': '1',
    };
    final process = await Process.start(dart, script, environment: env);
    addTearDown(() => process.kill(ProcessSignal.sigkill));

    // Read all of stdout, as a terminal would, so the server never blocks on
    // it (it logs every request).
    final output = process.stdout.transform(utf8.decoder);
    final lines = output.transform(const LineSplitter());
    const prefix = 'Listening on ';
    final listening = Completer<Uri>();
    lines.listen((line) {
      if (line.startsWith(prefix) && !listening.isCompleted) {
        listening.complete(Uri.parse(line.substring(prefix.length)));
      }
    });
    final baseUrl = await listening.future;

    final client = HttpClient();
    addTearDown(client.close);
    final request = await client.getUrl(baseUrl.resolve('/health'));
    final response = await request.close();
    expect(response.statusCode, 200);
    expect(await utf8.decodeStream(response), '{"status":"ok"}');

    // During the drain the server still answers: /ready with 503 as soon as
    // it has the signal, and every answer closes its connection.
    process.kill(ProcessSignal.sigterm);
    HttpClientResponse ready;
    do {
      await Future<void>.delayed(const Duration(milliseconds: 50));
      ready = await (await client.getUrl(baseUrl.resolve('/ready'))).close();
      await ready.drain<void>();
    } while (ready.statusCode == 200);
    expect(ready.statusCode, 503);
    expect(ready.persistentConnection, isFalse);

    expect(await process.exitCode, 0);
  });

  test('exits 64 with one line when a setting is invalid', () async {
    final result = await Process.run(
      Platform.resolvedExecutable,
      ['bin/server.dart'],
      environment: {'MAX_BODY_BYTES': 'lots'},
    );

    expect(result.exitCode, 64);
    final errors = (result.stderr as String).trim().split('\n');
    expect(errors, hasLength(1));
    expect(errors.single, startsWith('MAX_BODY_BYTES must be'));
  });
}
