// A throwaway Apache Kafka broker in KRaft mode (one process that is broker and controller) from the jars
// scripts/fetch-kafka.sh caches, listening on 127.0.0.1 only; and the kafkajs clients the tests use with it.
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AssignerProtocol, Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { runInstallScript } from './install_script.ts';
import { ServerProcess, waitUntil } from './servers.ts';

export interface KafkaInstall {
  /** Folder of the broker's jars. */
  libs: string;
  java: string;
}

/** Runs scripts/fetch-kafka.sh (instant once cached). Throws if it fails. */
export function locateKafka(): KafkaInstall {
  const found = runInstallScript('scripts/fetch-kafka.sh', ['kafka_libs', 'java']);
  return { libs: found.kafka_libs, java: found.java };
}

export interface KafkaBrokerOptions {
  install: KafkaInstall;
  dir: string;
  port: number;
  controllerPort: number;
}

export interface KafkaBroker {
  server: ServerProcess;
  /** host:port of the broker's listener. */
  address: string;
  client: Kafka;
}

function serverProperties(options: KafkaBrokerOptions, logDir: string): string {
  const { port, controllerPort } = options;
  return `process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${controllerPort}
listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}
advertised.listeners=PLAINTEXT://127.0.0.1:${port}
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=${logDir}
num.partitions=1
# One broker: every internal topic has one replica, and few partitions (the defaults are 50 and 3 replicas).
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# Consumer groups settle as soon as their members have joined.
group.initial.rebalance.delay.ms=0
`;
}

const LOG4J = `status = warn
appender.out.type = Console
appender.out.name = out
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.out.ref = out
# Per-request and per-segment chatter.
logger.state.name = state.change.logger
logger.state.level = WARN
logger.log.name = kafka.log
logger.log.level = WARN
`;

/** A cluster id as Kafka's StorageTool expects: 16 random bytes, URL-safe base64 without padding. */
function clusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id; // would read as an option on the command line
  }
}

/** Formats the storage directory and starts the broker; resolves once it answers a metadata request. */
export async function startKafka(options: KafkaBrokerOptions): Promise<KafkaBroker> {
  const { install, dir } = options;
  mkdirSync(dir, { recursive: true });
  const logDir = join(dir, 'data');
  const props = join(dir, 'server.properties');
  const log4j = join(dir, 'log4j2.properties');
  writeFileSync(props, serverProperties(options, logDir));
  writeFileSync(log4j, LOG4J);
  const classpath = ['-cp', `${install.libs}/*`];
  const format = spawnSync(install.java, [...classpath, 'kafka.tools.StorageTool', 'format', '--cluster-id', clusterId(), '--config', props], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (format.status !== 0) throw new Error(`kafka storage format failed (exit ${format.status ?? format.signal}):\n${format.stdout}${format.stderr}`);

  const server = new ServerProcess(
    'kafka',
    install.java,
    ['-Xms128m', '-Xmx512m', '-XX:+UseSerialGC', '-Djava.awt.headless=true', `-Dlog4j2.configurationFile=${log4j}`, ...classpath, 'kafka.Kafka', props],
    { cwd: dir, logFile: join(dir, 'kafka.log') },
  );
  const address = `127.0.0.1:${options.port}`;
  const client = new Kafka({ clientId: 'e2e', brokers: [address], logLevel: logLevel.NOTHING, retry: { retries: 3 } });
  const admin = client.admin();
  try {
    await waitUntil(`the Kafka broker at ${address}`, 90_000, async () => {
      if (!server.running) throw new Error(`kafka exited; log:\n${server.logTail()}`);
      await admin.connect();
      const cluster = await admin.describeCluster();
      return cluster.brokers.length > 0 ? true : undefined;
    });
  } catch (err) {
    await server.stop();
    throw new Error(`${(err as Error).message}\n--- kafka log ---\n${server.logTail()}`);
  } finally {
    await admin.disconnect();
  }
  return { server, address, client };
}

export async function createTopic(kafka: Kafka, topic: string, partitions: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}

/** Messages (high watermarks) in the topic, over all partitions. */
export async function topicSize(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
}

export interface ReadMessage {
  partition: number;
  key: string;
  value: string;
}

/** Every message of the topic, from the beginning to the high watermarks read at the start. */
export async function readTopic(kafka: Kafka, topic: string, timeoutMs = 60_000): Promise<ReadMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<number, number>();
  try {
    for (const p of await admin.fetchTopicOffsets(topic)) if (Number(p.high) > Number(p.low)) ends.set(p.partition, Number(p.high));
  } finally {
    await admin.disconnect();
  }
  const messages: ReadMessage[] = [];
  if (ends.size === 0) return messages;
  const done = new Set<number>();
  const consumer = kafka.consumer({ groupId: `e2e-reader-${randomUUID()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }: { partition: number; message: KafkaMessage }) => {
        const end = ends.get(partition);
        if (end === undefined || Number(message.offset) >= end) return;
        messages.push({ partition, key: message.key?.toString('utf8') ?? '', value: message.value?.toString('utf8') ?? '' });
        if (Number(message.offset) === end - 1) done.add(partition);
      },
    });
    await waitUntil(`${topic} read to its end`, timeoutMs, async () => (done.size === ends.size ? true : undefined));
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

/** member id -> partitions of `topic` assigned to it, once the group is stable with `members` members. */
export async function waitForGroup(kafka: Kafka, groupId: string, topic: string, members: number, timeoutMs: number): Promise<number[][]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await waitUntil(`consumer group ${groupId} stable with ${members} members`, timeoutMs, async () => {
      const { groups } = await admin.describeGroups([groupId]);
      const group = groups[0];
      if (!group || group.state !== 'Stable' || group.members.length !== members) return undefined;
      return group.members.map((m) => AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment[topic] ?? []);
    });
  } finally {
    await admin.disconnect();
  }
}
