import { Foundation1763800000000 } from 'src/database/migrations/1763800000000-foundation';

/** Every migration, in order. Listed explicitly so ts-jest, ts-node and the build all find them. */
export const MIGRATIONS = [Foundation1763800000000];
