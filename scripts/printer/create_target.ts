// Builds the write target chosen on the command line.
import type { CliConfig } from './cli_options.ts';
import type { RetryListener } from './retry.ts';
import type { Target } from './target.ts';
import { createInfluxTarget } from './target_influx.ts';
import { createKafkaTarget, parseBrokers } from './target_kafka.ts';
import { createKapacitorTarget } from './target_kapacitor.ts';
import { createFileTarget, createStdoutTarget } from './target_stream.ts';

export const DEFAULT_URLS = { influx: 'http://localhost:8086', kapacitor: 'http://localhost:9092' } as const;
export const DEFAULT_KAFKA = { brokers: 'localhost:9092', topic: 'printer' } as const;

export function createTarget(config: CliConfig, onRetry?: RetryListener): Target {
  const retry = { attempts: config.retries, baseDelayMs: config.retryDelayMs, maxDelayMs: 30_000 };
  switch (config.target) {
    case 'file':
      return createFileTarget(config.out!);
    case 'stdout':
      return createStdoutTarget();
    case 'kafka':
      return createKafkaTarget({
        brokers: parseBrokers(config.brokers ?? DEFAULT_KAFKA.brokers),
        topic: config.topic ?? DEFAULT_KAFKA.topic,
        timeoutMs: config.timeoutMs,
        retry,
        onRetry,
      });
    case 'kapacitor':
      return createKapacitorTarget({
        url: config.url ?? DEFAULT_URLS.kapacitor,
        db: config.db,
        rp: config.rp,
        precision: config.precision,
        username: config.username,
        password: config.password,
        token: config.token,
        timeoutMs: config.timeoutMs,
        retry,
        onRetry,
      });
    case 'influx':
      return createInfluxTarget({
        url: config.url ?? DEFAULT_URLS.influx,
        org: config.org,
        bucket: config.bucket,
        db: config.db,
        rp: config.rp,
        token: config.token,
        username: config.username,
        password: config.password,
        precision: config.precision,
        batchSize: config.batchSize,
        timeoutMs: config.timeoutMs,
        retry,
        onRetry,
      });
  }
}
