import { RecognitionView } from 'src/recognition/dto/recognition.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBase64,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageMeta, PageQuery } from 'src/common/pagination/page';
import { IsId, IsMobile, IsPassword, IsText } from 'src/common/validation/validators';
import type { User } from 'src/users/entities/user.entity';
import type { VolunteerProfile } from 'src/users/entities/volunteer-profile.entity';
import { COMMUNITY_ROLES, ROLES, type Role } from 'src/users/roles';

export class VolunteerDetailsDto {
  @ApiPropertyOptional({ type: [String], example: ['elder_care', 'repair'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  skills?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isPartyMember?: boolean;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  teams?: string[];
}

const RolesField = (optional: boolean) => [
  ApiProperty({ enum: COMMUNITY_ROLES, isArray: true, required: !optional }),
  ...(optional ? [IsOptional()] : []),
  IsArray(),
  ArrayMinSize(1),
  ArrayUnique(),
  IsIn(COMMUNITY_ROLES, {
    each: true,
    message: `each role must be one of: ${COMMUNITY_ROLES.join(', ')}`,
  }),
];

const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

export class CreateMemberDto {
  @IsMobile()
  phone: string;

  @IsText(64)
  name: string;

  @IsPassword()
  password: string;

  @apply(RolesField(false))
  roles: Role[];

  @IsId({ optional: true, description: 'Home grid' })
  gridId?: string;

  @IsText(200, { optional: true })
  address?: string;

  @ApiPropertyOptional({
    type: VolunteerDetailsDto,
    description: 'Used when roles include volunteer',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => VolunteerDetailsDto)
  volunteer?: VolunteerDetailsDto;
}

export class UpdateMemberDto {
  @IsText(64, { optional: true })
  name?: string;

  @apply(RolesField(true))
  roles?: Role[];

  @IsId({ optional: true, nullable: true, description: 'Home grid; null clears it' })
  gridId?: string | null;

  @IsText(200, { optional: true })
  address?: string;

  @IsPassword({ optional: true })
  password?: string;

  @ApiPropertyOptional({ description: 'A disabled member cannot log in' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

export class MemberImportDto {
  @ApiProperty({ example: '成员名单.xlsx', description: 'Ends with .xlsx or .csv' })
  @IsString()
  @Matches(/\.(xlsx|csv)$/i, { message: 'fileName must end with .xlsx or .csv' })
  @MaxLength(200)
  fileName: string;

  @ApiProperty({ description: 'The file, base64-encoded (at most 512 KiB)', maxLength: 700_000 })
  @IsBase64()
  @MaxLength(700_000)
  content: string;

  @ApiProperty({ description: 'true: check every row and write nothing' })
  @IsBoolean()
  dryRun: boolean;

  @IsPassword({ optional: true, description: 'For rows without their own initial password' })
  defaultPassword?: string;
}

export class ImportRowView {
  @ApiProperty({ description: 'Row number in the file (the header is row 1)' }) row: number;
  @ApiProperty() name: string;
  @ApiProperty() phone: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ nullable: true, type: String }) grid: string | null;
  @ApiProperty({
    enum: ['create', 'skip', 'error'],
    description: 'create: new member; skip: a member already; error: see problems',
  })
  action: 'create' | 'skip' | 'error';
  @ApiProperty({ type: [String], description: 'What is wrong with the row, in Chinese' })
  problems: string[];
}

export class MemberImportView {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ type: [ImportRowView] }) rows: ImportRowView[];
  @ApiProperty() toCreate: number;
  @ApiProperty() skipped: number;
  @ApiProperty() errors: number;
  @ApiProperty({ description: 'Members created (0 in a dry run)' }) created: number;
}

export class TemplateQuery {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: 'xlsx' | 'csv';
}

export class MemberListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class VolunteerView {
  @ApiProperty({ enum: ['pending', 'approved', 'suspended'] }) status: string;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty() isPartyMember: boolean;
  @ApiProperty({ type: [String] }) teams: string[];

  static of(p: VolunteerProfile): VolunteerView {
    return { status: p.status, skills: p.skills, isPartyMember: p.isPartyMember, teams: p.teams };
  }
}

export class MemberView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) communityId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) gridId: string | null;
  @ApiProperty() phone: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty() disabled: boolean;
  @ApiProperty({ description: 'The phone is proven this member’s (SMS code or staff)' })
  phoneVerified: boolean;
  @ApiProperty({ type: VolunteerView, nullable: true }) volunteer: VolunteerView | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({
    type: RecognitionView,
    nullable: true,
    description:
      'Star level and badge: given on member lists and GET /members/:id, null on the answer to a change',
  })
  recognition: RecognitionView | null;

  static of(
    u: User,
    profile: VolunteerProfile | null,
    recognition: RecognitionView | null = null,
  ): MemberView {
    return {
      id: u.id,
      communityId: u.communityId,
      gridId: u.gridId,
      phone: u.phone,
      name: u.name,
      address: u.address,
      roles: u.roles,
      disabled: u.disabled,
      phoneVerified: u.phoneVerifiedAt !== null,
      volunteer: profile ? VolunteerView.of(profile) : null,
      createdAt: u.createdAt.toISOString(),
      recognition,
    };
  }
}

export class PeopleQuery {
  @ApiProperty({
    description: 'Up to 100 member ids, comma-separated',
    example: '0190a1b2-0000-7000-8000-000000000001',
    type: String,
    maxLength: 3_699,
    pattern: '^[0-9a-fA-F-]{36}(,[0-9a-fA-F-]{36}){0,99}$',
  })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').filter(Boolean) : value,
  )
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'each id must be a UUID' })
  ids: string[];
}

export class PersonView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Masked: 138****5678' }) phone: string;
}

export class PeopleView {
  @ApiProperty({ type: [PersonView] }) items: PersonView[];
}

export class MemberPage extends PageMeta {
  @ApiProperty({ type: [MemberView] }) items: MemberView[];
}

export class VolunteerListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['pending', 'approved', 'suspended'] })
  @IsOptional()
  @IsIn(['pending', 'approved', 'suspended'])
  status?: 'pending' | 'approved' | 'suspended';
}
