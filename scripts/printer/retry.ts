// Exponential backoff with jitter around one write; only TargetErrors marked
// retryable are retried, everything else fails at once.
import { setTimeout as sleep } from 'node:timers/promises';
import { TargetError } from '../../udf/errors.ts';

export interface RetryPolicy {
  /** Total attempts including the first (>= 1). */
  attempts: number;
  /** Delay before the second attempt; doubles each time. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 10_000 };

/** "Equal jitter": half the exponential delay fixed, half random, so parallel writers spread out. */
export function backoffDelay(policy: RetryPolicy, failedAttempts: number, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempts - 1));
  return Math.round(exp / 2 + (exp / 2) * random());
}

export type RetryListener = (error: TargetError, failedAttempts: number, delayMs: number) => void;

export async function withRetry<T>(operation: () => Promise<T>, policy: RetryPolicy, onRetry?: RetryListener): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (err) {
      if (!(err instanceof TargetError) || !err.retryable) throw err;
      if (attempt >= policy.attempts) {
        throw new TargetError(`${err.message} (gave up after ${attempt} attempts)`, err.reason, false, err.status);
      }
      const delay = backoffDelay(policy, attempt);
      onRetry?.(err, attempt, delay);
      await sleep(delay);
    }
  }
}
