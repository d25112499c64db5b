import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { DEFAULT_DATABASE_URL } from 'src/config/env.validation';
import { buildDataSourceOptions } from 'src/database/data-source-options';

/** Used by the TypeORM CLI (`npm run typeorm -- migration:show`); the app builds the same options. */
export default new DataSource(
  buildDataSourceOptions(process.env.DATABASE_URL || DEFAULT_DATABASE_URL),
);
