import { Body, Controller, Get, Query } from '@nestjs/common';
import { Post, Put } from 'src/common/decorators/mutations';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from 'src/common/auth-user';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Roles } from 'src/common/decorators/roles.decorator';
import { ForbiddenError } from 'src/common/errors/app-error';
import { PageQuery } from 'src/common/pagination/page';
import { assertCommunity } from 'src/common/scope';
import { IdParam } from 'src/common/validation/id-param';
import { PointRulesDto, PointRulesHistory, PointRulesView } from 'src/points/dto/point-rules.dto';
import {
  AdjustmentDto,
  AdjustmentView,
  EntryPage,
  MemberPointsView,
  PointsSummary,
} from 'src/points/dto/points.dto';
import { AdjustmentsService } from 'src/points/adjustments.service';
import { PointRulesService } from 'src/points/point-rules.service';
import { PointsQueryService } from 'src/points/points-query.service';

const memberCommunity = (user: AuthUser): string => {
  if (!user.communityId) throw new ForbiddenError('Only community members have points');
  return user.communityId;
};

@ApiTags('points')
@Controller()
export class PointsController {
  constructor(
    private readonly query: PointsQueryService,
    private readonly rules: PointRulesService,
    private readonly adjustments: AdjustmentsService,
  ) {}

  @Get('me/points')
  @ApiOperation({
    summary: 'Your balance, lifetime totals and points expiring in the next 30 days',
  })
  @ApiOkResponse({ type: PointsSummary })
  @ApiErrors('FORBIDDEN')
  myPoints(@CurrentUser() user: AuthUser): Promise<PointsSummary> {
    return this.query.summary(memberCommunity(user), user.id);
  }

  @Get('me/points/entries')
  @ApiOperation({ summary: 'Your ledger entries, newest first (keyset pagination)' })
  @ApiOkResponse({ type: EntryPage })
  @ApiErrors('FORBIDDEN')
  myEntries(@CurrentUser() user: AuthUser, @Query() page: PageQuery): Promise<EntryPage> {
    return this.query.entries(memberCommunity(user), user.id, page);
  }

  @Get('members/:id/points')
  @Roles('community_admin', 'store_staff', 'grid_worker')
  @ApiOperation({ summary: "A member's balance (staff of the member's community)" })
  @ApiOkResponse({ type: MemberPointsView })
  memberPoints(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<MemberPointsView> {
    return this.adjustments.memberPoints(user, id);
  }

  @Get('members/:id/points/entries')
  @Roles('community_admin', 'store_staff', 'grid_worker')
  @ApiOperation({ summary: "A member's ledger entries, newest first" })
  @ApiOkResponse({ type: EntryPage })
  memberEntries(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() page: PageQuery,
  ): Promise<EntryPage> {
    return this.adjustments.memberEntries(user, id, page);
  }

  @Post('members/:id/points/adjustments')
  @Roles('community_admin')
  @ApiOperation({
    summary: 'Credit or debit a member by hand, with a reason (audit-logged; never overdraws)',
  })
  @ApiCreatedResponse({ type: AdjustmentView })
  @ApiErrors('INSUFFICIENT_POINTS', 'LIMIT_EXCEEDED')
  adjust(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: AdjustmentDto,
  ): Promise<AdjustmentView> {
    return this.adjustments.adjust(user, id, dto);
  }

  @Get('communities/:id/point-rules')
  @ApiOperation({ summary: "The community's current point rules and their version" })
  @ApiOkResponse({ type: PointRulesView })
  async getRules(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
  ): Promise<PointRulesView> {
    assertCommunity(user, communityId);
    const { version, rules } = await this.rules.current(communityId);
    return PointRulesView.of(version, rules);
  }

  @Get('communities/:id/point-rules/history')
  @Roles('community_admin', 'grid_worker')
  @ApiOperation({
    summary: 'Every version of the point rules, newest first, with who set it and when',
  })
  @ApiOkResponse({ type: PointRulesHistory })
  async rulesHistory(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
    @Query() q: PageQuery,
  ): Promise<PointRulesHistory> {
    assertCommunity(user, communityId);
    return this.rules.history(communityId, q);
  }

  @Put('communities/:id/point-rules')
  @Roles('community_admin')
  @ApiOperation({ summary: 'Replace the point rules (adds a version; past postings keep theirs)' })
  @ApiOkResponse({ type: PointRulesView })
  async putRules(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
    @Body() dto: PointRulesDto,
  ): Promise<PointRulesView> {
    assertCommunity(user, communityId);
    const { version, rules } = await this.rules.update(user, communityId, dto);
    return PointRulesView.of(version, rules);
  }
}
