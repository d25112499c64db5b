import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from 'src/common/auth-user';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Roles } from 'src/common/decorators/roles.decorator';
import { IdParam } from 'src/common/validation/id-param';
import {
  OverdueView,
  RecordQuery,
  VolunteerRecordView,
} from 'src/service-record/dto/service-record.dto';
import { OverdueService } from 'src/service-record/overdue.service';
import { ServiceRecordService } from 'src/service-record/service-record.service';

@ApiTags('service record')
@Controller()
export class ServiceRecordController {
  constructor(
    private readonly record: ServiceRecordService,
    private readonly overdueList: OverdueService,
  ) {}

  @Get('me/service-record')
  @ApiOperation({
    summary:
      'Your volunteer record: approved service, completed wishes, trainings and honours, with totals per year',
  })
  @ApiOkResponse({ type: VolunteerRecordView })
  @ApiErrors('NOT_FOUND')
  mine(@CurrentUser() user: AuthUser, @Query() q: RecordQuery): Promise<VolunteerRecordView> {
    return this.record.mine(user, q.year);
  }

  @Get('communities/:id/overdue-recording')
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({
    summary:
      'Activities and service reports still unrecorded 10 working days after they ended (staff)',
  })
  @ApiOkResponse({ type: OverdueView })
  overdue(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<OverdueView> {
    return this.overdueList.list(user, id);
  }

  @Get('members/:id/service-record')
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({ summary: "A member's volunteer record (staff of their community)" })
  @ApiOkResponse({ type: VolunteerRecordView })
  ofMember(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() q: RecordQuery,
  ): Promise<VolunteerRecordView> {
    return this.record.ofMember(user, id, q.year);
  }
}
