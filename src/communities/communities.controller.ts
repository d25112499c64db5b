import { Body, Controller, Get, Query } from '@nestjs/common';
import { Post } from 'src/common/decorators/mutations';
import { IdParam } from 'src/common/validation/id-param';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from 'src/common/auth-user';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Roles } from 'src/common/decorators/roles.decorator';
import { PageQuery } from 'src/common/pagination/page';
import { CommunitiesService } from 'src/communities/communities.service';
import {
  CommunityPage,
  CommunityView,
  CreateCommunityDto,
} from 'src/communities/dto/community.dto';

@ApiTags('communities')
@Controller('communities')
export class CommunitiesController {
  constructor(private readonly communities: CommunitiesService) {}

  @Post()
  @Roles('platform_admin')
  @ApiOperation({ summary: 'Create a community (platform admin)' })
  @ApiCreatedResponse({ type: CommunityView })
  async create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateCommunityDto,
  ): Promise<CommunityView> {
    return CommunityView.of(await this.communities.create(user, dto));
  }

  @Get()
  @Roles('platform_admin')
  @ApiOperation({ summary: 'List all communities (platform admin)' })
  @ApiOkResponse({ type: CommunityPage })
  list(@Query() query: PageQuery): Promise<CommunityPage> {
    return this.communities.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A community you belong to' })
  @ApiOkResponse({ type: CommunityView })
  async get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<CommunityView> {
    return CommunityView.of(await this.communities.get(user, id));
  }
}
