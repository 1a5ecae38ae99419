import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Service } from '../catalog/types.js';
import { cacheDir } from '../paths.js';
import { freePort } from './ports.js';
import type { RunningService } from './services.js';

/**
 * A Kafka broker on loopback for one verified starter: Apache Kafka's own jars from Maven Central, at
 * the version of the image the starter's compose.yaml runs, started in KRaft mode as one combined broker
 * and controller on this machine's Java. The jars resolve once, into the local Maven repository.
 */
export async function kafka(service: Service): Promise<RunningService> {
  const version = service.image.split(':')[1];
  if (!version) throw new Error(`the kafka service has no version in its image ${service.image}`);
  const classpath = resolveClasspath(version);
  const root = mkdtempSync(path.join(os.tmpdir(), 'backend-stack-kafka-'));
  const [port, controller] = [await freePort(), await freePort()];
  const config = path.join(root, 'server.properties');
  writeFileSync(config, serverProperties(port, controller, path.join(root, 'logs')));
  const java = (args: string[]) => ['-Xms128m', '-Xmx512m', '-cp', classpath, ...args];
  const format = spawnSync('java', java(['kafka.tools.StorageTool', 'format', '-t', clusterId(), '-c', config]), { encoding: 'utf8' });
  if (format.error) throw new Error('java is not installed: the Kafka broker runs on it');
  if (format.status !== 0) throw new Error(`formatting Kafka's storage failed: ${lastLines(format.stderr || format.stdout)}`);
  const broker = spawn('java', java(['kafka.Kafka', config]), { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  broker.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-2000)));
  const stop = () => {
    broker.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
  const deadline = Date.now() + 60_000;
  while (!(await answersApiVersions(port))) {
    if (broker.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`Kafka ${version} did not answer on 127.0.0.1:${port} within 60 s: ${lastLines(log)}`);
    }
    await sleep(250);
  }
  return { env: { KAFKA_BROKERS: `127.0.0.1:${port}` }, stop };
}

/** The jars of the broker at this version, resolved by Maven once and remembered in a cache folder. */
function resolveClasspath(version: string): string {
  const dir = cacheDir(`kafka-${version}`);
  const file = path.join(dir, 'classpath.txt');
  if (existsSync(file) && readFileSync(file, 'utf8').split(':').every((jar) => existsSync(jar))) return readFileSync(file, 'utf8');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'pom.xml'),
    `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.backend-stack</groupId>
  <artifactId>kafka-broker</artifactId>
  <version>${version}</version>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_2.13</artifactId>
      <version>${version}</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>3.11.0</version>
      </plugin>
    </plugins>
  </build>
</project>
`,
  );
  const resolved = spawnSync('mvn', ['-B', '-q', 'dependency:build-classpath', `-Dmdep.outputFile=${file}`], { cwd: dir, encoding: 'utf8' });
  if (resolved.error) throw new Error('mvn is not installed: it fetches the Kafka broker from Maven Central');
  if (resolved.status !== 0 || !existsSync(file)) throw new Error(`resolving org.apache.kafka:kafka_2.13:${version} failed: ${lastLines(resolved.stdout + resolved.stderr)}`);
  return readFileSync(file, 'utf8');
}

function serverProperties(port: number, controller: number, logs: string): string {
  return `process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${controller}
listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controller}
advertised.listeners=PLAINTEXT://127.0.0.1:${port}
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=${logs}
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
`;
}

/**
 * Whether the broker serves requests: an ApiVersions request (key 18, version 0) answered with error
 * code 0. Its port accepts connections before it does.
 */
export function answersApiVersions(port: number): Promise<boolean> {
  const clientId = Buffer.from('verify');
  const request = Buffer.alloc(4 + 2 + 2 + 4 + 2 + clientId.length);
  request.writeInt32BE(request.length - 4, 0);
  request.writeInt16BE(18, 4);
  request.writeInt16BE(0, 6);
  request.writeInt32BE(7, 8);
  request.writeInt16BE(clientId.length, 12);
  clientId.copy(request, 14);
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    socket.setTimeout(2000, () => socket.destroy());
    let answer = Buffer.alloc(0);
    socket.on('data', (data: Buffer) => {
      answer = Buffer.concat([answer, data]);
      if (answer.length < 10) return;
      socket.destroy();
      resolve(answer.readInt32BE(4) === 7 && answer.readInt16BE(8) === 0);
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' ');
}

/**
 * A cluster id: 16 random bytes in URL-safe base64, as kafka-storage.sh random-uuid prints it, and like
 * Kafka's own never one that starts with "-", which the tool's argument parser would take for an option.
 */
function clusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}
