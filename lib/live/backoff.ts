import type { RetryPolicy } from './types';

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, initialDelayMs: 500, maxDelayMs: 10_000, retryFirstConnect: false };

/**
 * The wait before reconnection attempt `attempt` (1-based): exponential, capped, with "equal jitter"
 * (half fixed, half random) so many tabs do not hammer a recovering broker in step.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}
