import 'reflect-metadata';
import { createApp } from 'src/app.factory';
import { AppConfig } from 'src/config/app-config';
import { startBanner } from 'src/pages/start-banner';
import { BootstrapService } from 'src/seed/bootstrap.service';
import { DEMO_PASSWORD } from 'src/seed/demo-data';

async function main(): Promise<void> {
  const app = await createApp();
  const config = app.get(AppConfig);
  const port = config.get('PORT');
  await app.listen({ port, host: '0.0.0.0' });
  // Last, in plain words, whatever the log level: the links a person opens.
  process.stdout.write(
    startBanner({
      localBase: `http://localhost:${port}`,
      publicBase: config.publicBaseUrl,
      demoIntake: await app.get(BootstrapService).demoIntakeLink(),
      demoPassword: DEMO_PASSWORD,
    }),
  );
}

main().catch((err: unknown) => {
  // Config errors name the variable; print them plainly and stop.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
