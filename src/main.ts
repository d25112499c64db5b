import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from 'src/app.factory';
import { AppConfig } from 'src/config/app-config';

async function main(): Promise<void> {
  const app = await createApp();
  const config = app.get(AppConfig);
  const port = config.get('PORT');
  await app.listen({ port, host: '0.0.0.0' });
  new Logger('Main').log(`Listening on http://localhost:${port} (docs at /docs)`);
}

main().catch((err: unknown) => {
  // Config errors name the variable; print them plainly and stop.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
