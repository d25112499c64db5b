import { Body, Controller, Get, HttpCode, Param } from '@nestjs/common';
import { Post } from 'src/common/decorators/mutations';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import { Public } from 'src/common/decorators/public.decorator';
import { Throttled } from 'src/common/decorators/throttled.decorator';
import { ValidationFailedError } from 'src/common/errors/app-error';
import {
  CreatedPublicWish,
  FeedbackDto,
  PublicWishDto,
  PublicWishView,
} from 'src/wishes/dto/wish.dto';
import { WishFeedbackService } from 'src/wishes/wish-feedback.service';
import { WishesService } from 'src/wishes/wishes.service';

const CODE = /^[A-Za-z0-9_-]{8,32}$/;
const code = (value: string) => {
  if (!CODE.test(value))
    throw ValidationFailedError.field('trackingCode', 'trackingCode is not a valid code');
  return value;
};

/** What the grid QR code leads to: anonymous intake, tracking and rating. Rate limited per IP. */
@ApiTags('public')
@Public()
@Throttled()
@ApiErrors(400)
@Controller('public/wishes')
export class PublicWishesController {
  constructor(
    private readonly wishes: WishesService,
    private readonly feedbackService: WishFeedbackService,
  ) {}

  @Post()
  @ApiOperation({ summary: "Post a wish from a grid's QR code; keep the tracking code" })
  @ApiCreatedResponse({ type: CreatedPublicWish })
  create(@Body() dto: PublicWishDto): Promise<CreatedPublicWish> {
    return this.wishes.createPublic(dto);
  }

  @Get(':trackingCode')
  @ApiOperation({ summary: 'Status and history of a wish by its tracking code' })
  @ApiOkResponse({ type: PublicWishView })
  @ApiErrors(404)
  status(@Param('trackingCode') trackingCode: string): Promise<PublicWishView> {
    return this.feedbackService.publicStatus(code(trackingCode));
  }

  @Post(':trackingCode/feedback')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rate completed help 1–5 with the tracking code' })
  @ApiOkResponse({ type: PublicWishView })
  @ApiErrors(404, 409)
  feedback(
    @Param('trackingCode') trackingCode: string,
    @Body() dto: FeedbackDto,
  ): Promise<PublicWishView> {
    return this.feedbackService.publicFeedback(code(trackingCode), dto.rating, dto.comment);
  }
}
