import { Module } from '@nestjs/common';
import { BootstrapService } from 'src/seed/bootstrap.service';
import { UsersModule } from 'src/users/users.module';

@Module({ imports: [UsersModule], providers: [BootstrapService] })
export class SeedModule {}
