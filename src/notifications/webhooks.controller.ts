import { Body, Controller, Get, HttpCode, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from 'src/common/auth-user';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Delete, Patch, Post } from 'src/common/decorators/mutations';
import { Roles } from 'src/common/decorators/roles.decorator';
import { PageQuery } from 'src/common/pagination/page';
import { IdParam } from 'src/common/validation/id-param';
import {
  CreateWebhookDto,
  DeliveryPage,
  DeliveryQuery,
  DeliveryView,
  UpdateWebhookDto,
  WebhookPage,
  WebhookView,
  WebhookWithSecret,
} from 'src/notifications/dto/webhooks.dto';
import { WebhooksService } from 'src/notifications/webhooks.service';

@ApiTags('webhooks')
@Controller('communities/:id/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @Roles('community_admin')
  @ApiOperation({
    summary: 'Subscribe a URL to event types; calls are signed with the secret (shown once)',
  })
  @ApiCreatedResponse({ type: WebhookWithSecret })
  create(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
    @Body() dto: CreateWebhookDto,
  ): Promise<WebhookWithSecret> {
    return this.webhooks.create(user, communityId, dto);
  }

  @Get()
  @Roles('community_admin')
  @ApiOperation({ summary: "The community's webhooks (secrets are never listed)" })
  @ApiOkResponse({ type: WebhookPage })
  list(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
    @Query() q: PageQuery,
  ): Promise<WebhookPage> {
    return this.webhooks.list(user, communityId, q);
  }

  @Patch(':webhookId')
  @Roles('community_admin')
  @ApiOperation({ summary: 'Change the URL, event types, secret or pause it' })
  @ApiOkResponse({ type: WebhookView, description: 'With `secret` when a new one was set' })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
    @IdParam('webhookId') id: string,
    @Body() dto: UpdateWebhookDto,
  ): Promise<WebhookView> {
    return this.webhooks.update(user, communityId, id, dto);
  }

  @Delete(':webhookId')
  @HttpCode(204)
  @Roles('community_admin')
  @ApiOperation({ summary: 'Remove it (deliveries not yet sent are dropped)' })
  @ApiNoContentResponse()
  async remove(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
    @IdParam('webhookId') id: string,
  ): Promise<void> {
    await this.webhooks.remove(user, communityId, id);
  }

  @Get(':webhookId/deliveries')
  @Roles('community_admin')
  @ApiOperation({ summary: 'The delivery log, newest first: status, tries, last answer' })
  @ApiOkResponse({ type: DeliveryPage })
  deliveries(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
    @IdParam('webhookId') id: string,
    @Query() q: DeliveryQuery,
  ): Promise<DeliveryPage> {
    return this.webhooks.deliveries(user, communityId, id, q);
  }

  @Post(':webhookId/deliveries/:deliveryId/redeliver')
  @HttpCode(200)
  @Roles('community_admin')
  @ApiOperation({ summary: 'Send a delivery again, with a fresh round of tries' })
  @ApiOkResponse({ type: DeliveryView })
  @ApiErrors('INVALID_STATE')
  redeliver(
    @CurrentUser() user: AuthUser,
    @IdParam() communityId: string,
    @IdParam('webhookId') id: string,
    @IdParam('deliveryId') deliveryId: string,
  ): Promise<DeliveryView> {
    return this.webhooks.redeliver(user, communityId, id, deliveryId);
  }
}
