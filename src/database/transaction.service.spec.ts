import { isRetryableTransactionError, isUniqueViolation } from 'src/database/db-errors';
import { SerialQueue } from 'src/database/serial-queue';
import { retryDelay, withRetry } from 'src/database/transaction.service';

const mysqlError = (errno: number) => Object.assign(new Error(`errno ${errno}`), { errno });
const fast = { attempts: 4, baseDelayMs: 0 };

describe('withRetry', () => {
  it('retries deadlocks, lock wait timeouts and MariaDB 1020, then succeeds', async () => {
    const errors = [mysqlError(1213), mysqlError(1205), mysqlError(1020)];
    let calls = 0;
    const result = await withRetry(() => {
      calls++;
      const err = errors.shift();
      return err ? Promise.reject(err) : Promise.resolve('done');
    }, fast);
    expect(result).toBe('done');
    expect(calls).toBe(4);
  });

  it('gives up after the bounded number of attempts', async () => {
    let calls = 0;
    await expect(
      withRetry(() => {
        calls++;
        return Promise.reject(mysqlError(1213));
      }, fast),
    ).rejects.toThrow('errno 1213');
    expect(calls).toBe(4);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    await expect(
      withRetry(() => {
        calls++;
        return Promise.reject(mysqlError(1062));
      }, fast),
    ).rejects.toThrow('errno 1062');
    expect(calls).toBe(1);
  });
});

describe('retryDelay', () => {
  const policy = { attempts: 5, baseDelayMs: 10 };
  it('doubles each attempt and spreads each wait over half to one and a half of its step', () => {
    expect([1, 2, 3].map((a) => retryDelay(a, policy, () => 0))).toEqual([5, 10, 20]);
    expect([1, 2, 3].map((a) => Math.round(retryDelay(a, policy, () => 0.999)))).toEqual([
      15, 30, 60,
    ]);
    const waits = new Set(Array.from({ length: 20 }, () => retryDelay(2, policy)));
    expect(waits.size).toBeGreaterThan(1);
  });
});

describe('driver error classification', () => {
  it('recognises unique violations on both engines, also wrapped by TypeORM', () => {
    expect(isUniqueViolation({ code: 'ER_DUP_ENTRY', errno: 1062 })).toBe(true);
    expect(isUniqueViolation({ driverError: { code: 'SQLITE_CONSTRAINT_UNIQUE' } })).toBe(true);
    expect(isUniqueViolation({ code: 'SQLITE_BUSY' })).toBe(false);
    expect(isRetryableTransactionError({ driverError: { errno: 1213 } })).toBe(true);
    // A Galera node that is not ready: tried again briefly before a 503.
    expect(isRetryableTransactionError({ driverError: { errno: 1047 } })).toBe(true);
    expect(isRetryableTransactionError(new Error('x'))).toBe(false);
  });
});

describe('SerialQueue', () => {
  it('never runs two tasks at once and keeps arrival order, even when one fails', async () => {
    const queue = new SerialQueue();
    let running = 0;
    let maxRunning = 0;
    const order: number[] = [];
    const task =
      (n: number, fail = false) =>
      async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, 5 - n));
        order.push(n);
        running--;
        if (fail) throw new Error(`task ${n}`);
        return n;
      };
    const results = await Promise.allSettled([
      queue.run(task(1)),
      queue.run(task(2, true)),
      queue.run(task(3)),
    ]);
    expect(maxRunning).toBe(1);
    expect(order).toEqual([1, 2, 3]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
