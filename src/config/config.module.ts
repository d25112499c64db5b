import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfig } from 'src/config/app-config';
import { validateEnv } from 'src/config/env.validation';

/**
 * Reads and validates the environment when the app is built (not when this file is imported),
 * so an invalid variable stops boot with a message naming it.
 */
@Module({})
export class AppConfigModule {
  static forRoot(): DynamicModule {
    return {
      module: AppConfigModule,
      global: true,
      imports: [
        ConfigModule.forRoot({
          envFilePath: ['.env'],
          validate: (raw) => ({ ...validateEnv(raw) }),
        }),
      ],
      providers: [AppConfig],
      exports: [AppConfig],
    };
  }
}
