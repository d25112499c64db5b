import { Body, Controller, Get, Header, Query, Res } from '@nestjs/common';
import { Post } from 'src/common/decorators/mutations';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiQrResponse } from 'src/common/decorators/api-file.decorator';
import type { FastifyReply } from 'fastify';
import { AuthUser } from 'src/common/auth-user';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Roles } from 'src/common/decorators/roles.decorator';
import { qrContentType } from 'src/common/qr';
import { IdParam } from 'src/common/validation/id-param';
import { CreateGridDto, GridList, GridView, WishQrQuery } from 'src/communities/dto/grid.dto';
import { GridsService } from 'src/communities/grids.service';
import { hasAnyRole, STAFF_ROLES } from 'src/users/roles';

@ApiTags('grids')
@Controller()
export class GridsController {
  constructor(private readonly grids: GridsService) {}

  @Post('communities/:id/grids')
  @Roles('community_admin')
  @ApiOperation({ summary: 'Create a grid with its wish-intake token' })
  @ApiCreatedResponse({ type: GridView })
  async create(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
    @Body() dto: CreateGridDto,
  ): Promise<GridView> {
    return GridView.of(await this.grids.create(user, communityId, dto), true);
  }

  @Get('communities/:id/grids')
  @ApiOperation({ summary: "The community's grids; intake tokens are shown to staff only" })
  @ApiOkResponse({ type: GridList })
  async list(@CurrentUser() user: AuthUser, @IdParam() communityId: string): Promise<GridList> {
    const staff = hasAnyRole(user.roles, STAFF_ROLES);
    const grids = await this.grids.list(user, communityId);
    return { items: grids.map((g) => GridView.of(g, staff)) };
  }

  @Get('grids/:id/wish-qr')
  @Roles('grid_worker', 'community_admin')
  @ApiOperation({
    summary: "QR code of the grid's wish-intake link (PUBLIC_BASE_URL/wish?g=token)",
  })
  @ApiQrResponse('The QR image: PNG by default, ?format=svg for SVG')
  @Header('Cache-Control', 'private, no-store')
  async wishQr(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() query: WishQrQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const format = query.format ?? 'png';
    const image = await this.grids.wishQr(user, id, format);
    await reply.type(qrContentType(format)).send(image);
  }
}
