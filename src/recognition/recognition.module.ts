import { Module } from '@nestjs/common';
import { RecognitionController } from 'src/recognition/recognition.controller';
import { RecognitionService } from 'src/recognition/recognition.service';

/** Star levels, badges and the settings behind them; depends on nothing but the database. */
@Module({
  controllers: [RecognitionController],
  providers: [RecognitionService],
  exports: [RecognitionService],
})
export class RecognitionModule {}
