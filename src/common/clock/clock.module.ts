import { Global, Module } from '@nestjs/common';
import { Clock } from 'src/common/clock/clock';

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
