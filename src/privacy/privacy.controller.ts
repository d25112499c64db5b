import { Body, Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from 'src/common/auth-user';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Post } from 'src/common/decorators/mutations';
import { Public } from 'src/common/decorators/public.decorator';
import { ConsentsService } from 'src/privacy/consents.service';
import { ConsentDto, PrivacyNoticeView, PrivacyView } from 'src/privacy/dto/privacy.dto';

@ApiTags('privacy')
@Controller()
export class PrivacyController {
  constructor(private readonly consents: ConsentsService) {}

  @Get('public/privacy-notice')
  @Public()
  @ApiOperation({ summary: 'The privacy notice in force, with its version (forms send it back)' })
  @ApiOkResponse({ type: PrivacyNoticeView })
  notice(): PrivacyNoticeView {
    return this.consents.notice();
  }

  @Get('me/consents')
  @ApiOperation({ summary: 'The notice version you agreed to, and whether lists show your name' })
  @ApiOkResponse({ type: PrivacyView })
  mine(@CurrentUser() user: AuthUser): Promise<PrivacyView> {
    return this.consents.view(user.id);
  }

  @Post('me/consents')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Agree to the current privacy notice, or agree / withdraw showing your full name on lists',
  })
  @ApiOkResponse({ type: PrivacyView })
  answer(@CurrentUser() user: AuthUser, @Body() dto: ConsentDto): Promise<PrivacyView> {
    return this.consents.answer(user, dto);
  }
}
