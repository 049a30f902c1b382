// One message through Twilio's Messages API, with up to three attempts:
// 5xx, 429 and network errors/timeouts are retried after a randomised
// exponential backoff; any other non-2xx answer (bad credentials, invalid
// number, ...) will not get better by retrying and fails at once.

import { isMessagingService, type TwilioConfig } from './twilio_config.ts';

export const ATTEMPTS = 3;

export type SendResult = { ok: true; sid: string; attempts: number } | { ok: false; error: string; attempts: number };

/** Delay before attempt `attempt` + 1: base·2^(attempt−1), scaled by a random factor in [0.5, 1.5). */
export function backoffDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  return baseMs * 2 ** (attempt - 1) * (0.5 + random());
}

function retryable(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Twilio's error JSON is {code, message, more_info, status}; fall back to the HTTP status text. */
async function describe(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown };
    if (typeof body.message === 'string') return `HTTP ${res.status}: ${body.message}${body.code !== undefined ? ` (code ${String(body.code)})` : ''}`;
  } catch {
    // not JSON
  }
  return `HTTP ${res.status} ${res.statusText}`.trim();
}

export async function sendMessage(cfg: TwilioConfig, to: string, body: string, sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))): Promise<SendResult> {
  const url = `${cfg.apiBase}/2010-04-01/Accounts/${encodeURIComponent(cfg.accountSid)}/Messages.json`;
  const form = new URLSearchParams({ To: to, Body: body });
  form.set(isMessagingService(cfg.from) ? 'MessagingServiceSid' : 'From', cfg.from);
  const auth = `Basic ${Buffer.from(`${cfg.accountSid}:${cfg.authToken}`).toString('base64')}`;
  let error = '';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (attempt > 1) await sleep(backoffDelay(attempt - 1, cfg.retryBaseMs));
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
        signal: AbortSignal.timeout(cfg.timeoutMs),
      });
      if (res.ok) {
        const json = (await res.json().catch(() => ({}))) as { sid?: unknown };
        return { ok: true, sid: typeof json.sid === 'string' ? json.sid : '?', attempts: attempt };
      }
      error = await describe(res);
      if (!retryable(res.status)) return { ok: false, error, attempts: attempt };
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      error = e.name === 'TimeoutError' ? `no answer within ${cfg.timeoutMs} ms` : `network error: ${e.cause?.code ?? e.message}`;
    }
  }
  return { ok: false, error, attempts: ATTEMPTS };
}
