import { existsSync } from 'node:fs';

import { createApp } from './app.js';

// Local settings from an untracked .env; variables already set in the
// environment take precedence.
if (existsSync('.env')) process.loadEnvFile();

const host = process.env.HOST ?? '0.0.0.0';
const port = Number(process.env.PORT ?? 3000);
// Longest time in-flight requests get to finish once a shutdown starts.
const shutdownTimeoutMs = 10_000;

const server = createApp().listen(port, host, (err) => {
  // Express hands listen errors (e.g. EADDRINUSE) to this callback.
  if (err) throw err;
  console.log(`listening on http://${host}:${String(port)}`);
});

function shutdown(signal: NodeJS.Signals): void {
  console.log(`${signal} received, shutting down`);
  setTimeout(() => {
    console.error('in-flight requests did not finish in time, exiting');
    process.exit(1);
  }, shutdownTimeoutMs).unref();
  // Stops accepting connections and waits for in-flight requests.
  server.close((err) => {
    if (err) {
      console.error(err);
      process.exitCode = 1;
      return;
    }
    console.log('server closed');
  });
}

process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
