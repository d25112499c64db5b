import { Module } from '@nestjs/common';
import { PagesController } from 'src/pages/pages.controller';
import { PagesService } from 'src/pages/pages.service';

@Module({ controllers: [PagesController], providers: [PagesService] })
export class PagesModule {}
