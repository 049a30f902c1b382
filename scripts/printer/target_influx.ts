// InfluxDB through @influxdata/influxdb-client's /api/v2/write: InfluxDB 2.x
// (org, bucket, token) or 1.8+ (bucket "db/rp", token "username:password").
// The client (tools/io/influx.ts) is the project's one InfluxDB client; its own
// background retry is switched off: our withRetry keeps one batch in flight at
// a time, so failures surface where the caller awaits.
import { HttpError } from '@influxdata/influxdb-client';
import type { WriteApi } from '@influxdata/influxdb-client';
import { openInflux } from '../../tools/io/influx.ts';
import { withRetry } from './retry.ts';
import type { RetryListener, RetryPolicy } from './retry.ts';
import type { Target } from './target.ts';
import { httpError, networkError, parseBaseUrl } from './target_errors.ts';
import { TargetError } from '../../udf/errors.ts';
import type { Precision } from './types.ts';

export interface InfluxTargetOptions {
  url: string;
  /** 2.x organisation; empty for 1.8 (ignored there). */
  org?: string;
  /** 2.x bucket; default `${db}/${rp}` for 1.8. */
  bucket?: string;
  db: string;
  rp: string;
  token?: string;
  username?: string;
  password?: string;
  precision: Precision;
  /** Largest batch the caller will write. */
  batchSize: number;
  timeoutMs: number;
  retry: RetryPolicy;
  onRetry?: RetryListener;
}

export function createInfluxTarget(options: InfluxTargetOptions): Target {
  const base = parseBaseUrl(options.url);
  const bucket = options.bucket ?? `${options.db}/${options.rp}`;
  const org = options.org ?? '';
  const token = options.token ?? (options.username ? `${options.username}:${options.password ?? ''}` : undefined);
  const url = base.toString().replace(/\/+$/, '');
  const shown = `${url}/api/v2/write?${org ? `org=${encodeURIComponent(org)}&` : ''}bucket=${encodeURIComponent(bucket)}`;
  const client = openInflux({ url, token, timeoutMs: options.timeoutMs });
  const writeApi: WriteApi = client.influx.getWriteApi(org, bucket, options.precision, {
    // One flush per write() call: no timer-driven flushes, no background retries.
    batchSize: options.batchSize + 1,
    flushInterval: 0,
    maxRetries: 0,
  });

  const toTargetError = (err: unknown): TargetError => {
    if (err instanceof HttpError) {
      const hint = options.org !== undefined ? 'check --token' : 'check --username/--password or --token';
      const error = httpError(err.statusCode, err.statusMessage ?? '', err.body ?? err.message, shown, hint);
      if (err.statusCode === 404 && /database not found/i.test(err.body ?? '')) {
        return new TargetError(`${error.message} (create it first: CREATE DATABASE ${options.db})`, 'http', false, 404);
      }
      return error;
    }
    return networkError(err, shown, options.timeoutMs);
  };

  const flushOnce = async (lines: readonly string[]): Promise<void> => {
    try {
      writeApi.writeRecords(lines as string[]);
      await writeApi.flush();
    } catch (err) {
      throw toTargetError(err);
    }
  };

  return {
    description: `InfluxDB at ${shown}`,
    async write(lines) {
      for (let i = 0; i < lines.length; i += options.batchSize) {
        const chunk = lines.slice(i, i + options.batchSize);
        await withRetry(() => flushOnce(chunk), options.retry, options.onRetry);
      }
    },
    async close() {
      try {
        await writeApi.close();
      } catch (err) {
        throw toTargetError(err);
      } finally {
        client.close();
      }
    },
    dispose() {
      writeApi.dispose();
      client.close();
    },
  };
}
