import { Body, Controller, Get, HttpCode, Ip, Param } from '@nestjs/common';
import { ATTEMPT_LIMITS, AttemptsService } from 'src/common/attempts/attempts.service';
import { Post } from 'src/common/decorators/mutations';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import type { AuthUser } from 'src/common/auth-user';
import { OptionalUser } from 'src/common/decorators/current-user.decorator';
import { Public } from 'src/common/decorators/public.decorator';
import { Throttled } from 'src/common/decorators/throttled.decorator';
import { NotFoundError, ValidationFailedError } from 'src/common/errors/app-error';
import { normalizeReadableCode } from 'src/common/readable-code';
import {
  CreatedPublicWish,
  FeedbackDto,
  PublicWishDto,
  PublicWishView,
} from 'src/wishes/dto/wish.dto';
import { WishFeedbackService } from 'src/wishes/wish-feedback.service';
import { WishesService } from 'src/wishes/wishes.service';

const CODE = /^[A-Za-z0-9_-]{8,32}$/;
const TRACKING_CODE = {
  name: 'trackingCode',
  schema: { type: 'string' as const, pattern: CODE.source },
};
/** Today's 8-character codes in any case or grouping; older codes exactly as issued. */
const code = (value: string) => {
  const readable = normalizeReadableCode(value);
  if (readable) return readable;
  if (!CODE.test(value))
    throw ValidationFailedError.field('trackingCode', 'trackingCode is not a valid code');
  return value;
};

/**
 * What the grid QR code leads to: anonymous intake, tracking and rating. Rate limited per IP.
 * A caller who sends an access token anyway is known (see JwtAuthGuard): a volunteer who posts
 * or rates here is held to the same conflict-of-interest rules as in the app.
 */
@ApiTags('public')
@Public()
@Throttled()
@Controller('public/wishes')
export class PublicWishesController {
  constructor(
    private readonly wishes: WishesService,
    private readonly feedbackService: WishFeedbackService,
    private readonly attempts: AttemptsService,
  ) {}

  @Post()
  @ApiOperation({ summary: "Post a wish from a grid's QR code; keep the tracking code" })
  @ApiCreatedResponse({ type: CreatedPublicWish })
  create(
    @Body() dto: PublicWishDto,
    @OptionalUser() caller: AuthUser | null,
  ): Promise<CreatedPublicWish> {
    return this.wishes.createPublic(dto, caller);
  }

  @Get(':trackingCode')
  @ApiOperation({ summary: 'Status and history of a wish by its tracking code' })
  @ApiOkResponse({ type: PublicWishView })
  @ApiParam(TRACKING_CODE)
  status(
    @Param('trackingCode') trackingCode: string,
    @Ip() ip: string,
    @OptionalUser() caller: AuthUser | null,
  ): Promise<PublicWishView> {
    return this.tracked(ip, caller, () => this.feedbackService.publicStatus(code(trackingCode)));
  }

  @Post(':trackingCode/feedback')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rate completed help 1–5 with the tracking code' })
  @ApiOkResponse({ type: PublicWishView })
  @ApiParam(TRACKING_CODE)
  @ApiErrors('FORBIDDEN', 'INSUFFICIENT_POINTS', 'INVALID_STATE', 'LIMIT_EXCEEDED')
  feedback(
    @Param('trackingCode') trackingCode: string,
    @Body() dto: FeedbackDto,
    @OptionalUser() caller: AuthUser | null,
    @Ip() ip: string,
  ): Promise<PublicWishView> {
    return this.tracked(ip, caller, () =>
      this.feedbackService.publicFeedback(code(trackingCode), dto.rating, dto.comment, caller),
    );
  }

  /** Unknown tracking codes are counted per address (and per signed-in user): a few, then 429. */
  private tracked<T>(ip: string, caller: AuthUser | null, work: () => Promise<T>): Promise<T> {
    const keys = [{ key: `track:ip:${ip}`, limit: ATTEMPT_LIMITS.tracking }];
    if (caller) keys.push({ key: `track:user:${caller.id}`, limit: ATTEMPT_LIMITS.tracking });
    return this.attempts.guard(keys, work, (err) => err instanceof NotFoundError);
  }
}
