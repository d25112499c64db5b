import { Body, Controller, Get, HttpCode, Query, Res } from '@nestjs/common';
import { Patch, Post } from 'src/common/decorators/mutations';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiQrResponse } from 'src/common/decorators/api-file.decorator';
import type { FastifyReply } from 'fastify';
import { AuthUser, isPlatformAdmin } from 'src/common/auth-user';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Roles } from 'src/common/decorators/roles.decorator';
import { NotFoundError } from 'src/common/errors/app-error';
import { qrContentType } from 'src/common/qr';
import { IdParam } from 'src/common/validation/id-param';
import { CardService } from 'src/store/card.service';
import { CatalogService } from 'src/store/catalog.service';
import { DeskService } from 'src/store/desk.service';
import {
  CancelRedemptionDto,
  CardHolderView,
  CardQuery,
  CardTokenDto,
  CardView,
  CounterRedeemDto,
  CreateItemDto,
  CreateSlotDto,
  HandoverView,
  ItemList,
  ItemListQuery,
  ItemView,
  RedeemDto,
  RedemptionListQuery,
  RedemptionPage,
  RedemptionView,
  RestockDto,
  SlotView,
  UpdateItemDto,
  VerifyDto,
} from 'src/store/dto/store.dto';
import { StoreItem } from 'src/store/entities/store-item.entity';
import { RedemptionsService } from 'src/store/redemptions.service';
import { hasAnyRole, STAFF_ROLES } from 'src/users/roles';

