import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageMeta, PageQuery } from 'src/common/pagination/page';
import { AWARD_FLAGS, type AwardFlag } from 'src/points/award-rules';
import { IsId, IsMobile, IsText, IsPrivacyVersion } from 'src/common/validation/validators';
import { WISH_CATEGORIES, type WishCategory } from 'src/points/rules/point-rules';
import { URGENCIES, WISH_STATUSES, type Urgency, type WishStatus } from 'src/wishes/wish-state';

const toBool = Transform(({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value,
);

class WishBody {
  @IsText(100)
  title: string;

  @IsText(1000)
  description: string;

  @ApiProperty({ enum: WISH_CATEGORIES })
  @IsIn(WISH_CATEGORIES)
  category: WishCategory;

  @ApiProperty({ enum: URGENCIES })
  @IsIn(URGENCIES)
  urgency: Urgency;
}

export class OnBehalfOfDto {
  @IsText(64)
  name: string;

  @IsMobile()
  phone: string;

  @IsText(200, { optional: true })
  address?: string;
}

export class CreateWishDto extends WishBody {
  @IsId({ optional: true, description: "Defaults to the poster's home grid" })
  gridId?: string;

  @IsText(200, {
    optional: true,
    description: 'Where help is needed (masked for other volunteers)',
  })
  address?: string;

  @ApiPropertyOptional({
    type: OnBehalfOfDto,
    description: 'Grid workers: post for a resident without a phone (代办)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OnBehalfOfDto)
  onBehalfOf?: OnBehalfOfDto;
}

export class PublicWishDto extends WishBody {
  @ApiProperty({ description: "The intake token from the grid's QR code" })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{10,64}$/, { message: 'gridToken is not a valid intake token' })
  gridToken: string;

  @IsPrivacyVersion()
  privacyVersion: string;

  @IsText(64)
  contactName: string;

  @IsMobile()
  contactPhone: string;

  @IsText(200, { optional: true })
  address?: string;
}

export class WishListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: WISH_STATUSES })
  @IsOptional()
  @IsIn(WISH_STATUSES)
  status?: WishStatus;

  @IsId({ optional: true })
  gridId?: string;

  @ApiPropertyOptional({ enum: WISH_CATEGORIES })
  @IsOptional()
  @IsIn(WISH_CATEGORIES)
  category?: WishCategory;

  @ApiPropertyOptional({ enum: URGENCIES })
  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: Urgency;

  @ApiPropertyOptional({ description: 'Only wishes past their deadline and not yet completed' })
  @IsOptional()
  @toBool
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Only wishes with an open follow-up (rated 2 or less)' })
  @IsOptional()
  @toBool
  @IsBoolean()
  followUp?: boolean;

  @ApiPropertyOptional({
    enum: ['posted', 'claimed'],
    description: 'Only wishes you posted (as their resident), or that you hold as their volunteer',
  })
  @IsOptional()
  @IsIn(['posted', 'claimed'])
  mine?: 'posted' | 'claimed';
}

export class ReasonDto {
  @IsText(200)
  reason: string;
}

export class OptionalReasonDto {
  @IsText(200, { optional: true })
  reason?: string;
}

export class AssignDto {
  @IsId()
  volunteerId: string;
}

export class CompleteDto {
  @IsText(500)
  note: string;
}

export class DispatchCandidateView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Masked: 138****5678' }) phone: string;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty() isPartyMember: boolean;
  @ApiProperty({ description: "The wish's category is among the volunteer's skills" })
  skillMatch: boolean;
  @ApiProperty({ description: 'Wishes the volunteer is helping with now (claimed)' })
  activeWishes: number;
}

export class DispatchCandidatesView {
  @ApiProperty({ type: [DispatchCandidateView] }) items: DispatchCandidateView[];
}

export class FollowUpResolutionDto {
  @IsText(500, { description: 'What the follow-up found and what was done' })
  note: string;
}

export class FeedbackDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;

  @IsText(500, { optional: true })
  comment?: string;
}

export const FOLLOW_UP_CHANNELS = ['phone', 'visit'] as const;

/** Staff record a resident's rating for them (回访): by phone or on a visit. */
export class FeedbackOnBehalfDto extends FeedbackDto {
  @ApiProperty({ enum: FOLLOW_UP_CHANNELS, description: 'How the resident was asked' })
  @IsIn(FOLLOW_UP_CHANNELS)
  channel: (typeof FOLLOW_UP_CHANNELS)[number];
}

export class WishView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) communityId: string;
  @ApiProperty({ format: 'uuid' }) gridId: string;
  @ApiProperty({ enum: WISH_STATUSES }) status: WishStatus;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: WISH_CATEGORIES }) category: WishCategory;
  @ApiProperty({ enum: URGENCIES }) urgency: Urgency;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ description: 'Past its deadline and not yet completed' }) overdue: boolean;
  @ApiProperty({ enum: ['resident', 'qr', 'proxy'] }) source: string;
  @ApiProperty() contactName: string;
  @ApiProperty({ description: 'Masked (138****5678) except for the owner, the claimer and staff' })
  contactPhone: string;
  @ApiProperty({ nullable: true, type: String, description: 'Masked like the phone' }) address:
    string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) ownerId: string | null;
  @ApiProperty({ nullable: true, type: String }) submittedBy: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) claimerId: string | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: String }) completionNote: string | null;
  @ApiProperty({ nullable: true, type: 'integer' }) rating: number | null;
  @ApiProperty() feedbackAuto: boolean;
  @ApiProperty({ nullable: true, type: Boolean }) closedOnTime: boolean | null;
  @ApiProperty({ nullable: true, type: 'integer' }) pointsAwarded: number | null;
  @ApiProperty({
    nullable: true,
    type: String,
    enum: AWARD_FLAGS,
    description: 'Why the rating earned fewer points than the rules give (see README)',
  })
  awardFlag: AwardFlag | null;
  @ApiProperty() followUpOpen: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) approvedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) claimedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) completedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt: string | null;
}

export class WishPage extends PageMeta {
  @ApiProperty({ type: [WishView] }) items: WishView[];
}

export class CreatedPublicWish {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Keep it: it shows the status and lets you rate the help' })
  trackingCode: string;
}

export class WishHistoryItem {
  @ApiProperty() type: string;
  @ApiProperty() at: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
}

/** The volunteer helping, as the resident following a wish by its code sees them. */
export class WishHelperView {
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Masked: 138****5678' }) phone: string;
}

export class PublicWishView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: WISH_STATUSES }) status: WishStatus;
  @ApiProperty() title: string;
  @ApiProperty({ enum: WISH_CATEGORIES }) category: WishCategory;
  @ApiProperty({ enum: URGENCIES }) urgency: Urgency;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: 'integer' }) rating: number | null;
  @ApiProperty({ description: 'True once the help is completed and not yet rated' })
  canRate: boolean;
  @ApiProperty({
    type: WishHelperView,
    nullable: true,
    description: 'Who is coming: the volunteer who claimed the wish, from the claim on',
  })
  helper: WishHelperView | null;
  @ApiProperty({ type: [WishHistoryItem] }) history: WishHistoryItem[];
}
