import type { DataSourceOptions, LoggerOptions } from 'typeorm';
import { ENTITIES } from 'src/database/entities';
import { MIGRATIONS } from 'src/database/migration-list';
import { ensureSqliteDirectory, parseDatabaseUrl } from 'src/database/database-url';
import { mysqlWithSessionSettings } from 'src/database/mysql-sessions';
import { SnakeNamingStrategy } from 'src/database/snake-naming.strategy';

/** SQLite waits this long for a lock held by another process before SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** The one data-source definition, shared by the app, the TypeORM CLI and the tests. */
export function buildDataSourceOptions(databaseUrl: string): DataSourceOptions {
  const target = parseDatabaseUrl(databaseUrl);
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: ['warn', 'migration'] as LoggerOptions,
  };
  if (target.engine === 'sqlite') {
    ensureSqliteDirectory(target.file);
    return {
      ...common,
      type: 'better-sqlite3',
      database: target.file,
      enableWAL: target.file !== ':memory:',
      timeout: SQLITE_BUSY_TIMEOUT_MS,
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
        db.pragma('synchronous = NORMAL');
      },
    };
  }
  return {
    ...common,
    type: 'mysql',
    driver: mysqlWithSessionSettings(),
    url: target.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    supportBigNumbers: true,
    // A transaction's closing writes go in one round trip (StatementBatch); all SQL here is
    // parameterised, never built from input.
    multipleStatements: true,
    bigNumberStrings: false,
    poolSize: 20,
    extra: { connectionLimit: 20, maxIdle: 20, enableKeepAlive: true },
  };
}
