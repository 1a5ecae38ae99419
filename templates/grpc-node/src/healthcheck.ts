// node dist/healthcheck.js: asks the health service on 127.0.0.1:PORT for
// the overall status and exits 0 when it is SERVING, for the image's
// HEALTHCHECK.
import * as grpc from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { protoPath } from 'grpc-health-check';

interface HealthClient extends grpc.Client {
  check(
    request: { service: string },
    options: grpc.CallOptions,
    callback: grpc.requestCallback<{ status: string }>,
  ): void;
}
type HealthConstructor = new (
  address: string,
  credentials: grpc.ChannelCredentials,
) => HealthClient;

const definition = loadSync(protoPath, { enums: String, defaults: true });
const Health = grpc.makeClientConstructor(
  definition['grpc.health.v1.Health'] as grpc.ServiceDefinition,
  'Health',
) as unknown as HealthConstructor;

const port = process.env.PORT ?? '50051';
const client = new Health(
  `127.0.0.1:${port}`,
  grpc.credentials.createInsecure(),
);
client.check({ service: '' }, { deadline: Date.now() + 3000 }, (err, reply) => {
  client.close();
  process.exit(!err && reply?.status === 'SERVING' ? 0 : 1);
});
