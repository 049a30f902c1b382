// Twilio settings from the environment; WhatsApp addresses are the phone
// numbers prefixed with 'whatsapp:'.
import { AlertConfigError } from '../udf/errors.ts';

export type Channel = 'sms' | 'whatsapp';


export interface TwilioConfig {
  apiBase: string;
  accountSid: string;
  authToken: string;
  /** A sender number, or a Messaging Service SID (MG...) sent as MessagingServiceSid. */
  from: string;
  to: string[];
  retryBaseMs: number;
  timeoutMs: number;
}

const MESSAGING_SERVICE = /^MG[0-9a-f]{32}$/i;

export function isMessagingService(from: string): boolean {
  return MESSAGING_SERVICE.test(from);
}

function address(n: string, channel: Channel): string {
  return channel === 'whatsapp' && !n.startsWith('whatsapp:') ? `whatsapp:${n}` : n;
}

function positiveMs(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw);
  if (!Number.isFinite(v) || v < 0) throw new AlertConfigError(`${name} must be a number of milliseconds >= 0, got '${raw}'`);
  return v;
}

/** Throws AlertConfigError naming the first missing or malformed variable. */
export function readConfig(env: NodeJS.ProcessEnv, channel: Channel): TwilioConfig {
  const need = (name: string): string => {
    const v = env[name]?.trim();
    if (!v) throw new AlertConfigError(`${name} is not set`);
    return v;
  };
  const accountSid = need('TWILIO_ACCOUNT_SID');
  const authToken = need('TWILIO_AUTH_TOKEN');
  const fromRaw = need('TWILIO_FROM');
  const to = need('TWILIO_TO')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (to.length === 0) throw new AlertConfigError('TWILIO_TO holds no number');
  const apiBase = (env.TWILIO_API_BASE?.trim() || 'https://api.twilio.com').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(apiBase)) throw new AlertConfigError(`TWILIO_API_BASE must be an http(s) URL, got '${apiBase}'`);
  return {
    apiBase,
    accountSid,
    authToken,
    from: isMessagingService(fromRaw) ? fromRaw : address(fromRaw, channel),
    to: to.map((n) => address(n, channel)),
    retryBaseMs: positiveMs(env, 'TWILIO_RETRY_BASE_MS', 1000),
    timeoutMs: positiveMs(env, 'TWILIO_TIMEOUT_MS', 10_000),
  };
}
