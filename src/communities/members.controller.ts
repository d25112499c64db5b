import { Body, Controller, Get, HttpCode, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiFileResponse } from 'src/common/decorators/api-file.decorator';
import { CommunitiesService } from 'src/communities/communities.service';
import { MemberImportService } from 'src/communities/member-import.service';
import { Patch, Post } from 'src/common/decorators/mutations';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from 'src/common/auth-user';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Roles } from 'src/common/decorators/roles.decorator';
import { IdParam } from 'src/common/validation/id-param';
import {
  CreateMemberDto,
  MemberImportDto,
  MemberImportView,
  MemberListQuery,
  PeopleQuery,
  PeopleView,
  TemplateQuery,
  MemberPage,
  MemberView,
  UpdateMemberDto,
  VolunteerDetailsDto,
  VolunteerListQuery,
} from 'src/communities/dto/member.dto';
import { MembersService } from 'src/communities/members.service';
import { VolunteersService } from 'src/communities/volunteers.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('members')
@Controller()
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly volunteers: VolunteersService,
    private readonly importer: MemberImportService,
    private readonly communities: CommunitiesService,
  ) {}

  @Post('communities/:id/members/import')
  @HttpCode(200)
  @Roles('community_admin')
  @ApiOperation({
    summary:
      'Import members from an .xlsx or .csv file (base64): dryRun checks every row and writes nothing; the real run creates the good rows and skips existing members',
  })
  @ApiOkResponse({ type: MemberImportView })
  import(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
    @Body() dto: MemberImportDto,
  ): Promise<MemberImportView> {
    return this.importer.run(user, communityId, dto);
  }

  @Get('communities/:id/members/import-template')
  @Roles('community_admin')
  @ApiOperation({ summary: 'The import template (?format=xlsx, the default, or csv)' })
  @ApiFileResponse('The template, with Chinese column headers', [XLSX, 'text/csv'])
  async template(
    @IdParam() communityId: string,
    @CurrentUser() user: AuthUser,
    @Query() q: TemplateQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.communities.get(user, communityId);
    const format = q.format ?? 'xlsx';
    const name = `成员导入模板.${format}`;
    await reply
      .type(format === 'xlsx' ? XLSX : 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="members-template.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      )
      .send(await this.importer.template(format));
  }

  @Post('communities/:id/members')
  @Roles('community_admin')
  @ApiOperation({ summary: 'Create a member with roles (a volunteer created here is approved)' })
  @ApiCreatedResponse({ type: MemberView })
  create(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
    @Body() dto: CreateMemberDto,
  ): Promise<MemberView> {
    return this.members.create(user, communityId, dto);
  }

  @Get('communities/:id/members')
  @Roles('community_admin', 'grid_worker', 'store_staff')
  @ApiOperation({ summary: 'List members, newest first, optionally by role' })
  @ApiOkResponse({ type: MemberPage })
  list(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
    @Query() query: MemberListQuery,
  ): Promise<MemberPage> {
    return this.members.list(user, communityId, query);
  }

  @Get('communities/:id/people')
  @Roles('community_admin', 'grid_worker', 'store_staff')
  @ApiOperation({
    summary:
      'Names behind member ids (up to 100), with masked phones: how staff pages show people, not ids',
  })
  @ApiOkResponse({ type: PeopleView })
  async people(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
    @Query() q: PeopleQuery,
  ): Promise<PeopleView> {
    return { items: await this.members.people(user, communityId, q.ids) };
  }

  @Get('communities/:id/volunteers')
  @Roles('community_admin', 'grid_worker')
  @ApiOperation({ summary: 'List volunteers, e.g. ?status=pending applications' })
  @ApiOkResponse({ type: MemberPage })
  listVolunteers(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
    @Query() query: VolunteerListQuery,
  ): Promise<MemberPage> {
    return this.volunteers.list(user, communityId, query);
  }

  @Get('members/:id')
  @Roles('community_admin', 'grid_worker', 'store_staff')
  @ApiOperation({ summary: 'One member of your community' })
  @ApiOkResponse({ type: MemberView })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<MemberView> {
    return this.members.get(user, id);
  }

  @Patch('members/:id')
  @Roles('community_admin')
  @ApiOperation({ summary: 'Edit a member: name, roles, grid, address, password, disabled' })
  @ApiOkResponse({ type: MemberView })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<MemberView> {
    return this.members.update(user, id, dto);
  }

  @Post('volunteers/apply')
  @Roles('resident')
  @ApiOperation({ summary: 'Apply to volunteer (pending until approved)' })
  @ApiCreatedResponse({ type: MemberView })
  @ApiErrors('NOT_FOUND')
  apply(@CurrentUser() user: AuthUser, @Body() dto: VolunteerDetailsDto): Promise<MemberView> {
    return this.volunteers.apply(user, dto);
  }

  @Post('volunteers/:id/approve')
  @Roles('community_admin')
  @ApiOperation({ summary: 'Approve a volunteer' })
  @ApiCreatedResponse({ type: MemberView })
  @ApiErrors('INVALID_STATE')
  approve(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<MemberView> {
    return this.volunteers.decide(user, id, 'approve');
  }

  @Post('volunteers/:id/suspend')
  @Roles('community_admin')
  @ApiOperation({ summary: 'Suspend a volunteer' })
  @ApiCreatedResponse({ type: MemberView })
  @ApiErrors('INVALID_STATE')
  suspend(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<MemberView> {
    return this.volunteers.decide(user, id, 'suspend');
  }
}
