import { Body, Controller, Get, HttpCode, Query, Res } from '@nestjs/common';
import { Delete, Patch, Post } from 'src/common/decorators/mutations';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiQrResponse } from 'src/common/decorators/api-file.decorator';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from 'src/common/auth-user';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import { qrContentType, qrImage } from 'src/common/qr';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Roles } from 'src/common/decorators/roles.decorator';
import { PageQuery } from 'src/common/pagination/page';
import { IdParam } from 'src/common/validation/id-param';
import { ActivitiesService, toActivityView } from 'src/service-hours/activities.service';
import { AttendanceService } from 'src/service-hours/attendance.service';
import {
  ActivityPage,
  ActivityView,
  MyActivityView,
  ApproveAttendanceDto,
  ApproveRecordDto,
  AttendanceList,
  SignupList,
  AttendanceView,
  CodeDto,
  CodeQuery,
  CodeView,
  CreateActivityDto,
  CreateServiceRecordDto,
  HoursView,
  MarkAttendanceDto,
  RecordListQuery,
  RejectDto,
  ServiceRecordPage,
  ServiceRecordView,
  UpdateActivityDto,
} from 'src/service-hours/dto/hours.dto';
import { HoursService } from 'src/service-hours/hours.service';
import { ServiceRecordsService } from 'src/service-hours/service-records.service';

