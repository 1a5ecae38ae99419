import * as grpc from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { protoPath as healthProto } from 'grpc-health-check';
import type { Logger } from 'pino';

import type { ItemServiceClient } from '../../src/gen/items/v1/ItemService.js';
import { createServer, listen, proto } from '../../src/grpc.js';
import type { GrpcServer } from '../../src/grpc.js';
import { loadSettings } from '../../src/settings.js';
import type { ItemStore } from '../../src/store.js';
import { captureLogs } from './logs.js';

type Callback<Reply> = (err: grpc.ServiceError | null, reply?: Reply) => void;

/** A client method as a promise, with a 5 s deadline. */
export function call<Request, Reply>(
  method: (
    request: Request,
    options: grpc.CallOptions,
    cb: Callback<Reply>,
  ) => unknown,
  request: Request,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    method(request, { deadline: Date.now() + 5000 }, (err, reply) => {
      if (err) reject(err);
      else resolve(reply as Reply);
    });
  });
}

export interface HealthClient extends grpc.Client {
  check(
    request: { service: string },
    options: grpc.CallOptions,
    callback: Callback<{ status: string }>,
  ): void;
}

const health = loadSync(healthProto, { enums: String, defaults: true });
const Health = grpc.makeClientConstructor(
  health['grpc.health.v1.Health'] as grpc.ServiceDefinition,
  'Health',
) as unknown as new (
  address: string,
  credentials: grpc.ChannelCredentials,
) => HealthClient;

export interface Running extends GrpcServer {
  address: string;
  items: ItemServiceClient;
  health: GrpcServer['health'];
  healthClient: HealthClient;
  logs: () => Record<string, unknown>[];
  logger: Logger;
  close: () => void;
}

/** The server on 127.0.0.1 and a free port, with real clients to call it. */
export async function start(
  store: ItemStore,
  env: NodeJS.ProcessEnv = {},
): Promise<Running> {
  const { logger, ...captured } = captureLogs();
  const grpcServer = createServer(loadSettings(env), store, logger);
  const port = await listen(grpcServer.server, '127.0.0.1', 0);
  const address = `127.0.0.1:${String(port)}`;
  const credentials = grpc.credentials.createInsecure();
  const items = new proto.items.v1.ItemService(address, credentials);
  const healthClient = new Health(address, credentials);
  return {
    ...grpcServer,
    address,
    items,
    healthClient,
    logs: () => captured.lines(),
    logger,
    close: () => {
      items.close();
      healthClient.close();
      grpcServer.server.forceShutdown();
    },
  };
}