@ApiTags('store')
@Controller()
export class StoreController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly redemptions: RedemptionsService,
    private readonly cards: CardService,
    private readonly desk: DeskService,
  ) {}

  /** The changed item as the list shows it, from the item's own community. */
  private async itemView(user: AuthUser, changed: StoreItem): Promise<ItemView> {
    const item = (await this.catalog.list(user, true, changed.communityId)).find(
      (i) => i.id === changed.id,
    );
    if (!item) throw new NotFoundError('Item');
    return item;
  }

  @Post('store/items')
  @Roles('store_staff', 'community_admin')
  @ApiOperation({ summary: 'Add an item: goods (stock), service (slots) or honour' })
  @ApiCreatedResponse({ type: ItemView })
  @ApiErrors('NOT_FOUND')
  async createItem(@CurrentUser() user: AuthUser, @Body() dto: CreateItemDto): Promise<ItemView> {
    return this.itemView(user, await this.catalog.create(user, dto));
  }

  @Patch('store/items/:id')
  @Roles('store_staff', 'community_admin')
  @ApiOperation({ summary: 'Edit, activate or deactivate an item, or set its active window' })
  @ApiOkResponse({ type: ItemView })
  async updateItem(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: UpdateItemDto,
  ): Promise<ItemView> {
    return this.itemView(user, await this.catalog.update(user, id, dto));
  }

  @Post('store/items/:id/restock')
  @HttpCode(200)
  @Roles('store_staff', 'community_admin')
  @ApiOperation({ summary: 'Add stock to goods' })
  @ApiOkResponse({ type: ItemView })
  async restock(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: RestockDto,
  ): Promise<ItemView> {
    return this.itemView(user, await this.catalog.restock(user, id, dto.quantity));
  }

  @Post('store/items/:id/slots')
  @Roles('store_staff', 'community_admin')
  @ApiOperation({ summary: 'Add a bookable time slot to a service' })
  @ApiCreatedResponse({ type: SlotView })
  async addSlot(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: CreateSlotDto,
  ): Promise<SlotView> {
    return this.catalog.slotView(await this.catalog.addSlot(user, id, dto));
  }

  @Get('store/items')
  @ApiOperation({
    summary: "Items of your community's store, with availability and your remaining limit",
  })
  @ApiOkResponse({ type: ItemList })
  @ApiErrors('FORBIDDEN')
  async listItems(@CurrentUser() user: AuthUser, @Query() q: ItemListQuery): Promise<ItemList> {
    const all = q.all === 'true' && hasAnyRole(user.roles, STAFF_ROLES);
    return { items: await this.catalog.list(user, all) };
  }

  @Post('store/redemptions')
  @ApiOperation({
    summary: 'Reserve an item: points and stock are taken now; show the pickup code at the desk',
  })
  @ApiCreatedResponse({ type: RedemptionView })
  @ApiErrors(
    'FORBIDDEN',
    'INSUFFICIENT_POINTS',
    'INVALID_STATE',
    'LIMIT_EXCEEDED',
    'NOT_FOUND',
    'OUT_OF_STOCK',
  )
  redeem(@CurrentUser() user: AuthUser, @Body() dto: RedeemDto): Promise<RedemptionView> {
    return this.redemptions.reserve(user, dto);
  }

  @Get('store/redemptions/by-pickup-code')
  @Roles('store_staff', 'community_admin')
  @ApiOperation({
    summary: 'Who collects what: the reservation behind a pickup code, before handing it over',
  })
  @ApiOkResponse({ type: HandoverView })
  @ApiErrors('NOT_FOUND', 'RATE_LIMITED')
  lookUp(@CurrentUser() user: AuthUser, @Query() q: VerifyDto): Promise<HandoverView> {
    return this.desk.preview(user, q.pickupCode);
  }

  @Post('store/redemptions/verify')
  @HttpCode(200)
  @Roles('store_staff', 'community_admin')
  @ApiOperation({ summary: 'Hand over a reservation against its pickup code (核销)' })
  @ApiOkResponse({ type: HandoverView })
  @ApiErrors('INVALID_STATE', 'NOT_FOUND', 'RATE_LIMITED')
  verify(@CurrentUser() user: AuthUser, @Body() dto: VerifyDto): Promise<HandoverView> {
    return this.desk.verify(user, dto.pickupCode);
  }

  @Post('store/redemptions/:id/cancel')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Cancel a reservation (the member, or staff): points and stock come back',
  })
  @ApiOkResponse({ type: RedemptionView })
  @ApiErrors('INSUFFICIENT_POINTS', 'INVALID_STATE', 'LIMIT_EXCEEDED')
  cancel(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: CancelRedemptionDto,
  ): Promise<RedemptionView> {
    return this.redemptions.cancel(user, id, dto.reason);
  }

  @Post('store/cards/inspect')
  @HttpCode(200)
  @Roles('store_staff', 'community_admin')
  @ApiOperation({
    summary: 'Whose member card this is and their balance, before charging it (changes nothing)',
  })
  @ApiOkResponse({ type: CardHolderView })
  @ApiErrors('NOT_FOUND', 'CONFLICT')
  inspectCard(@CurrentUser() user: AuthUser, @Body() dto: CardTokenDto): Promise<CardHolderView> {
    return this.desk.inspectCard(user, dto.cardToken);
  }

  @Post('store/counter-redemptions')
  @Roles('store_staff', 'community_admin')
  @ApiOperation({ summary: 'Redeem at the counter for a scanned member card: fulfilled at once' })
  @ApiCreatedResponse({ type: HandoverView })
  @ApiErrors('INSUFFICIENT_POINTS', 'INVALID_STATE', 'LIMIT_EXCEEDED', 'NOT_FOUND', 'OUT_OF_STOCK')
  async counter(
    @CurrentUser() user: AuthUser,
    @Body() dto: CounterRedeemDto,
  ): Promise<HandoverView> {
    const card = await this.cards.read(dto.cardToken);
    if (!isPlatformAdmin(user) && card.communityId !== user.communityId)
      throw new NotFoundError('Member');
    return this.desk.describe(await this.redemptions.counter(user, card, dto));
  }

  @Get('store/redemptions')
  @Roles('store_staff', 'community_admin')
  @ApiOperation({ summary: "The community's redemptions, newest first, by status" })
  @ApiOkResponse({ type: RedemptionPage })
  listRedemptions(
    @CurrentUser() user: AuthUser,
    @Query() q: RedemptionListQuery,
  ): Promise<RedemptionPage> {
    return this.redemptions.list(user, q, false);
  }

  @Get('me/redemptions')
  @ApiOperation({
    summary: 'Your redemptions, newest first (pickup codes of open reservations included)',
  })
  @ApiOkResponse({ type: RedemptionPage })
  mine(@CurrentUser() user: AuthUser, @Query() q: RedemptionListQuery): Promise<RedemptionPage> {
    return this.redemptions.list(user, q, true);
  }

  @Get('me/card')
  @ApiOperation({
    summary: 'Your member card: a token valid 5 minutes, or its QR (?format=png|svg)',
  })
  @ApiQrResponse('The card, or its QR with ?format=png|svg', CardView)
  @ApiErrors('NOT_FOUND')
  async card(
    @CurrentUser() user: AuthUser,
    @Query() q: CardQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!user.communityId) throw new NotFoundError('Member card');
    const card = await this.cards.issue(user);
    const format = q.format ?? 'json';
    if (format === 'json') {
      await reply.header('cache-control', 'no-store').send(card);
      return;
    }
    await reply
      .header('cache-control', 'no-store')
      .header('x-card-expires-at', card.expiresAt)
      .type(qrContentType(format))
      .send(await this.cards.qr(card.token, format));
  }
}
