import { Global, Module } from '@nestjs/common';
import { AttemptsService } from 'src/common/attempts/attempts.service';

@Global()
@Module({ providers: [AttemptsService], exports: [AttemptsService] })
export class AttemptsModule {}
