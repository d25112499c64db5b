import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { availableParallelism } from 'node:os';
import { Semaphore } from 'src/common/concurrency/semaphore';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 passes). */
export const PASSWORD_HASH_OPTIONS: argon2.HashOptions = {
  type: argon2.argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

/**
 * Hashing is CPU-bound: more hashes at once than there are cores only add memory (a burst of
 * logins took the process past 400 MB), so they queue for a core instead.
 */
@Injectable()
export class PasswordService {
  private dummyHash: Promise<string> | undefined;
  private readonly cores = new Semaphore(availableParallelism());

  hash(password: string): Promise<string> {
    return this.cores.run(() => argon2.hash(password, PASSWORD_HASH_OPTIONS));
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await this.cores.run(() => argon2.verify(hash, password));
    } catch {
      return false;
    }
  }

  /** Spends the same time as a real check, so unknown phones cannot be told from wrong passwords. */
  async verifyNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('not-a-real-password');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
