import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as loader from '@grpc/proto-loader';
import { afterEach, describe, expect, it } from 'vitest';
import { checkGrpc, ITEMS_PROTO, waitForGrpc } from '../src/verify/checks/grpc.js';
import { tempDir } from './helpers.js';

const PROTO = `syntax = "proto3";
package items.v1;
service ItemService {
  rpc CreateItem(CreateItemRequest) returns (Item);
  rpc GetItem(GetItemRequest) returns (Item);
  rpc ListItems(ListItemsRequest) returns (ListItemsResponse);
}
message Item { int64 id = 1; string name = 2; string description = 3; }
message CreateItemRequest { string name = 1; string description = 2; }
message GetItemRequest { int64 id = 1; }
message ListItemsRequest {}
message ListItemsResponse { repeated Item items = 1; }
`;
const HEALTH = `syntax = "proto3";
package grpc.health.v1;
message HealthCheckRequest { string service = 1; }
message HealthCheckResponse { enum ServingStatus { UNKNOWN = 0; SERVING = 1; NOT_SERVING = 2; } ServingStatus status = 1; }
service Health { rpc Check(HealthCheckRequest) returns (HealthCheckResponse); }
`;

const servers: grpc.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.forceShutdown()));

/** A gRPC server in this process, correct unless `notFoundCode` says otherwise. */
async function serve(notFoundCode = grpc.status.NOT_FOUND): Promise<{ address: string; dir: string }> {
  const dir = tempDir('grpc-');
  mkdirSync(path.join(dir, path.dirname(ITEMS_PROTO)), { recursive: true });
  writeFileSync(path.join(dir, ITEMS_PROTO), PROTO);
  writeFileSync(path.join(dir, 'health.proto'), HEALTH);
  const load = async (file: string) => grpc.loadPackageDefinition(await loader.load(path.join(dir, file), { longs: Number, enums: String, defaults: true })) as any;
  const items: { id: number; name: string; description: string }[] = [];
  const server = new grpc.Server();
  server.addService((await load('health.proto')).grpc.health.v1.Health.service, {
    Check: (_: unknown, done: grpc.sendUnaryData<unknown>) => done(null, { status: 'SERVING' }),
  });
  server.addService((await load(ITEMS_PROTO)).items.v1.ItemService.service, {
    CreateItem: ({ request }: any, done: grpc.sendUnaryData<unknown>) => {
      if (!request.name) return done({ code: grpc.status.INVALID_ARGUMENT, details: 'name is required' });
      const item = { id: items.length + 1, name: request.name, description: request.description };
      items.push(item);
      done(null, item);
    },
    GetItem: ({ request }: any, done: grpc.sendUnaryData<unknown>) => {
      const item = items.find((i) => i.id === Number(request.id));
      done(item ? null : { code: notFoundCode, details: 'not found' }, item);
    },
    ListItems: (_: unknown, done: grpc.sendUnaryData<unknown>) => done(null, { items }),
  });
  servers.push(server);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  return { address: `127.0.0.1:${port}`, dir };
}

describe('the gRPC contract check', () => {
  it('passes a server that follows the contract', async () => {
    const { address, dir } = await serve();
    await expect(waitForGrpc(address, dir, () => false, 5000)).resolves.toMatch(/SERVING/);
    await expect(checkGrpc(address, dir)).resolves.toMatch(/6 checks/);
  });

  it('fails a server that answers a missing item with the wrong code', async () => {
    const { address, dir } = await serve(grpc.status.INTERNAL);
    await expect(checkGrpc(address, dir)).rejects.toThrow(/GetItem of a missing id -> NOT_FOUND/);
  });
});
