// POST line protocol to Kapacitor's write endpoint (/kapacitor/v1/write?db=..&rp=..) with plain fetch.
import { withRetry } from './retry.ts';
import type { RetryListener, RetryPolicy } from './retry.ts';
import type { Target } from './target.ts';
import { httpError, networkError, parseBaseUrl } from './target_errors.ts';
import type { Precision } from './types.ts';

export interface KapacitorTargetOptions {
  url: string;
  db: string;
  rp: string;
  precision: Precision;
  username?: string;
  password?: string;
  /** Kapacitor's shared-secret JWT, sent as a Bearer token. */
  token?: string;
  timeoutMs: number;
  retry: RetryPolicy;
  onRetry?: RetryListener;
}

/** Kapacitor parses precision like InfluxDB 1.x: n, u, ms, s. */
const KAPACITOR_PRECISION: Record<Precision, string> = { ns: 'n', us: 'u', ms: 'ms', s: 's' };

export function kapacitorWriteUrl(base: string, db: string, rp: string, precision: Precision): URL {
  const url = parseBaseUrl(base);
  // Accept both the server's base URL and the full write endpoint.
  if (!url.pathname.endsWith('/kapacitor/v1/write')) url.pathname = url.pathname.replace(/\/+$/, '') + '/kapacitor/v1/write';
  url.search = '';
  url.searchParams.set('db', db);
  url.searchParams.set('rp', rp);
  url.searchParams.set('precision', KAPACITOR_PRECISION[precision]);
  return url;
}

export function createKapacitorTarget(options: KapacitorTargetOptions): Target {
  const endpoint = kapacitorWriteUrl(options.url, options.db, options.rp, options.precision);
  const shown = endpoint.toString();
  const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  else if (options.username) {
    headers.authorization = `Basic ${Buffer.from(`${options.username}:${options.password ?? ''}`).toString('base64')}`;
  }
  const postOnce = async (body: string): Promise<void> => {
    let response: Response;
    try {
      response = await fetch(endpoint, { method: 'POST', headers, body, signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (err) {
      throw networkError(err, shown, options.timeoutMs);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (err) {
      throw networkError(err, shown, options.timeoutMs);
    }
    if (!response.ok) {
      throw httpError(response.status, response.statusText, text, shown, 'check --username/--password or --token');
    }
  };
  return {
    description: `Kapacitor at ${shown}`,
    async write(lines) {
      if (lines.length === 0) return;
      const body = lines.join('\n');
      await withRetry(() => postOnce(body), options.retry, options.onRetry);
    },
    async close() {},
    // fetch aborts timed-out requests itself; idle keep-alive sockets do not hold the process.
    dispose() {},
  };
}
