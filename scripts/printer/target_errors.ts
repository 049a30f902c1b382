// One-line, user-facing errors for the write targets, and the rule for which
// failures are worth retrying (5xx, 408/429, timeouts, dropped connections).

import { TargetError } from '../../udf/errors.ts';

/** Validate a base URL given with --url: absolute http(s) only. */
export function parseBaseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TargetError(`invalid --url "${text}": not an absolute URL (expected e.g. http://localhost:8086)`, 'url', false);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TargetError(`invalid --url "${text}": protocol must be http or https, got ${url.protocol}`, 'url', false);
  }
  return url;
}

/** Node network error code of err, its cause, or the first of an AggregateError (happy-eyeballs connects). */
export function networkCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const e = current as { code?: unknown; cause?: unknown; errors?: unknown[] };
    if (typeof e.code === 'string' && e.code !== 'ERR_INVALID_ARG_TYPE') return e.code;
    current = e.cause ?? (Array.isArray(e.errors) ? e.errors[0] : undefined);
  }
  return undefined;
}

/** fetch wraps the useful message ("bad port", "other side closed") in `cause`. */
function innermostMessage(err: unknown): string {
  let message = String(err);
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    if (current.message) message = current.message;
    current = current.cause;
  }
  return message;
}

const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** Translate a network-level failure (no HTTP answer) into a TargetError naming the URL. */
export function networkError(err: unknown, url: string, timeoutMs: number): TargetError {
  const name = (err as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'RequestTimedOutError' || name === 'AbortError') {
    return new TargetError(`no answer from ${url} within ${timeoutMs} ms (request timed out)`, 'timeout', true);
  }
  const code = networkCode(err);
  switch (code) {
    case 'ECONNREFUSED':
      return new TargetError(`cannot connect to ${url}: connection refused (is the server running and the --url right?)`, 'connection', false);
    case 'ENOTFOUND':
      return new TargetError(`cannot connect to ${url}: host not found`, 'connection', false);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new TargetError(`cannot connect to ${url}: host unreachable`, 'connection', false);
    case 'ECONNRESET':
      return new TargetError(`connection to ${url} reset by the server`, 'connection', true);
    case 'UND_ERR_SOCKET':
    case 'EPIPE':
      return new TargetError(`connection to ${url} closed by the server before it answered`, 'connection', true);
    default: {
      const detail = code ?? innermostMessage(err);
      return new TargetError(`connection to ${url} failed: ${detail}`, 'connection', code !== undefined && RETRYABLE_CODES.has(code));
    }
  }
}

/** Translate a non-2xx HTTP answer into a TargetError. */
export function httpError(status: number, statusText: string, body: string, url: string, hint: string): TargetError {
  const text = body.replace(/\s+/g, ' ').trim().slice(0, 300);
  const what = `${status}${statusText ? ' ' + statusText : ''}`;
  if (status === 401 || status === 403) {
    return new TargetError(`authentication failed at ${url} (${what}): ${hint}`, 'auth', false, status);
  }
  const retryable = status >= 500 || status === 408 || status === 429;
  return new TargetError(`${url} answered ${what}${text ? `: ${text}` : ''}`, 'http', retryable, status);
}
