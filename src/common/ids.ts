import { randomBytes } from 'node:crypto';
import { v7 } from 'uuid';

/** UUID v7: time-ordered, so keyset pagination by id is pagination by creation time. */
export const newId = (): string => v7();

/** A URL-safe random token with `bytes` bytes of entropy. */
export const randomToken = (bytes = 24): string => randomBytes(bytes).toString('base64url');
