import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { CredentialKeysService } from 'src/certificates/credential-keys.service';
import { Clock } from 'src/common/clock/clock';
import { DEFAULT_DATABASE_URL } from 'src/config/env.validation';
import { buildDataSourceOptions } from 'src/database/data-source-options';

/**
 * `npm run credentials:rotate-key`: retires the key that signs credentials and makes a new one.
 * Credentials signed before keep verifying: the retired key stays in the JWKS.
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const dataSource = await new DataSource({
    ...buildDataSourceOptions(url),
    logging: false,
  }).initialize();
  try {
    const kid = await new CredentialKeysService(dataSource, new Clock()).rotate();
    console.log(`New signing key ${kid}; earlier keys stay published in /.well-known/jwks.json`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
