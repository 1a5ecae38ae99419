/// The server's settings, read from the environment before it starts.
final class Settings {
  const Settings({
    required this.host,
    required this.port,
    required this.maxBodyBytes,
    required this.drain,
  });

  /// Reads HOST, PORT, MAX_BODY_BYTES (default 1 MiB) and
  /// SHUTDOWN_DRAIN_SECONDS (default 5; 0 for no drain).
  ///
  /// A bad value throws a [FormatException] whose message names it.
  factory Settings.fromEnvironment(
    Map<String, String> environment, {
    required int defaultPort,
  }) {
    int number(String name, int fallback, int min, int max) {
      final text = environment[name];
      if (text == null || text.isEmpty) return fallback;
      final value = RegExp(r'^\d+$').hasMatch(text) ? int.tryParse(text) : null;
      if (value == null || value < min || value > max) {
        throw FormatException(
          '$name must be a whole number from $min to $max, not "$text"',
        );
      }
      return value;
    }

    return Settings(
      host: environment['HOST'] ?? '0.0.0.0',
      port: number('PORT', defaultPort, 0, 65535),
      maxBodyBytes: number('MAX_BODY_BYTES', 1024 * 1024, 1, 1 << 40),
      drain: Duration(seconds: number('SHUTDOWN_DRAIN_SECONDS', 5, 0, 3600)),
    );
  }

  final String host;
  final int port;
  final int maxBodyBytes;

  /// How long the server keeps answering after SIGTERM before it stops
  /// accepting connections.
  final Duration drain;
}
