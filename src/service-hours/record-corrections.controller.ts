import { Body, Controller, Get, HttpCode, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from 'src/common/auth-user';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Post } from 'src/common/decorators/mutations';
import { Roles } from 'src/common/decorators/roles.decorator';
import { IdParam } from 'src/common/validation/id-param';
import {
  CorrectionListQuery,
  CorrectionPage,
  CorrectionView,
  DecideCorrectionDto,
  RequestCorrectionDto,
} from 'src/service-hours/dto/correction.dto';
import { RecordCorrectionsService } from 'src/service-hours/record-corrections.service';

@ApiTags('service record')
@Controller()
export class RecordCorrectionsController {
  constructor(private readonly corrections: RecordCorrectionsService) {}

  @Post('me/record-corrections')
  @ApiOperation({ summary: 'Ask for the minutes of a line of your record to be corrected' })
  @ApiCreatedResponse({ type: CorrectionView })
  @ApiErrors('CONFLICT', 'NOT_FOUND')
  request(
    @CurrentUser() user: AuthUser,
    @Body() dto: RequestCorrectionDto,
  ): Promise<CorrectionView> {
    return this.corrections.request(user, dto);
  }

  @Get('me/record-corrections')
  @ApiOperation({ summary: 'Your correction requests and their decisions, newest first' })
  @ApiOkResponse({ type: CorrectionPage })
  mine(@CurrentUser() user: AuthUser, @Query() q: CorrectionListQuery): Promise<CorrectionPage> {
    return this.corrections.mine(user, q);
  }

  @Get('communities/:id/record-corrections')
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({ summary: "The community's correction requests, e.g. ?status=pending (staff)" })
  @ApiOkResponse({ type: CorrectionPage })
  ofCommunity(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() q: CorrectionListQuery,
  ): Promise<CorrectionPage> {
    return this.corrections.ofCommunity(user, id, q);
  }

  @Post('record-corrections/:id/accept')
  @HttpCode(200)
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({
    summary:
      'Accept: the line takes the minutes asked for, and the points follow once through the ledger',
  })
  @ApiOkResponse({ type: CorrectionView })
  @ApiErrors('INVALID_STATE', 'INSUFFICIENT_POINTS', 'LIMIT_EXCEEDED')
  accept(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: DecideCorrectionDto,
  ): Promise<CorrectionView> {
    return this.corrections.accept(user, id, dto.reason);
  }

  @Post('record-corrections/:id/refuse')
  @HttpCode(200)
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({ summary: 'Refuse with a reason; the volunteer is told' })
  @ApiOkResponse({ type: CorrectionView })
  @ApiErrors('INVALID_STATE')
  refuse(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: DecideCorrectionDto,
  ): Promise<CorrectionView> {
    return this.corrections.refuse(user, id, dto.reason);
  }
}
