import 'dart:convert';
import 'dart:io';

import 'package:test/test.dart';

// Runs the real server (bin/server.dart) on a free port, calls it over HTTP,
// then checks that SIGTERM stops it with exit code 0.
void main() {
  test('serves over HTTP and exits 0 on SIGTERM', () async {
    if (Platform.isWindows) {
      markTestSkipped('Windows processes cannot receive SIGTERM');
      return;
    }

    final dart = Platform.resolvedExecutable;
    const script = ['bin/server.dart'];
    const env = {'HOST': '127.0.0.1', 'PORT': '0'};
    final process = await Process.start(dart, script, environment: env);
    addTearDown(() => process.kill(ProcessSignal.sigkill));

    final output = process.stdout.transform(utf8.decoder);
    final lines = output.transform(const LineSplitter());
    const prefix = 'Listening on ';
    final listening = await lines.firstWhere((l) => l.startsWith(prefix));
    final baseUrl = Uri.parse(listening.substring(prefix.length));

    final client = HttpClient();
    addTearDown(client.close);
    final request = await client.getUrl(baseUrl.resolve('/health'));
    final response = await request.close();
    expect(response.statusCode, 200);
    expect(await utf8.decodeStream(response), '{"status":"ok"}');

    process.kill(ProcessSignal.sigterm);
    expect(await process.exitCode, 0);
  });
}