@ApiTags('service hours')
@Controller()
export class ServiceHoursController {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly attendance: AttendanceService,
    private readonly records: ServiceRecordsService,
    private readonly hours: HoursService,
  ) {}

  @Post('activities')
  @Roles('community_admin', 'grid_worker')
  @ApiOperation({ summary: 'Create a volunteer activity (you become its organiser)' })
  @ApiCreatedResponse({ type: ActivityView })
  async create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateActivityDto,
  ): Promise<ActivityView> {
    return toActivityView(await this.activities.create(user, dto));
  }

  @Patch('activities/:id')
  @Roles('community_admin', 'grid_worker')
  @ApiOperation({ summary: 'Edit an activity (organiser)' })
  @ApiOkResponse({ type: ActivityView })
  async update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: UpdateActivityDto,
  ): Promise<ActivityView> {
    return toActivityView(await this.activities.update(user, id, dto));
  }

  @Get('activities')
  @ApiOperation({ summary: "The community's activities, newest first" })
  @ApiOkResponse({ type: ActivityPage })
  list(@CurrentUser() user: AuthUser, @Query() q: PageQuery): Promise<ActivityPage> {
    return this.activities.list(user, q);
  }

  @Get('activities/:id')
  @ApiOperation({ summary: 'One activity' })
  @ApiOkResponse({ type: MyActivityView })
  async get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<MyActivityView> {
    const [view] = await this.activities.asSeenBy(user, [await this.activities.get(user, id)]);
    return view;
  }

  @Post('activities/:id/signups')
  @Roles('volunteer')
  @ApiOperation({ summary: 'Sign up (approved volunteers, within capacity)' })
  @ApiCreatedResponse({ type: MyActivityView })
  @ApiErrors('INVALID_STATE')
  async signUp(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<MyActivityView> {
    const [view] = await this.activities.asSeenBy(user, [await this.activities.signUp(user, id)]);
    return view;
  }

  @Delete('activities/:id/signups/me')
  @HttpCode(204)
  @Roles('volunteer')
  @ApiOperation({ summary: 'Withdraw before the start' })
  @ApiNoContentResponse()
  @ApiErrors('INVALID_STATE')
  async withdraw(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    await this.activities.withdraw(user, id);
  }

  @Get('activities/:id/checkin-code')
  @ApiOperation({ summary: 'The rotating check-in/out code (organiser); ?format=png|svg for a QR' })
  @ApiQrResponse('The code, or its QR with ?format=png|svg', CodeView)
  @ApiErrors('FORBIDDEN')
  async code(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() q: CodeQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { code, expiresAt, link } = await this.activities.code(user, id);
    void reply.header('cache-control', 'no-store');
    const format = q.format ?? 'json';
    if (format === 'json') {
      await reply.send({ code, expiresAt: expiresAt.toISOString(), link });
      return;
    }
    // The QR opens the app's check-in page; a volunteer can still type the 6 digits.
    await reply
      .header('x-code-expires-at', expiresAt.toISOString())
      .type(qrContentType(format))
      .send(await qrImage(link, format));
  }

  @Post('activities/:id/check-in')
  @HttpCode(200)
  @Roles('volunteer')
  @ApiOperation({ summary: 'Check in with the code the organiser shows' })
  @ApiOkResponse({ type: AttendanceView })
  @ApiErrors('INVALID_STATE', 'RATE_LIMITED')
  checkIn(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: CodeDto,
  ): Promise<AttendanceView> {
    return this.attendance.checkIn(user, id, dto.code);
  }

  @Post('activities/:id/check-out')
  @HttpCode(200)
  @Roles('volunteer')
  @ApiOperation({ summary: 'Check out with the current code; minutes are clipped to the activity' })
  @ApiOkResponse({ type: AttendanceView })
  @ApiErrors('INVALID_STATE', 'RATE_LIMITED')
  checkOut(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: CodeDto,
  ): Promise<AttendanceView> {
    return this.attendance.checkOut(user, id, dto.code);
  }

  @Get('activities/:id/signups')
  @ApiOperation({
    summary: 'Who signed up, in order (organiser): the roster to mark attendance by',
  })
  @ApiOkResponse({ type: SignupList })
  @ApiErrors('FORBIDDEN')
  async signups(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<SignupList> {
    return { items: await this.activities.signups(user, id) };
  }

  @Get('activities/:id/attendances')
  @ApiOperation({ summary: "The activity's attendances (organiser)" })
  @ApiOkResponse({ type: AttendanceList })
  @ApiErrors('FORBIDDEN')
  async attendances(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<AttendanceList> {
    return { items: await this.attendance.list(user, id) };
  }

  @Post('activities/:id/attendances/:userId/mark')
  @HttpCode(200)
  @ApiOperation({ summary: "Record a volunteer's attendance by hand (organiser)" })
  @ApiOkResponse({ type: AttendanceView })
  @ApiErrors('FORBIDDEN', 'INVALID_STATE')
  mark(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('userId') userId: string,
    @Body() dto: MarkAttendanceDto,
  ): Promise<AttendanceView> {
    return this.attendance.mark(
      user,
      id,
      userId,
      new Date(dto.checkInAt),
      new Date(dto.checkOutAt),
    );
  }

  @Post('activities/:id/attendances/:userId/approve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve (optionally correcting minutes, with a reason): posts the points once',
  })
  @ApiOkResponse({ type: AttendanceView })
  @ApiErrors('FORBIDDEN', 'INSUFFICIENT_POINTS', 'INVALID_STATE', 'LIMIT_EXCEEDED')
  approve(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('userId') userId: string,
    @Body() dto: ApproveAttendanceDto,
  ): Promise<AttendanceView> {
    return this.attendance.approve(user, id, userId, dto.minutes, dto.reason);
  }

  @Post('service-records')
  @Roles('volunteer')
  @ApiOperation({ summary: 'Report service you did (date, minutes, description)' })
  @ApiCreatedResponse({ type: ServiceRecordView })
  @ApiErrors('LIMIT_EXCEEDED')
  createRecord(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateServiceRecordDto,
  ): Promise<ServiceRecordView> {
    return this.records.create(user, dto);
  }

  @Get('service-records')
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({ summary: 'Service records to review, e.g. ?status=pending' })
  @ApiOkResponse({ type: ServiceRecordPage })
  listRecords(
    @CurrentUser() user: AuthUser,
    @Query() q: RecordListQuery,
  ): Promise<ServiceRecordPage> {
    return this.records.list(user, q);
  }

  @Get('me/service-records')
  @ApiOperation({ summary: 'Your own service reports, newest first, with their review state' })
  @ApiOkResponse({ type: ServiceRecordPage })
  myRecords(
    @CurrentUser() user: AuthUser,
    @Query() q: RecordListQuery,
  ): Promise<ServiceRecordPage> {
    return this.records.mine(user, q);
  }

  @Post('service-records/:id/approve')
  @HttpCode(200)
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({
    summary:
      'Approve a service record, optionally lowering its minutes with a reason: posts points once',
  })
  @ApiOkResponse({ type: ServiceRecordView })
  @ApiErrors('INSUFFICIENT_POINTS', 'INVALID_STATE', 'LIMIT_EXCEEDED')
  approveRecord(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: ApproveRecordDto,
  ): Promise<ServiceRecordView> {
    return this.records.decide(user, id, { decision: 'approve', ...dto });
  }

  @Post('service-records/:id/reject')
  @HttpCode(200)
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({ summary: 'Reject a service record with a reason' })
  @ApiOkResponse({ type: ServiceRecordView })
  @ApiErrors('INSUFFICIENT_POINTS', 'INVALID_STATE', 'LIMIT_EXCEEDED')
  rejectRecord(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: RejectDto,
  ): Promise<ServiceRecordView> {
    return this.records.decide(user, id, { decision: 'reject', reason: dto.reason });
  }

  @Get('me/hours')
  @ApiOperation({
    summary: 'Your approved minutes this month, this year and in total, with recent items',
  })
  @ApiOkResponse({ type: HoursView })
  mine(@CurrentUser() user: AuthUser): Promise<HoursView> {
    return this.hours.mine(user);
  }
}
