import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from 'src/app.factory';
import { AppConfig } from 'src/config/app-config';
import { APP_PATHS, CONSOLE_PATH } from 'src/pages/app-links';
import { BootstrapService } from 'src/seed/bootstrap.service';

async function main(): Promise<void> {
  const app = await createApp();
  const config = app.get(AppConfig);
  const port = config.get('PORT');
  await app.listen({ port, host: '0.0.0.0' });
  const base = config.publicBaseUrl;
  const log = new Logger('Main');
  log.log(`Listening on port ${port}; API docs at ${base}/docs`);
  log.log(`Phone app (residents, volunteers, members): ${base}${APP_PATHS.app}`);
  log.log(`Store desk (store staff): ${base}${APP_PATHS.desk}`);
  log.log(`Staff console (grid workers, admins, at a desk): ${base}${CONSOLE_PATH}`);
  const intake = await app.get(BootstrapService).demoIntakeLink();
  if (intake) log.log(`Demo grid's QR link (post a wish without an account): ${intake}`);
}

main().catch((err: unknown) => {
  // Config errors name the variable; print them plainly and stop.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
