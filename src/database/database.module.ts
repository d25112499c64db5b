import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from 'src/config/app-config';
import { buildDataSourceOptions } from 'src/database/data-source-options';
import { migrateOnce } from 'src/database/migrate-once';
import { TransactionService } from 'src/database/transaction.service';

/** The data source (migrated on start) and the transaction helper. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config.get('DATABASE_URL')),
        retryAttempts: 3,
        retryDelay: 1000,
      }),
      // Migrated on start, once however many instances start together (see migrateOnce).
      dataSourceFactory: async (options) => {
        const ds = await new DataSource(options!).initialize();
        await migrateOnce(ds);
        return ds;
      },
    }),
  ],
  providers: [TransactionService],
  exports: [TransactionService],
})
export class DatabaseModule {}
