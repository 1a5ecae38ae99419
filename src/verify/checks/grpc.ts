import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Check } from './check.js';


const HEALTH_PROTO = `syntax = "proto3";
package grpc.health.v1;
message HealthCheckRequest { string service = 1; }
message HealthCheckResponse {
  enum ServingStatus { UNKNOWN = 0; SERVING = 1; NOT_SERVING = 2; SERVICE_UNKNOWN = 3; }
  ServingStatus status = 1;
}
service Health { rpc Check(HealthCheckRequest) returns (HealthCheckResponse); }
`;

export const ITEMS_PROTO = 'proto/items/v1/items.proto';

interface Reply {
  status?: string;
  id?: number;
  name?: string;
  items?: { id: number }[];
}
interface GrpcError {
  code?: number;
  details?: string;
}
type Unary = (request: object, options: { deadline: Date }, callback: (err: GrpcError | null, reply?: Reply) => void) => void;
export type Client = Record<string, Unary> & { close: () => void };
type ClientConstructor = new (address: string, credentials: unknown) => Client;

/** A service constructor from a loaded package definition, by its dotted name. */
function serviceAt(definition: object, name: string): ClientConstructor {
  const found = name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], definition);
  if (typeof found !== 'function') throw new Error(`the proto files define no service ${name}`);
  return found as ClientConstructor;
}

export async function clients(address: string, dir: string): Promise<{ health: Client; items: Client; codes: Record<string, number> }> {
  const grpcJs = await import('@grpc/grpc-js');
  const loader = await import('@grpc/proto-loader');
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'grpc-health-'));
  const healthFile = path.join(scratch, 'health.proto');
  writeFileSync(healthFile, HEALTH_PROTO);
  const load = async (file: string) => grpcJs.loadPackageDefinition(await loader.load(file, { longs: Number, enums: String, defaults: true }));
  const credentials = grpcJs.credentials.createInsecure();
  const Health = serviceAt(await load(healthFile), 'grpc.health.v1.Health');
  rmSync(scratch, { recursive: true, force: true });
  const ItemService = serviceAt(await load(path.join(dir, ITEMS_PROTO)), 'items.v1.ItemService');
  return {
    health: new Health(address, credentials),
    items: new ItemService(address, credentials),
    codes: grpcJs.status as unknown as Record<string, number>,
  };
}

export function unary(client: Client, method: string, request: object): Promise<{ err: GrpcError | null; reply?: Reply }> {
  return new Promise((resolve) => client[method](request, { deadline: new Date(Date.now() + 5000) }, (err, reply) => resolve({ err, reply })));
}

/** Waits until the health service answers SERVING; `exited` tells when the server gave up first. */
export async function waitForGrpc(address: string, dir: string, exited: () => boolean, timeoutMs: number): Promise<string> {
  const { health, items } = await clients(address, dir);
  try {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      if (exited()) throw new Error('the server exited before its health service answered (see the log)');
      const { err, reply } = await unary(health, 'Check', { service: '' });
      if (!err && reply?.status === 'SERVING') return 'grpc.health.v1.Health/Check -> SERVING';
      last = err ? `${err.code} ${err.details}` : String(reply?.status);
      await sleep(200);
    }
    throw new Error(`no SERVING answer from grpc.health.v1 on ${address} within ${timeoutMs / 1000} s (last: ${last})`);
  } finally {
    health.close();
    items.close();
  }
}

export async function checkGrpc(address: string, dir: string): Promise<string> {
  const { health, items, codes } = await clients(address, dir);
  const checks: string[] = [];
  const expect = (ok: boolean, what: string, got: unknown) => {
    if (!ok) throw new Error(`${what}: got ${JSON.stringify(got).slice(0, 200)}`);
    checks.push(what);
  };
  try {
    const service = await unary(health, 'Check', { service: 'items.v1.ItemService' });
    expect(service.reply?.status === 'SERVING', 'Health/Check items.v1.ItemService -> SERVING', service.err ?? service.reply);

    const name = `smoke item ${Date.now()}`;
    const created = await unary(items, 'CreateItem', { name, description: 'from the smoke test' });
    const id = created.reply?.id;
    expect(!created.err && Number(id) > 0 && created.reply?.name === name, 'CreateItem -> an item with an id', created.err ?? created.reply);

    const one = await unary(items, 'GetItem', { id: id ?? 0 });
    expect(!one.err && one.reply?.name === name, 'GetItem -> the item', one.err ?? one.reply);

    const list = await unary(items, 'ListItems', {});
    expect(!list.err && (list.reply?.items ?? []).some((i) => i.id === id), 'ListItems -> lists it', list.err ?? list.reply);

    const missing = await unary(items, 'GetItem', { id: 987654321 });
    expect(missing.err?.code === codes.NOT_FOUND, 'GetItem of a missing id -> NOT_FOUND', missing.err ?? missing.reply);

    const invalid = await unary(items, 'CreateItem', { name: '' });
    expect(invalid.err?.code === codes.INVALID_ARGUMENT, 'CreateItem without a name -> INVALID_ARGUMENT', invalid.err ?? invalid.reply);
    return `${checks.length} checks: ${checks.join('; ')}`;
  } finally {
    health.close();
    items.close();
  }
}

/**
 * The contract of a gRPC starter, which serves no HTTP: grpc.health.v1 and the sample
 * items.v1.ItemService from the starter's own proto file, called with a real gRPC client.
 */
export const grpc: Check = {
  ready: ({ address, dir }, exited, timeoutMs) => waitForGrpc(address, dir, exited, timeoutMs),
  run: ({ address, dir }) => checkGrpc(address, dir),
};
