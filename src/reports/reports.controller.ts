import { Body, Controller, Get, HttpCode, Param, Query, Res } from '@nestjs/common';
import { Post, Put } from 'src/common/decorators/mutations';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import { ApiFileResponse } from 'src/common/decorators/api-file.decorator';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from 'src/common/auth-user';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Roles } from 'src/common/decorators/roles.decorator';
import { ValidationFailedError } from 'src/common/errors/app-error';
import { IdParam } from 'src/common/validation/id-param';
import {
  AuditPage,
  AuditQuery,
  DashboardView,
  ExportQuery,
  GridRatingsView,
  LeaderboardQuery,
  LeaderboardView,
  PeriodQuery,
  RangeQuery,
  RatingConfigDto,
} from 'src/reports/dto/reports.dto';
import { AuditLogService } from 'src/reports/audit-log.service';
import { ExportsService } from 'src/reports/exports/exports.service';
import { EXPORT_FORMATS, EXPORTS } from 'src/reports/exports/export-sheets';
import { ReportsService } from 'src/reports/reports.service';
import { ReasonDto } from 'src/wishes/dto/wish.dto';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly exportsService: ExportsService,
    private readonly auditLog: AuditLogService,
  ) {}

  @Get('communities/:id/grid-ratings')
  @Roles('grid_worker', 'community_admin', 'store_staff')
  @ApiOperation({ summary: 'Red / yellow / blue ratings of every grid for a month' })
  @ApiOkResponse({ type: GridRatingsView })
  ratings(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() q: PeriodQuery,
  ): Promise<GridRatingsView> {
    return this.reports.gridRatings(user, id, q.period);
  }

  @Post('communities/:id/grid-ratings/:period/freeze')
  @HttpCode(200)
  @Roles('community_admin')
  @ApiErrors('INVALID_STATE')
  @ApiOperation({
    summary:
      "Freeze a month's ratings as a snapshot that later data does not change; only once the month has ended in the community's zone",
  })
  @ApiOkResponse({ type: GridRatingsView })
  @ApiParam({ name: 'period', schema: { type: 'string', pattern: PERIOD.source } })
  freeze(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Param('period') period: string,
  ): Promise<GridRatingsView> {
    if (!PERIOD.test(period)) throw ValidationFailedError.field('period', 'period must be YYYY-MM');
    return this.reports.freeze(user, id, period);
  }

  @Post('communities/:id/grid-ratings/:period/reopen')
  @HttpCode(200)
  @Roles('community_admin')
  @ApiErrors('INVALID_STATE')
  @ApiOperation({
    summary:
      'Reopen a frozen month with a reason (audit-logged): its ratings are computed from the data again',
  })
  @ApiOkResponse({ type: GridRatingsView })
  @ApiParam({ name: 'period', schema: { type: 'string', pattern: PERIOD.source } })
  reopen(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Param('period') period: string,
    @Body() dto: ReasonDto,
  ): Promise<GridRatingsView> {
    if (!PERIOD.test(period)) throw ValidationFailedError.field('period', 'period must be YYYY-MM');
    return this.reports.reopen(user, id, period, dto.reason);
  }

  @Get('communities/:id/grid-rating-config')
  @Roles('grid_worker', 'community_admin', 'store_staff')
  @ApiOperation({ summary: 'Weights and colour cut-offs of the grid ratings' })
  @ApiOkResponse({ type: RatingConfigDto })
  async ratingConfig(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
  ): Promise<RatingConfigDto> {
    return this.reports.ratingConfigFor(user, id);
  }

  @Put('communities/:id/grid-rating-config')
  @Roles('community_admin')
  @ApiOperation({ summary: 'Set the weights (summing to 1) and cut-offs of the grid ratings' })
  @ApiOkResponse({ type: RatingConfigDto })
  setRatingConfig(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: RatingConfigDto,
  ): Promise<RatingConfigDto> {
    return this.reports.setRatingConfig(user, id, dto);
  }

  @Get('communities/:id/dashboard')
  @Roles('grid_worker', 'community_admin', 'store_staff')
  @ApiOperation({
    summary: 'Programme figures for a date range (wishes, satisfaction, hours, points, stock)',
  })
  @ApiOkResponse({ type: DashboardView })
  dashboard(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() q: RangeQuery,
  ): Promise<DashboardView> {
    return this.reports.dashboard(user, id, q.from, q.to);
  }

  @Get('communities/:id/leaderboard')
  @Roles('grid_worker', 'community_admin', 'store_staff')
  @ApiOperation({ summary: 'Top volunteers by points earned or hours served in a month' })
  @ApiOkResponse({ type: LeaderboardView })
  leaderboard(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() q: LeaderboardQuery,
  ): Promise<LeaderboardView> {
    return this.reports.leaderboard(user, id, q.metric, q.period, q.limit);
  }

  @Get('communities/:id/exports/:file')
  @Roles('community_admin')
  @ApiOperation({
    summary:
      'Export wishes, hours, points-entries or redemptions for ?from=&to= as .csv or .xlsx: Chinese headers, names and local times (?headers=codes for machine headers)',
  })
  @ApiFileResponse('The file (CSV: UTF-8 with BOM; formula cells neutralised in both)', [
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ])
  @ApiParam({
    name: 'file',
    enum: EXPORTS.flatMap((e) => EXPORT_FORMATS.map((f) => `${e}.${f}`)),
  })
  async export(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Param('file') file: string,
    @Query() q: ExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const out = await this.exportsService.open(user, id, file, q, q.headers === 'codes');
    await reply
      .type(out.contentType)
      .header(
        'content-disposition',
        `attachment; filename="${out.fileName}"; filename*=UTF-8''${encodeURIComponent(out.displayName)}`,
      )
      .send(out.stream);
  }

  @Get('audit-log')
  @Roles('community_admin')
  @ApiOperation({ summary: 'Every staff and admin change in your community, newest first' })
  @ApiOkResponse({ type: AuditPage })
  audit(@CurrentUser() user: AuthUser, @Query() q: AuditQuery): Promise<AuditPage> {
    return this.auditLog.list(user, q);
  }
}
