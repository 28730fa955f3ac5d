import * as assert from 'node:assert/strict';
import { backoffDelayMs, DEFAULT_RETRY_OPTIONS, parseRetryAfterMs, resolveRetryOptions } from '../../../src/api/retryPolicy';

describe('retryPolicy', () => {
  describe('backoffDelayMs', () => {
    const options = { initialDelayMs: 500, maxDelayMs: 8_000 };

    it('starts at 500 ms and doubles, waiting at the low end of [d, 2d) when random() is 0', () => {
      const waits = [0, 1, 2, 3, 4].map((n) => backoffDelayMs(n, options, () => 0));
      assert.deepEqual(waits, [500, 1000, 2000, 4000, 8000]);
    });

    it('waits up to twice the delay when random() approaches 1', () => {
      const waits = [0, 1, 2].map((n) => backoffDelayMs(n, options, () => 0.999999));
      assert.deepEqual(waits, [1000, 2000, 4000]);
    });

    it('picks uniformly inside [d, 2d] from the injected random', () => {
      assert.equal(backoffDelayMs(0, options, () => 0.5), 750);
      assert.equal(backoffDelayMs(1, options, () => 0.25), 1250);
    });

    it('caps the base delay at maxDelayMs', () => {
      assert.equal(backoffDelayMs(10, options, () => 0), 8000);
      assert.equal(backoffDelayMs(50, options, () => 0.5), 12000);
    });

    it('clamps a misbehaving random source into [0, 1]', () => {
      assert.equal(backoffDelayMs(0, options, () => -3), 500);
      assert.equal(backoffDelayMs(0, options, () => 7), 1000);
    });
  });

  describe('parseRetryAfterMs', () => {
    const now = Date.parse('2025-03-01T12:00:00.000Z');

    it('reads delta seconds', () => {
      assert.equal(parseRetryAfterMs('3', now), 3000);
      assert.equal(parseRetryAfterMs(' 0 ', now), 0);
      assert.equal(parseRetryAfterMs('1.5', now), 1500);
    });

    it('reads an HTTP date relative to now, never negative', () => {
      assert.equal(parseRetryAfterMs('Sat, 01 Mar 2025 12:00:07 GMT', now), 7000);
      assert.equal(parseRetryAfterMs('Sat, 01 Mar 2025 11:00:00 GMT', now), 0);
    });

    it('ignores absent or unreadable values', () => {
      for (const value of [undefined, null, '', 'soon', '-1', '1e3', '12abc']) {
        assert.equal(parseRetryAfterMs(value, now), undefined, String(value));
      }
    });
  });

  describe('options', () => {
    it('defaults give up within about 20 s in all', () => {
      assert.ok(DEFAULT_RETRY_OPTIONS.totalBudgetMs <= 20_000);
      assert.ok(DEFAULT_RETRY_OPTIONS.attemptTimeoutMs <= DEFAULT_RETRY_OPTIONS.totalBudgetMs);
      assert.equal(DEFAULT_RETRY_OPTIONS.initialDelayMs, 500);
    });

    it('merges overrides and ignores undefined ones', () => {
      const options = resolveRetryOptions({ maxAttempts: 2, totalBudgetMs: undefined });
      assert.equal(options.maxAttempts, 2);
      assert.equal(options.totalBudgetMs, DEFAULT_RETRY_OPTIONS.totalBudgetMs);
    });

    it('rejects nonsense', () => {
      assert.throws(() => resolveRetryOptions({ maxAttempts: 0 }), RangeError);
      assert.throws(() => resolveRetryOptions({ initialDelayMs: -1 }), RangeError);
      assert.throws(() => resolveRetryOptions({ totalBudgetMs: Number.NaN }), RangeError);
    });
  });
});
