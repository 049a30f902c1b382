// Line protocol to a Kafka topic: one point per message, keyed by its series key (measurement and tags). The
// producer's default partitioner hashes the key (murmur2, as the Java client does), so every point of a series goes
// to the same partition and one consumer of a consumer group sees the whole series, in order.
import type { Producer } from 'kafkajs';
import { withRetry } from './retry.ts';
import type { RetryListener, RetryPolicy } from './retry.ts';
import type { Target } from './target.ts';
import { networkCode } from './target_errors.ts';
import { TargetError } from '../../udf/errors.ts';

export interface KafkaTargetOptions {
  brokers: readonly string[];
  topic: string;
  timeoutMs: number;
  retry: RetryPolicy;
  onRetry?: RetryListener;
}

/** `host:port[,host:port...]` as given with --brokers; throws a TargetError naming the bad entry. */
export function parseBrokers(text: string): string[] {
  const brokers = text.split(',').map((b) => b.trim()).filter(Boolean);
  if (brokers.length === 0) throw new TargetError('invalid --brokers "": expected host:port[,host:port...]', 'url', false);
  for (const broker of brokers) {
    const match = /^(\[[0-9a-fA-F:]+\]|[^\s:/[\]]+):(\d{1,5})$/.exec(broker);
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 65535) {
      throw new TargetError(`invalid --brokers entry "${broker}": expected host:port, e.g. localhost:9092`, 'url', false);
    }
  }
  return brokers;
}

/** The series key of a line of line protocol: everything before the first space that is not escaped. */
export function seriesKeyOf(line: string): string {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x5c) i++; // backslash: the next character is literal
    else if (c === 0x20) return line.slice(0, i);
  }
  return line;
}

interface KafkaJsError {
  name?: string;
  message?: string;
  type?: string;
  retriable?: boolean;
  cause?: unknown;
}

/** The innermost kafkajs error (retry wrappers keep the original in `cause`). */
function innermost(err: unknown): KafkaJsError {
  let current = err as KafkaJsError;
  for (let depth = 0; depth < 4 && current?.cause && typeof current.cause === 'object'; depth++) current = current.cause as KafkaJsError;
  return current ?? {};
}

/** Translates what kafkajs throws into a one-line TargetError that names the brokers and topic. */
export function kafkaError(err: unknown, where: string, timeoutMs: number): TargetError {
  if (err instanceof TargetError) return err;
  const inner = innermost(err);
  switch (networkCode(err)) {
    case 'ECONNREFUSED':
      return new TargetError(`cannot connect to ${where}: connection refused (is the broker running and --brokers right?)`, 'connection', false);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new TargetError(`cannot connect to ${where}: host not found`, 'connection', false);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new TargetError(`cannot connect to ${where}: host unreachable`, 'connection', false);
    default:
      break;
  }
  if (inner.name === 'KafkaJSRequestTimeoutError' || inner.name === 'KafkaJSTimeout') {
    return new TargetError(`no answer from ${where} within ${timeoutMs} ms (request timed out)`, 'timeout', true);
  }
  if (inner.name === 'KafkaJSSASLAuthenticationError' || /AUTHORIZATION_FAILED|SASL/.test(inner.type ?? '')) {
    return new TargetError(`authentication or authorization failed at ${where}: ${inner.message}`, 'auth', false);
  }
  const detail = inner.type ? `${inner.type}: ${inner.message}` : (inner.message ?? String(err));
  return new TargetError(`${where} refused the write: ${detail}`, 'broker', inner.retriable === true || inner.name === 'KafkaJSConnectionError');
}

type KafkaModule = typeof import('kafkajs');

/** kafkajs is a development dependency: loaded only when this target is used, with a clear error if it is absent. */
async function loadKafkaJs(): Promise<KafkaModule> {
  try {
    const mod = (await import('kafkajs')) as KafkaModule & { default?: KafkaModule };
    return mod.Kafka ? mod : mod.default!;
  } catch (err) {
    throw new TargetError(
      `the kafka target needs the npm package kafkajs (a development dependency: run \`npm install\` without --omit=dev): ${(err as Error).message}`,
      'io',
      false,
    );
  }
}

export function createKafkaTarget(options: KafkaTargetOptions): Target {
  const where = `Kafka at ${options.brokers.join(',')}, topic ${options.topic}`;
  let producer: Producer | undefined;
  let connecting: Promise<Producer> | undefined;

  const connect = async (): Promise<Producer> => {
    const { Kafka, logLevel, Partitioners } = await loadKafkaJs();
    const kafka = new Kafka({
      clientId: 'printer_data',
      brokers: [...options.brokers],
      connectionTimeout: options.timeoutMs,
      requestTimeout: options.timeoutMs,
      // Retries are this target's (--retries, --retry-delay), as for the HTTP targets; kafkajs logs nothing.
      retry: { retries: 0 },
      logLevel: logLevel.NOTHING,
    });
    const created = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, maxInFlightRequests: 1 });
    try {
      await created.connect();
    } catch (err) {
      void created.disconnect().catch(() => undefined);
      throw err;
    }
    producer = created;
    return created;
  };
  const ready = (): Promise<Producer> => {
    if (producer) return Promise.resolve(producer);
    // A failed connection is forgotten so the next attempt dials again.
    connecting ??= connect().finally(() => (connecting = undefined));
    return connecting;
  };

  const sendOnce = async (lines: readonly string[]): Promise<void> => {
    try {
      const p = await ready();
      await p.send({ topic: options.topic, acks: -1, timeout: options.timeoutMs, messages: lines.map((line) => ({ key: seriesKeyOf(line), value: line })) });
    } catch (err) {
      throw kafkaError(err, where, options.timeoutMs);
    }
  };

  return {
    description: where,
    async write(lines) {
      if (lines.length === 0) return;
      await withRetry(() => sendOnce(lines), options.retry, options.onRetry);
    },
    async close() {
      const p = producer;
      producer = undefined;
      if (!p) return;
      try {
        await p.disconnect();
      } catch (err) {
        throw kafkaError(err, where, options.timeoutMs);
      }
    },
    dispose() {
      const p = producer;
      producer = undefined;
      void p?.disconnect().catch(() => undefined);
    },
  };
}
