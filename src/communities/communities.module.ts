import { RecognitionModule } from 'src/recognition/recognition.module';
import { MemberImportService } from 'src/communities/member-import.service';
import { Module } from '@nestjs/common';
import { CommunitiesController } from 'src/communities/communities.controller';
import { CommunitiesService } from 'src/communities/communities.service';
import { GridsController } from 'src/communities/grids.controller';
import { GridsService } from 'src/communities/grids.service';
import { MembersController } from 'src/communities/members.controller';
import { MembersService } from 'src/communities/members.service';
import { VolunteersService } from 'src/communities/volunteers.service';
import { UsersModule } from 'src/users/users.module';

@Module({
  imports: [UsersModule, RecognitionModule],
  controllers: [CommunitiesController, GridsController, MembersController],
  providers: [
    CommunitiesService,
    GridsService,
    MembersService,
    VolunteersService,
    MemberImportService,
  ],
  exports: [CommunitiesService, GridsService, MembersService],
})
export class CommunitiesModule {}
