import { Body, Controller, Get, HttpCode, Query } from '@nestjs/common';
import { Post } from 'src/common/decorators/mutations';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from 'src/common/auth-user';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Roles } from 'src/common/decorators/roles.decorator';
import { IdParam } from 'src/common/validation/id-param';
import {
  AssignDto,
  CompleteDto,
  CreateWishDto,
  FeedbackDto,
  FeedbackOnBehalfDto,
  OptionalReasonDto,
  ReasonDto,
  DispatchCandidatesView,
  FollowUpResolutionDto,
  WishListQuery,
  WishPage,
  WishView,
} from 'src/wishes/dto/wish.dto';
import { WishDispatchService } from 'src/wishes/dispatch.service';
import { WishFeedbackService } from 'src/wishes/wish-feedback.service';
import { WishLifecycleService } from 'src/wishes/wish-lifecycle.service';
import { WishesService } from 'src/wishes/wishes.service';

@ApiTags('wishes')
@Controller('wishes')
export class WishesController {
  constructor(
    private readonly wishes: WishesService,
    private readonly lifecycle: WishLifecycleService,
    private readonly feedbackService: WishFeedbackService,
    private readonly dispatch: WishDispatchService,
  ) {}

  @Post()
  @Roles('resident', 'grid_worker', 'community_admin')
  @ApiOperation({
    summary: 'Post a wish (residents), or post for a resident with onBehalfOf (grid workers)',
  })
  @ApiCreatedResponse({ type: WishView })
  @ApiErrors('NOT_FOUND')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateWishDto): Promise<WishView> {
    return this.wishes.create(user, dto);
  }

  @Get()
  @ApiOperation({
    summary:
      'Wishes of your community (staff, volunteers; contacts masked for volunteers) or your own (residents)',
  })
  @ApiOkResponse({ type: WishPage })
  list(@CurrentUser() user: AuthUser, @Query() query: WishListQuery): Promise<WishPage> {
    return this.wishes.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One wish' })
  @ApiOkResponse({ type: WishView })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<WishView> {
    return this.wishes.get(user, id);
  }

  @Get(':id/candidates')
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({
    summary:
      "Volunteers to dispatch to: the approved volunteers of the wish's grid, skills matching first, then the least busy",
  })
  @ApiOkResponse({ type: DispatchCandidatesView })
  async candidates(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
  ): Promise<DispatchCandidatesView> {
    return { items: await this.dispatch.candidates(user, id) };
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({ summary: 'Approve a wish for volunteers (pending_review → open)' })
  @ApiOkResponse({ type: WishView })
  @ApiErrors('INVALID_STATE')
  approve(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<WishView> {
    return this.lifecycle.approve(user, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({ summary: 'Reject a wish with a reason' })
  @ApiOkResponse({ type: WishView })
  @ApiErrors('INVALID_STATE')
  reject(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: ReasonDto,
  ): Promise<WishView> {
    return this.lifecycle.reject(user, id, dto.reason);
  }

  @Post(':id/follow-up/resolve')
  @HttpCode(200)
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({
    summary:
      'Close the follow-up a low rating opened, with a note of what was found and done (回访)',
  })
  @ApiOkResponse({ type: WishView })
  @ApiErrors('INVALID_STATE')
  resolveFollowUp(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: FollowUpResolutionDto,
  ): Promise<WishView> {
    return this.lifecycle.resolveFollowUp(user, id, dto.note);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({ summary: 'Dispatch an open wish to an approved volunteer (派单)' })
  @ApiOkResponse({ type: WishView })
  @ApiErrors('INVALID_STATE')
  assign(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: AssignDto,
  ): Promise<WishView> {
    return this.lifecycle.assign(user, id, dto.volunteerId);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @Roles('volunteer')
  @ApiOperation({ summary: 'Take an open wish (approved volunteers; one claimer at a time)' })
  @ApiOkResponse({ type: WishView })
  @ApiErrors('INVALID_STATE')
  claim(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<WishView> {
    return this.lifecycle.claim(user, id);
  }

  @Post(':id/release')
  @HttpCode(200)
  @Roles('volunteer')
  @ApiOperation({ summary: 'Give a claimed wish back (claimer)' })
  @ApiOkResponse({ type: WishView })
  @ApiErrors('INVALID_STATE')
  release(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<WishView> {
    return this.lifecycle.release(user, id);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Roles('volunteer')
  @ApiOperation({ summary: 'Mark the help as done, with a note (claimer)' })
  @ApiOkResponse({ type: WishView })
  @ApiErrors('INVALID_STATE')
  complete(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: CompleteDto,
  ): Promise<WishView> {
    return this.lifecycle.complete(user, id, dto.note);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a wish (owner or staff)' })
  @ApiOkResponse({ type: WishView })
  @ApiErrors('FORBIDDEN', 'INVALID_STATE')
  cancel(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: OptionalReasonDto,
  ): Promise<WishView> {
    return this.lifecycle.cancel(user, id, dto.reason);
  }

  @Post(':id/feedback')
  @HttpCode(200)
  @ApiOperation({
    summary: "Rate the help 1–5 (the owner): closes the wish and awards the claimer's points",
  })
  @ApiOkResponse({ type: WishView })
  @ApiErrors('FORBIDDEN', 'INSUFFICIENT_POINTS', 'INVALID_STATE', 'LIMIT_EXCEEDED')
  feedback(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: FeedbackDto,
  ): Promise<WishView> {
    return this.feedbackService.feedback(user, id, dto.rating, dto.comment);
  }

  @Post(':id/feedback-on-behalf')
  @HttpCode(200)
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({
    summary:
      'Record the rating a resident gave you by phone or on a visit (回访); audit-logged in your name, never for help you gave',
  })
  @ApiOkResponse({ type: WishView })
  @ApiErrors('INSUFFICIENT_POINTS', 'INVALID_STATE', 'LIMIT_EXCEEDED')
  feedbackOnBehalf(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: FeedbackOnBehalfDto,
  ): Promise<WishView> {
    return this.feedbackService.feedbackOnBehalf(user, id, dto);
  }
}
