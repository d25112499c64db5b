import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import Redis from 'ioredis';

type StorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** A warning at most this often while Redis stays away. */
const WARN_EVERY_MS = 60_000;

/**
 * The per-IP request limits, counted in Redis when `REDIS_URL` is set, so every instance behind
 * the load balancer counts the same hits (`@nest-lab/throttler-storage-redis`: one Lua script per
 * hit). Redis is an accelerator, not a dependency: when it cannot answer within a moment (down,
 * restarting, unreachable), hits are counted in this instance's memory instead and a warning is
 * logged — limits become per instance for that while, requests never fail — and Redis is used
 * again as soon as it answers. Without `REDIS_URL`, memory only, as one instance needs.
 */
export class SharedThrottlerStorage implements ThrottlerStorage, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('RateLimits');
  private readonly memory = new ThrottlerStorageService();
  private readonly redis: Redis | null;
  private readonly shared: ThrottlerStorageRedisService | null;
  private lastWarning = 0;

  constructor(redisUrl?: string) {
    if (!redisUrl) {
      this.redis = this.shared = null;
      return;
    }
    this.redis = new Redis(redisUrl, {
      // Fail fast while disconnected rather than queue a request's hit behind a reconnect.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1_000,
      commandTimeout: 250,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    this.redis.on('error', (err: Error) => this.warn(err));
    this.shared = new ThrottlerStorageRedisService(this.redis);
  }

  /**
   * Waits (at most 2 s) for the first connection, so an instance counts in Redis from its first
   * request: with the offline queue off, hits sent before the connection is up would otherwise
   * be counted in this instance's memory, apart from the others'.
   */
  async onModuleInit(): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        redis.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, 2_000);
      redis.once('ready', done);
    });
  }

  get isShared(): boolean {
    return this.shared !== null;
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<StorageRecord> {
    if (this.shared) {
      try {
        return await this.shared.increment(key, ttl, limit, blockDuration, throttlerName);
      } catch (err) {
        this.warn(err);
      }
    }
    return this.memory.increment(key, ttl, limit, blockDuration, throttlerName);
  }

  private warn(err: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    this.logger.warn(
      { err: err instanceof Error ? err.message : String(err) },
      'Redis is not answering: rate limits are counted per instance until it is back',
    );
  }

  onModuleDestroy(): void {
    this.memory.onApplicationShutdown();
    this.redis?.disconnect(false);
  }
}
